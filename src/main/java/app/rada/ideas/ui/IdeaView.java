package app.rada.ideas.ui;

import app.rada.ideas.AnswerEntry;
import app.rada.ideas.CategoryOption;
import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaCategoryService;
import app.rada.ideas.IdeaImageService;
import app.rada.ideas.IdeaPage;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.LiveVotes;
import app.rada.ideas.Moderation;
import app.rada.ideas.PulseService;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.RadaUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.TouchpointPlace;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.NoSuchElementException;
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
    private final LiveVotes live;
    private final StaffTools staffTools;
    private final IdeaCategoryService categories;
    private final IdeaImageService images;
    private final DiscussionService discussion;
    private final PulseService pulse;
    private @Nullable IdeaPage idea;
    private boolean voted;
    private boolean askForPulse;
    private @Nullable Runnable stopListening;
    private final java.util.List<TouchpointPlace> places;

    IdeaView(IdeaService ideas, IdeaCategoryService categories, IdeaImageService images, PeopleService people,
             LiveVotes live, StaffTools staffTools, DiscussionService discussion, PulseService pulse,
             java.util.List<TouchpointPlace> places) {
        this.categories = categories;
        this.images = images;
        this.discussion = discussion;
        this.pulse = pulse;
        this.places = places;
        this.ideas = ideas;
        this.people = people;
        this.live = live;
        this.staffTools = staffTools;
        addClassName("idea-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long ideaId = event.getRouteParameters().getLong(PARAMETER).orElse(0L);
        try {
            idea = ideas.page(ideaId);
        } catch (NoSuchElementException missing) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        askForPulse = event.getLocation().getQueryParameters().getParameters().containsKey("pulse");
        build(idea);
    }

    private void build(IdeaPage page) {
        var language = Language.closestTo(getLocale());
        var back = new Anchor(IdeaNavigation.BOARD, getTranslation("ideas.back"));
        back.addClassName("back-link");

        var article = new Article();
        article.addClassName("idea-article");
        var title = new H1(page.title());
        title.addClassName("idea-page-title");
        var meta = new Div(new StatusBadge(page.status()));
        meta.addClassName("idea-meta");
        if (page.categoryId() != null) {
            categories.categories().stream().filter(c -> c.id() == page.categoryId()).findFirst()
                    .map(c -> chip(c.name(language), "idea-category")).ifPresent(meta::add);
        }
        page.tags().forEach(t -> {
            var tag = new Anchor(IdeaNavigation.BOARD + "?tag=" + t, "#" + t);
            tag.addClassNames("idea-chip", "idea-tag");
            meta.add(tag);
        });
        if (page.visibility() == Visibility.STAFF) {
            meta.add(chip(getTranslation("ideas.visibility.staff"), "idea-private"));
        }
        var byline = new Paragraph(getTranslation("ideas.page.byline",
                page.authorName().orElse(getTranslation("people.former-member")),
                Formats.date(page.createdAt(), getLocale(), Formats.zone())));
        byline.addClassName("idea-byline");
        article.add(title, meta, byline);
        if (page.touchpointId() != null) {
            // where on a journey map the idea belongs, when the journeys module can say
            places.forEach(place -> place.describe(page.touchpointId()).ifPresent(article::add));
        }

        if (page.moderation() == Moderation.PENDING) {
            article.add(notice(getTranslation("ideas.page.pending"), "idea-notice-pending"));
        }
        if (page.status() == IdeaStatus.MERGED && page.mergedIntoId() != null) {
            var into = new Anchor(IdeaNavigation.idea(page.mergedIntoId()),
                    page.mergedIntoTitle() == null ? getTranslation("ideas.page.merged.other") : page.mergedIntoTitle());
            var merged = notice(getTranslation("ideas.page.merged"), "idea-notice-merged");
            merged.add(new Span(" "), into);
            merged.setId("merged-into");
            article.add(merged);
        }

        var description = new Div();
        description.addClassNames("idea-description", "markdown");
        description.getElement().setProperty("innerHTML", page.descriptionHtml());
        description.setId("idea-description-text");
        article.add(description);

        if (!page.imageIds().isEmpty()) {
            var gallery = new Div();
            gallery.addClassName("idea-images");
            int n = 1;
            for (long imageId : page.imageIds()) {
                var image = new Image(DownloadHandler.fromInputStream(e -> {
                    var stored = images.image(imageId);
                    return new DownloadResponse(new ByteArrayInputStream(stored.content()), stored.fileName(),
                            stored.contentType(), stored.content().length);
                }), getTranslation("ideas.page.image", n++, page.title()));
                gallery.add(image);
            }
            article.add(gallery);
        }

        if (page.editable()) {
            var edit = new Anchor(IdeaNavigation.idea(page.id()) + "/edit", getTranslation("ideas.page.edit"));
            edit.addClassName("button-link");
            edit.setId("edit-idea");
            article.add(edit);
        }

        var side = new Div(votesCard(page), timelineCard(page));
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
        }
        // pulse section
        var pulseSection = new PulseSection(pulse, page.id());
        article.add(pulseSection);
        if (askForPulse && pulseSection.isVisible()) {
            // the "Did this solve it?" notification links here
            pulseSection.scrollIntoView();
            askForPulse = false;
        }
        // comments section
        article.add(new CommentsSection(discussion, page.id()));
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
                Notification.show(getTranslation(problem.key(), problem.args()), 5000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.ERROR);
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

    private Section timelineCard(IdeaPage page) {
        var card = new Section();
        card.addClassNames("card", "idea-timeline-card");
        card.add(new H2(getTranslation("ideas.page.timeline")));
        timeline.removeAll();
        timeline.setId("idea-timeline");
        var steps = new OrderedList();
        steps.addClassName("idea-timeline");
        var submittedHead = new Div(new Span(getTranslation("ideas.page.timeline.submitted")), when(page.createdAt()));
        submittedHead.addClassName("timeline-head");
        var submitted = new ListItem(submittedHead);
        steps.add(submitted);
        for (AnswerEntry entry : page.timeline()) {
            var item = new ListItem();
            var head = new Div(new StatusBadge(entry.toStatus()),
                    new Span(entry.staffName().orElse(getTranslation("people.former-member"))), when(entry.at()));
            head.addClassName("timeline-head");
            item.add(head);
            if (entry.textHtml() != null) {
                var text = new Div();
                text.addClassNames("timeline-answer", "markdown");
                text.getElement().setProperty("innerHTML", entry.textHtml());
                item.add(text);
            }
            steps.add(item);
        }
        timeline.add(steps);
        if (page.timeline().isEmpty()) {
            var waiting = new Paragraph(getTranslation("ideas.page.timeline.waiting"));
            waiting.addClassName("timeline-waiting");
            timeline.add(waiting);
        }
        card.add(timeline);
        return card;
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
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("related-list");
        for (var link : links) {
            var kind = new Span(getTranslation(link.labelKey()));
            kind.addClassName("idea-link-kind");
            var item = new ListItem(kind, new Anchor(link.href(), link.title()));
            if (link.stateKey() != null) {
                item.add(chip(getTranslation(link.stateKey()), "idea-link-state"));
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
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("related-list");
        for (var other : others) {
            var link = new Anchor(IdeaNavigation.idea(other.id()), other.title());
            var item = new ListItem(link, new StatusBadge(other.status()));
            list.add(item);
        }
        card.add(list);
        return card;
    }

    private Span when(Instant at) {
        var span = new Span(Formats.dateTime(at, getLocale(), Formats.zone()));
        span.addClassName("timeline-when");
        return span;
    }

    private static Span chip(String text, String className) {
        var chip = new Span(text);
        chip.addClassNames("idea-chip", className);
        return chip;
    }

    private static Paragraph notice(String text, String className) {
        var notice = new Paragraph(text);
        notice.addClassNames("idea-notice", className);
        notice.getElement().setAttribute("role", "status");
        return notice;
    }

    @Nullable IdeaPage idea() {
        return idea;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        var ui = attachEvent.getUI();
        stopListening = live.listen(change -> {
            var shown = idea;
            if (shown != null && change.ideaId() == shown.id()) {
                ui.access(() -> showVotes(change.voteCount(), change.weightedVotes()));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
    }

    @Override
    public String getPageTitle() {
        return idea == null ? getTranslation("nav.ideas") : idea.title();
    }
}
