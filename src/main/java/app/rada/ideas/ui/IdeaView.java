package app.rada.ideas.ui;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaImageService;
import app.rada.ideas.IdeaPage;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.LiveVotes;
import app.rada.ideas.PulseService;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.Toasts;
import app.rada.shared.ui.TouchpointPlace;
import app.rada.shared.ui.WhileAttached;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One idea: what it asks for, who asked, its votes (raw and weighted, side by side), its public
 * timeline of staff answers, and the discussion. Staff see their own tools here as well.
 */
@Route("ideas/:ideaId([0-9]{1,18})")
@PermitAll
@StyleSheet("styles/ideas.css")
class IdeaView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "ideaId";

    final Button vote = new Button();
    final Span voteCount = new Span();
    final Span weightedCount = new Span();
    final Button follow = new Button();
    final Div timeline = new Div();
    private final IdeaService ideas;
    private final PeopleService people;
    private final StaffTools staffTools;
    private final IdeaCategoryService categories;
    private final IdeaImageService images;
    private final DiscussionService discussion;
    private final PulseService pulse;
    private @Nullable IdeaPage idea;
    private boolean voted;
    private boolean askForPulse;
    private final List<TouchpointPlace> places;

    IdeaView(IdeaService ideas, IdeaCategoryService categories, IdeaImageService images, PeopleService people,
             LiveVotes live, StaffTools staffTools, DiscussionService discussion, PulseService pulse,
             List<TouchpointPlace> places) {
        this.categories = categories;
        this.images = images;
        this.discussion = discussion;
        this.pulse = pulse;
        this.places = places;
        this.ideas = ideas;
        this.people = people;
        this.staffTools = staffTools;
        addClassName("idea-view");
        WhileAttached.listen(this, ui -> live.listen(change -> {
            var shown = idea;
            if (shown != null && change.ideaId() == shown.id()) {
                ui.access(() -> showVotes(change.voteCount(), change.weightedVotes()));
            }
        }));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteLoading.loadOrNotFound(event, PARAMETER, ideas::page);
        if (found.isEmpty()) {
            return;
        }
        idea = found.get();
        removeAll();
        askForPulse = event.getLocation().getQueryParameters().getParameters().containsKey("pulse");
        build(idea);
    }

    private void build(IdeaPage page) {
        var back = new Anchor(IdeaNavigation.BOARD, getTranslation("ideas.back"));
        back.addClassName("back-link");

        var article = new IdeaArticle(page, categories.categories(), images, places);

        var side = new Div(votesCard(page), new TimelineCard(page, timeline));
        var linked = linkedCard(page);
        if (linked != null) {
            side.add(linked);
        }
        var related = relatedCard(page);
        if (related != null) {
            side.add(related);
        }
        side.addClassName("idea-side");
        var columns = new Div(article, side);
        columns.addClassName("idea-columns");
        add(back, columns);
        if (CurrentUser.get().map(RadaUser::isStaff).orElse(false)) {
            var staff = new StaffPanel(staffTools, page.id());
            staff.addChangeListener(() -> reload(page.id()));
            article.add(staff);
            article.add(new JourneyPlacement(staffTools.assignment(), places, page.id(), page.touchpointId(),
                    () -> reload(page.id())));
        }
        // pulse section
        var pulseSection = new PulseSection(pulse, page.id(), staffTools.validator());
        article.add(pulseSection);
        if (askForPulse && pulseSection.isVisible()) {
            // the "Did this solve it?" notification links here
            pulseSection.scrollIntoView();
            askForPulse = false;
        }
        // comments section
        article.add(new CommentsSection(discussion, page.id(), staffTools.validator()));
    }

    private void reload(long ideaId) {
        var fresh = ideas.page(ideaId);
        idea = fresh;
        removeAll();
        build(fresh);
    }

    private Section votesCard(IdeaPage page) {
        voted = page.votedByMe();
        var card = new Section();
        card.addClassNames("card", "idea-votes-card");
        card.add(new H2(getTranslation("ideas.page.votes")));
        voteCount.setId("vote-count");
        weightedCount.setId("weighted-count");
        var raw = new Div(voteCount, new Span(getTranslation("ideas.page.votes.raw")));
        raw.addClassName("vote-figure");
        var weighted = new Div(weightedCount, new Span(getTranslation("ideas.page.votes.weighted")));
        weighted.addClassName("vote-figure");
        var figures = new Div(raw, weighted);
        figures.addClassName("vote-figures");
        var weights = people.segments().stream()
                .map(s -> getTranslation("ideas.page.votes.weight", Language.closestTo(getLocale()) == Language.PL
                        ? s.namePl() : s.nameEn(), s.voteWeight()))
                .collect(Collectors.joining(", "));
        var rule = new Paragraph(getTranslation("ideas.page.votes.rule", weights));
        rule.addClassName("vote-rule");
        vote.setId("vote-button");
        vote.addThemeVariants(ButtonVariant.PRIMARY);
        vote.setIcon(VaadinIcon.CARET_UP.create());
        vote.setEnabled(page.status() != IdeaStatus.MERGED);
        vote.addClickListener(e -> {
            try {
                var state = ideas.toggleVote(page.id());
                voted = state.voted();
                showVotes(state.voteCount(), state.weightedVotes());
            } catch (Problem problem) {
                Toasts.problem(problem);
            }
        });
        follow.setId("follow-button");
        follow.addThemeVariants(ButtonVariant.TERTIARY);
        showFollow(page.followedByMe());
        follow.addClickListener(e -> {
            boolean now = !"true".equals(follow.getElement().getAttribute("aria-pressed"));
            ideas.follow(page.id(), now);
            showFollow(now);
        });
        showVotes(page.voteCount(), page.weightedVotes());
        card.add(figures, vote, follow, rule);
        return card;
    }

    private void showVotes(int count, int weighted) {
        voteCount.setText(String.valueOf(count));
        voteCount.getElement().setAttribute("aria-label", getTranslation("ideas.card.votes", count));
        weightedCount.setText(String.valueOf(weighted));
        vote.setText(getTranslation(voted ? "ideas.vote.remove" : "ideas.vote.give"));
        vote.getElement().setAttribute("aria-pressed", String.valueOf(voted));
    }

    private void showFollow(boolean following) {
        follow.setText(getTranslation(following ? "ideas.page.unfollow" : "ideas.page.follow"));
        follow.setIcon((following ? VaadinIcon.BELL_SLASH : VaadinIcon.BELL).create());
        follow.getElement().setAttribute("aria-pressed", String.valueOf(following));
    }

    /** The ballots and design sessions tied to the idea that the member may open. */
    private @Nullable Section linkedCard(IdeaPage page) {
        var links = ideas.links(page.id());
        if (links.isEmpty()) {
            return null;
        }
        var card = new Section();
        card.addClassNames("card", "idea-related-card");
        card.setId("idea-links");
        card.add(new H2(getTranslation("ideas.page.linked")));
        var list = new UnorderedList();
        list.addClassName("related-list");
        for (var link : links) {
            var kind = new Span(getTranslation(link.labelKey()));
            kind.addClassName("idea-link-kind");
            var item = new ListItem(kind, new Anchor(link.href(), link.title()));
            if (link.stateKey() != null) {
                item.add(IdeaArticle.chip(getTranslation(link.stateKey()), "idea-link-state"));
            }
            list.add(item);
        }
        card.add(list);
        return card;
    }

    /** Other ideas about the same thing, so members and staff see the whole picture (and duplicates). */
    private @Nullable Section relatedCard(IdeaPage page) {
        var others = ideas.similar(page.title(), 6).stream().filter(c -> c.id() != page.id()).limit(5).toList();
        if (others.isEmpty()) {
            return null;
        }
        var card = new Section();
        card.addClassNames("card", "idea-related-card");
        card.setId("related-ideas");
        card.add(new H2(getTranslation("ideas.page.related")));
        var list = new UnorderedList();
        list.addClassName("related-list");
        for (var other : others) {
            var link = new Anchor(IdeaNavigation.idea(other.id()), other.title());
            var item = new ListItem(link, IdeaStatusBadge.of(other.status()));
            list.add(item);
        }
        card.add(list);
        return card;
    }

    @Nullable IdeaPage idea() {
        return idea;
    }

    @Override
    public String getPageTitle() {
        return idea == null ? getTranslation("nav.ideas") : idea.title();
    }
}
