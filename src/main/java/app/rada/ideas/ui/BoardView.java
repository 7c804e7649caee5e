package app.rada.ideas.ui;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaCard;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.LiveVotes;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.search.WordForms;
import app.rada.shared.ui.Toasts;
import app.rada.shared.ui.WhileAttached;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The ideas board: every idea the member may see, as cards, filtered and sorted as the address says,
 * so a copied link shows the same list. Cards load page by page as the member scrolls.
 */
@Route(IdeaNavigation.BOARD)
@PermitAll
@Menu(order = 10, title = "nav.ideas", icon = "vaadin:lightbulb")
@StyleSheet("styles/ideas.css")
class BoardView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final int PAGE = 20;
    private static final String VOTE_TARGET =
            "(event.target.closest('button[data-vote]') || {dataset: {}}).dataset.vote || null";

    /** The filters, kept reachable here as well as on their panel. */
    final TextField search;
    final Select<BoardSort> sort;
    final MultiSelectComboBox<IdeaStatus> statuses;
    final ComboBox<CategoryOption> category;
    final ComboBox<String> tag;
    final Checkbox mine;
    final Checkbox voted;
    final Checkbox followed;
    final Button submit = new Button();
    final Div list = new Div();
    final Button more = new Button();
    final Paragraph empty = new Paragraph();

    private final IdeaService ideas;
    private final WordForms forms;
    /** The search the shown cards mark, as typed when the list was loaded; null without one. */
    private IdeaCardView.@Nullable Searched searched;
    private final IdeaCategoryService ideaCategories;
    private final Map<Long, CategoryOption> categories;
    private final Map<Long, IdeaCardView> shown = new ConcurrentHashMap<>();
    private final Language language;
    private boolean applying;
    private int loaded;

    BoardView(IdeaService ideas, IdeaCategoryService ideaCategories, LiveVotes live, WordForms forms) {
        this.ideas = ideas;
        this.forms = forms;
        this.ideaCategories = ideaCategories;
        this.language = Language.closestTo(getLocale());
        addClassNames("list-view", "board-view");
        categories = ideaCategories.categories().stream()
                .collect(Collectors.toMap(CategoryOption::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));

        var heading = new H2(getTranslation("ideas.board.title"));
        submit.setText(getTranslation("ideas.board.submit"));
        submit.setIcon(VaadinIcon.PLUS.create());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("submit-idea");
        submit.addClickListener(e -> UI.getCurrent().navigate(IdeaNavigation.SUBMIT));
        var top = new Div(heading, submit);
        top.addClassName("board-top");

        var filters = new BoardFilters(categories.values(), ideaCategories.popularTags(), language);
        search = filters.search;
        sort = filters.sort;
        statuses = filters.statuses;
        category = filters.category;
        tag = filters.tag;
        mine = filters.mine;
        voted = filters.voted;
        followed = filters.followed;

        list.setId("idea-list");
        list.addClassName("idea-list");
        list.getElement().setAttribute("role", "list");
        list.getElement().setAttribute("aria-label", getTranslation("ideas.board.title"));
        // one listener for the vote buttons of every card
        list.getElement().addEventListener("click", e -> {
            var node = e.getEventData().get(VOTE_TARGET);
            var id = node == null || node.isNull() ? null : node.asText();
            if (id != null && id.matches("\\d{1,18}")) {
                voteOn(Long.parseLong(id));
            }
        }).addEventData(VOTE_TARGET).setFilter("(" + VOTE_TARGET + ") != null");
        more.setText(getTranslation("ideas.board.more"));
        more.setId("more-ideas");
        more.addClassName("board-more");
        more.addClickListener(e -> nextPage());
        empty.setText(getTranslation("ideas.board.empty"));
        empty.addClassName("board-empty");
        empty.setVisible(false);

        search.addValueChangeListener(e -> changed());
        sort.addValueChangeListener(e -> changed());
        statuses.addValueChangeListener(e -> changed());
        category.addValueChangeListener(e -> changed());
        tag.addValueChangeListener(e -> changed());
        mine.addValueChangeListener(e -> changed());
        voted.addValueChangeListener(e -> changed());
        followed.addValueChangeListener(e -> changed());

        add(top, filters, empty, list, more);
        WhileAttached.listen(this, ui -> live.listen(change -> {
            var card = shown.get(change.ideaId());
            if (card != null) {
                ui.access(() -> card.showVotes(change.voteCount()));
            }
        }));
    }

    private IdeaCardView card(IdeaCard card) {
        var view = new IdeaCardView(card, categories, language, Instant.now(), searched);
        shown.put(card.id(), view);
        return view;
    }

    /** A vote button on one of the cards was pressed (by click, Enter or Space). */
    void voteOn(long ideaId) {
        var card = shown.get(ideaId);
        if (card == null) {
            return;
        }
        try {
            var state = ideas.toggleVote(ideaId);
            card.showVote(state.voted(), state.voteCount());
        } catch (Problem problem) {
            Toasts.problem(problem);
        }
    }

    BoardFilter filter() {
        return new BoardFilter(statuses.getValue(), category.getValue() == null ? null : category.getValue().id(),
                tag.getValue(), mine.getValue(), voted.getValue(), followed.getValue(), search.getValue());
    }

    private void changed() {
        if (applying) {
            return;
        }
        load();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(IdeaNavigation.BOARD, parameters()));
    }

    /** Starts the list again from its first page; the board never loads more than a page at a time. */
    private void load() {
        var text = filter().text();
        searched = text == null ? null
                : new IdeaCardView.Searched(forms.query(text).limit(BoardFilter.SEARCH_WORDS).typing(), forms);
        shown.clear();
        list.removeAll();
        loaded = 0;
        nextPage();
        empty.setVisible(loaded == 0);
    }

    private void nextPage() {
        var chosenSort = sort.getValue() == null ? BoardSort.TRENDING : sort.getValue();
        // one card more than shown tells whether another page exists, without counting
        var page = ideas.board(filter(), chosenSort, loaded, PAGE + 1);
        page.stream().limit(PAGE).forEach(card -> list.add(card(card)));
        loaded += Math.min(page.size(), PAGE);
        more.setVisible(page.size() > PAGE);
    }

    int loaded() {
        return loaded;
    }

    QueryParameters parameters() {
        var params = new LinkedHashMap<String, List<String>>();
        if (!search.getValue().isBlank()) {
            params.put("q", List.of(search.getValue().strip()));
        }
        if (sort.getValue() != null && sort.getValue() != BoardSort.TRENDING) {
            params.put("sort", List.of(sort.getValue().param()));
        }
        if (!statuses.getValue().isEmpty()) {
            params.put("status", List.of(statuses.getValue().stream().map(s -> s.name().toLowerCase(Locale.ROOT))
                    .sorted().collect(Collectors.joining(","))));
        }
        if (category.getValue() != null) {
            params.put("category", List.of(category.getValue().code()));
        }
        if (tag.getValue() != null) {
            params.put("tag", List.of(tag.getValue()));
        }
        if (mine.getValue()) {
            params.put("mine", List.of("1"));
        }
        if (voted.getValue()) {
            params.put("voted", List.of("1"));
        }
        if (followed.getValue()) {
            params.put("following", List.of("1"));
        }
        return new QueryParameters(params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        applying = true;
        try {
            search.setValue(first(params, "q"));
            sort.setValue(BoardSort.fromParam(first(params, "sort")));
            var chosen = new HashMap<String, IdeaStatus>();
            Arrays.stream(IdeaStatus.values()).forEach(s -> chosen.put(s.name().toLowerCase(Locale.ROOT), s));
            Set<IdeaStatus> picked = Arrays.stream(first(params, "status").split(","))
                    .map(chosen::get).filter(s -> s != null && s != IdeaStatus.MERGED)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(IdeaStatus.class)));
            statuses.setValue(picked);
            var code = first(params, "category");
            category.setValue(categories.values().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null));
            var chosenTag = first(params, "tag");
            if (!chosenTag.isBlank()) {
                var items = new ArrayList<>(ideaCategories.popularTags());
                if (!items.contains(chosenTag)) {
                    items.add(chosenTag);
                }
                tag.setItems(items);
                tag.setValue(chosenTag);
            } else {
                tag.clear();
            }
            mine.setValue("1".equals(first(params, "mine")));
            voted.setValue("1".equals(first(params, "voted")));
            followed.setValue("1".equals(first(params, "following")));
        } finally {
            applying = false;
        }
        load();
    }

    private static String first(Map<String, List<String>> params, String name) {
        var values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ideas.board.title");
    }
}
