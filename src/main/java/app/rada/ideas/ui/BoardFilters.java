package app.rada.ideas.ui;

import app.rada.ideas.BoardSort;
import app.rada.ideas.CategoryOption;
import app.rada.ideas.IdeaStatus;
import app.rada.shared.Language;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/** The board's filters: words, sort, statuses, category, tag and the member's own ideas, votes and follows. */
class BoardFilters extends Div {

    final TextField search = new TextField();
    final Select<BoardSort> sort = new Select<>();
    final MultiSelectComboBox<IdeaStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<CategoryOption> category = new ComboBox<>();
    final ComboBox<String> tag = new ComboBox<>();
    final Checkbox mine = new Checkbox();
    final Checkbox voted = new Checkbox();
    final Checkbox followed = new Checkbox();

    BoardFilters(Collection<CategoryOption> categories, List<String> popularTags, Language language) {
        search.setLabel(getTranslation("ideas.board.search"));
        search.setPlaceholder(getTranslation("ideas.board.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setValueChangeTimeout(350);
        search.setId("idea-search");

        sort.setLabel(getTranslation("ideas.board.sort"));
        sort.setItems(BoardSort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(BoardSort.TRENDING);
        sort.setId("idea-sort");

        statuses.setLabel(getTranslation("ideas.board.status"));
        statuses.setItems(EnumSet.complementOf(EnumSet.of(IdeaStatus.MERGED)));
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        statuses.setId("idea-status-filter");

        category.setLabel(getTranslation("ideas.board.category"));
        category.setItems(categories);
        category.setItemLabelGenerator(c -> c.name(language));
        category.setClearButtonVisible(true);

        tag.setLabel(getTranslation("ideas.board.tag"));
        tag.setItems(popularTags);
        tag.setClearButtonVisible(true);

        mine.setLabel(getTranslation("ideas.board.mine"));
        voted.setLabel(getTranslation("ideas.board.voted"));
        followed.setLabel(getTranslation("ideas.board.followed"));
        mine.setId("filter-mine");
        voted.setId("filter-voted");
        followed.setId("filter-followed");

        var mineBox = new Div(mine, voted, followed);
        mineBox.addClassName("board-checks");
        add(search, sort, statuses, category, tag, mineBox);
        addClassNames("filters", "board-filters");
    }
}
