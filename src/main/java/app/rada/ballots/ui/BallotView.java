package app.rada.ballots.ui;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDetails;
import app.rada.ballots.BallotDiscussionService;
import app.rada.ballots.BallotExportService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.ResultsVisibility;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.StatusBadge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One ballot: the question and its explanation, the ideas it decides, the rules it is counted by, the
 * vote (approve / reject, one choice, a ranking with up and down buttons, or points within a budget),
 * the results when they may be seen, and the discussion. Staff also open, close and export here.
 * The page draws the ballot itself; the vote, the receipt check, the results, the staff tools and the
 * discussion are panels of their own.
 */
@Route("ballots/:ballotId([0-9]{1,18})")
@RolesAllowed({Roles.BOARD_MEMBER, Roles.STAFF})
@StyleSheet("styles/ballots.css")
class BallotView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "ballotId";

    private final BallotReadingService reading;
    private final BallotVotePanel vote;
    private final ReceiptCheckPanel receiptCheck;
    private final BallotStaffPanel staff;
    private final BallotDiscussionPanel discussion;
    private @Nullable BallotDetails ballot;

    // the panels' fields, reached here as the page's own (they live as long as the page)
    final RadioButtonGroup<Answer> answer;
    final RadioButtonGroup<Integer> single;
    final List<Integer> ranking;
    final List<IntegerField> points;
    final Span pointsLeft;
    final TextField receipt;
    final Button cast;
    final TextField checkCode;
    final Span checkResult;
    final TextArea reason;
    final TextArea comment;
    final Div comments;

    BallotView(BallotReadingService reading, BallotVotingService voting, BallotLifecycleService lifecycle,
               BallotExportService export, BallotDiscussionService discussion, Validator validator) {
        this.reading = reading;
        this.vote = new BallotVotePanel(voting, this::reload, validator);
        this.receiptCheck = new ReceiptCheckPanel(voting, validator);
        this.staff = new BallotStaffPanel(lifecycle, export, this::reload, validator);
        this.discussion = new BallotDiscussionPanel(discussion, validator);
        answer = vote.answer;
        single = vote.single;
        ranking = vote.ranking;
        points = vote.points;
        pointsLeft = vote.pointsLeft;
        receipt = vote.receipt;
        cast = vote.cast;
        checkCode = receiptCheck.checkCode;
        checkResult = receiptCheck.checkResult;
        reason = staff.reason;
        comment = this.discussion.comment;
        comments = this.discussion.comments;
        addClassName("ballot-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = RouteLoading.loadOrNotFound(event, PARAMETER, reading::details);
        if (found.isPresent()) {
            ballot = found.get();
            build();
        }
    }

    private void build() {
        var b = ballot();
        removeAll();
        var back = new Anchor(BallotNavigation.LIST, getTranslation("ballots.back"));
        back.addClassName("back-link");
        add(back, article(b));
        if (CurrentUser.require().isStaff()) {
            staff.show(b);
            add(staff);
        }
        if (b.canVote()) {
            vote.show(b);
            add(vote);
        } else if (b.status() == BallotStatus.OPEN && !b.eligible()) {
            add(note(getTranslation("ballots.vote.not-eligible"), "ballot-not-eligible"));
        }
        if (b.secret() && b.eligible() && b.voted()) {
            receiptCheck.show(b);
            add(receiptCheck);
        }
        b.result().ifPresent(r -> add(new BallotResultsPanel(reading, b, r)));
        if (b.result().isEmpty() && b.status() == BallotStatus.OPEN) {
            add(note(getTranslation("ballots.results.after-close"), "ballot-results-hidden"));
        }
        if (b.status() != BallotStatus.DRAFT) {
            discussion.show(b);
            add(discussion);
        }
    }

    private Article article(BallotDetails b) {
        var article = new Article();
        article.addClassName("ballot-article");
        var title = new H1(b.title());
        var meta = new Div(StatusBadge.of(getTranslation(b.status().labelKey()), "ballot-status", b.status()),
                new Span(getTranslation(b.type().labelKey())),
                new Span(getTranslation(b.secret() ? "ballots.secret" : "ballots.named")));
        meta.addClassName("ballot-meta");
        meta.setId("ballot-meta");
        var zone = Formats.zone();
        var times = new Paragraph(getTranslation("ballots.times", Formats.dateTime(b.opensAt(), getLocale(), zone),
                Formats.dateTime(b.closesAt(), getLocale(), zone), zone.getId()));
        times.addClassName("ballot-times");
        article.add(title, meta, times);
        if (b.status() == BallotStatus.OPEN) {
            var left = new Paragraph(BallotTexts.timeLeft(this, getLocale(), b.closesAt(), Instant.now()));
            left.addClassName("ballot-countdown");
            left.setId("ballot-countdown");
            article.add(left);
        }
        var question = new Paragraph(b.question());
        question.addClassName("ballot-question");
        question.setId("ballot-question");
        var explanation = new Div();
        explanation.addClassNames("ballot-explanation", "markdown");
        explanation.getElement().setProperty("innerHTML", b.explanationHtml());
        article.add(question, explanation);
        if (!b.ideas().isEmpty()) {
            var list = new UnorderedList();
            list.setId("ballot-ideas");
            b.ideas().forEach(i -> list.add(new ListItem(new Anchor(BallotNavigation.idea(i.id()), i.title()),
                    new Span(" · " + getTranslation(i.status().labelKey())))));
            article.add(new H2(getTranslation("ballots.ideas")), list);
        }
        article.add(rules(b));
        return article;
    }

    private BallotDetails ballot() {
        if (ballot == null) {
            throw new IllegalStateException("No ballot");
        }
        return ballot;
    }

    private void reload() {
        ballot = reading.details(ballot().id());
        build();
    }

    private Section rules(BallotDetails b) {
        var list = new UnorderedList();
        list.add(new ListItem(getTranslation("ballots.rules.voters")));
        list.add(new ListItem(getTranslation("ballots.rules.quorum", b.quorumPercent())));
        switch (b.type()) {
            case APPROVE_REJECT -> list.add(new ListItem(getTranslation("ballots.rules.approve", b.passPercent())));
            case SINGLE_CHOICE -> list.add(new ListItem(getTranslation("ballots.rules.single")));
            case RANKED -> {
                list.add(new ListItem(getTranslation("ballots.rules.ranked")));
                var tieBreak = new ListItem(getTranslation("ballots.rules.tie-break"));
                tieBreak.setId("ballot-tie-break");
                list.add(tieBreak);
            }
            case POINTS -> list.add(new ListItem(getTranslation("ballots.rules.points", b.pointsBudget())));
        }
        list.add(new ListItem(getTranslation(b.secret() ? "ballots.rules.secret" : "ballots.rules.named")));
        list.add(new ListItem(getTranslation(b.resultsVisibility() == ResultsVisibility.LIVE
                ? "ballots.rules.live" : "ballots.rules.after-close")));
        if (b.passStatus() != null && !b.ideas().isEmpty()) {
            list.add(new ListItem(getTranslation("ballots.rules.on-pass", getTranslation(b.passStatus().labelKey()))));
        }
        var section = new Section(new H2(getTranslation("ballots.rules")), list);
        section.addClassNames("card", "ballot-rules");
        section.setId("ballot-rules");
        return section;
    }

    private static Paragraph note(String text, String id) {
        var p = new Paragraph(text);
        p.setId(id);
        p.addClassName("ballot-note");
        return p;
    }

    @Override
    public String getPageTitle() {
        return ballot == null ? getTranslation("nav.ballots") : ballot.title();
    }
}
