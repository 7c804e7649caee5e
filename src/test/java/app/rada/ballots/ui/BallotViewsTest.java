package app.rada.ballots.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ballots.Answer;
import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotLifecycleService;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotType;
import app.rada.ballots.BallotVotingService;
import app.rada.ballots.Choice;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.Visibility;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.RadaUser;
import app.rada.shared.security.SystemActor;
import app.rada.shared.ui.Chart;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class BallotViewsTest extends KaribuTest {

    @Autowired
    BallotEditingService editing;

    @Autowired
    BallotLifecycleService lifecycle;

    @Autowired
    BallotVotingService voting;

    @Autowired
    BallotReadingService reading;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    IdeaService ideas;

    private long openBallot(String title, BallotType type, List<String> options, boolean secret,
                            ResultsVisibility visibility) {
        var now = Instant.now();
        var staff = user("staff@rada.demo");
        return SystemActor.callAs(staff, () -> {
            long id = editing.create(new BallotDraft(title, "What should come first?", "We have **three** proposals.",
                    type, options, type == BallotType.POINTS ? 100 : 0, List.of(), now, now.plus(Duration.ofDays(2)),
                    50, 50, secret, visibility, null, null));
            lifecycle.open(id);
            return id;
        });
    }

    private RadaUser user(String email) {
        return people.findLoginAccount(email).orElseThrow().asUser();
    }

    private BallotView openPage(long id) {
        UI.getCurrent().navigate(BallotNavigation.ballot(id));
        return _get(BallotView.class);
    }

    private void castAndConfirm(BallotView view) {
        _click(view.cast);
        var dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo("Cast this vote?");
        ConfirmDialogKt._fireConfirm(dialog);
    }

    private String choiceOf(long ballotId, String email) {
        return jdbc.queryForObject("select choice from ballot_vote where ballot_id = ? and person_id = ?", String.class,
                ballotId, user(email).personId());
    }

    @Test
    void staff_write_a_draft_in_the_editor_and_land_on_its_page() {
        loginAs("staff");
        UI.getCurrent().navigate("ballots");
        _click(_get(Button.class, spec -> spec.withId("ballots-new")));
        var editor = _get(BallotEditorView.class);
        editor.title.setValue("Hotline hours from 7 a.m.");
        editor.question.setValue("Should the hotline answer from 7 a.m.?");
        editor.explanation.setValue("Clients call before 9 and **nobody answers**.");
        editor.type.setValue(BallotType.SINGLE_CHOICE);
        assertThat(editor.options.isVisible()).isTrue();
        assertThat(editor.budget.isVisible()).isFalse();
        editor.options.setValue("From 7 a.m.\n\n");
        editor.closesAt.setValue(LocalDateTime.now().plusDays(5));
        _click(editor.save);
        assertThat(editor.error.getText()).isEqualTo("Give between 2 and 12 different options, one per line.");

        editor.options.setValue("From 7 a.m.\nFrom 8 a.m.\nKeep 9 a.m.");
        _click(editor.save);
        var page = _get(BallotView.class);
        assertThat(page.getPageTitle()).isEqualTo("Hotline hours from 7 a.m.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-question")).getText())
                .isEqualTo("Should the hotline answer from 7 a.m.?");
        _get(Anchor.class, spec -> spec.withId("ballot-edit"));
        assertThat(jdbc.queryForList("select label from ballot_option o join ballot b on b.id = o.ballot_id "
                + "where b.title = 'Hotline hours from 7 a.m.' order by position", String.class))
                .containsExactly("From 7 a.m.", "From 8 a.m.", "Keep 9 a.m.");
        // a draft has no vote and no discussion yet
        assertThat(_find(Button.class, spec -> spec.withId("ballot-cast"))).isEmpty();
    }

    @Test
    void in_the_editor_linked_ideas_become_the_options_of_a_choice_ballot_that_moves_the_winner() {
        var author = user(freshMember(Role.CUSTOMER, Language.EN));
        long first = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Pick-up points",
                "Near the station.", null, List.of(), Visibility.MEMBERS, null), List.of()));
        long second = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft("Sunday pick-up",
                "For people who work all week.", null, List.of(), Visibility.MEMBERS, null), List.of()));
        loginAs("staff");
        UI.getCurrent().navigate(BallotNavigation.NEW);
        var editor = _get(BallotEditorView.class);
        editor.title.setValue("Which pick-up first?");
        editor.question.setValue("Which should come first?");
        editor.type.setValue(BallotType.SINGLE_CHOICE);
        editor.closesAt.setValue(LocalDateTime.now().plusDays(5));
        editor.linked.setValue(Set.of(new BallotEditorView.IdeaOption(first, "Pick-up points"),
                new BallotEditorView.IdeaOption(second, "Sunday pick-up")));
        editor.passStatus.setValue(IdeaStatus.PLANNED);
        assertThat(editor.passStatus.getHelperText())
                .isEqualTo("In a choice ballot only the idea whose title is the winning option moves.");
        editor.options.setValue("Something else");
        _click(editor.ideasAsOptions);
        assertThat(editor.options.getValue().split("\n")).containsExactlyInAnyOrder("Something else", "Pick-up points",
                "Sunday pick-up");
        _click(editor.save);
        _get(BallotView.class);
        assertThat(jdbc.queryForList("select bi.option_position from ballot_idea bi join ballot b on b.id = bi.ballot_id "
                + "where b.title = 'Which pick-up first?' order by bi.idea_id", Integer.class)).doesNotContainNull()
                .hasSize(2);
    }

    @Test
    void board_members_see_open_ballots_with_time_left_and_staff_also_see_drafts() {
        long id = openBallot("Listed ballot " + System.nanoTime(), BallotType.APPROVE_REJECT, List.of(), false,
                ResultsVisibility.AFTER_CLOSE);
        loginAs("board");
        UI.getCurrent().navigate("ballots");
        var view = _get(BallotsView.class);
        var rows = GridKt._findAll(view.open);
        assertThat(rows).anySatisfy(r -> assertThat(r.id()).isEqualTo(id));
        assertThat(GridKt._getFormattedRow(view.open, rows.indexOf(rows.stream().filter(r -> r.id() == id)
                .findFirst().orElseThrow()))).anySatisfy(cell -> assertThat(cell).startsWith("Closes in"))
                .contains("Not voted yet");
        assertThat(view.drafts).isNull();
        assertThat(view.create).isNull();

        loginAs("staff");
        UI.getCurrent().navigate("ballots");
        var staffView = _get(BallotsView.class);
        assertThat(staffView.drafts).isNotNull();
        assertThat(staffView.create).isNotNull();
    }

    @Test
    void a_board_member_confirms_a_vote_sees_it_and_can_change_it() {
        long id = openBallot("Vote and change", BallotType.SINGLE_CHOICE, List.of("Chat", "Callback", "E-mail"),
                false, ResultsVisibility.LIVE);
        loginAs("board");
        var view = openPage(id);
        view.single.setValue(1);
        _click(view.cast);
        var dialog = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getText(dialog)).contains("Callback");
        ConfirmDialogKt._fireCancel(dialog);
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote where ballot_id = ?", Long.class, id)).isZero();

        castAndConfirm(view);
        assertThat(choiceOf(id, "board@rada.demo")).isEqualTo("1");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-my-vote")).getText()).isEqualTo("You voted: Callback");
        // live results show the count and a chart
        assertThat(_get(UnorderedList.class, spec -> spec.withId("ballot-totals")).getElement().getTextRecursively())
                .contains("Callback: 1 vote");
        assertThat(_get(Chart.class, spec -> spec.withId("ballot-chart")).optionJson()).contains("Callback");

        view = _get(BallotView.class);
        view.single.setValue(2);
        castAndConfirm(view);
        assertThat(choiceOf(id, "board@rada.demo")).isEqualTo("2");
        assertThat(jdbc.queryForObject("select count(*) from ballot_vote where ballot_id = ?", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void a_ranking_is_ordered_with_up_and_down_buttons() {
        long id = openBallot("Ranked order", BallotType.RANKED, List.of("Hotline", "SMS window", "Chat"), false,
                ResultsVisibility.AFTER_CLOSE);
        loginAs("board");
        var view = openPage(id);
        assertThat(_get(ListItem.class, spec -> spec.withId("ballot-tie-break"))
                .getText()).contains("fewer first preferences", "listed later");
        assertThat(_get(Button.class, spec -> spec.withId("ballot-rank-up-0")).isEnabled()).isFalse();
        assertThat(_get(Button.class, spec -> spec.withId("ballot-rank-up-2")).getElement().getAttribute("aria-label"))
                .isEqualTo("Move Chat up");
        _click(_get(Button.class, spec -> spec.withId("ballot-rank-up-2"))); // Hotline, Chat, SMS window
        _click(_get(Button.class, spec -> spec.withId("ballot-rank-up-1"))); // Chat, Hotline, SMS window
        assertThat(view.ranking).containsExactly(2, 0, 1);
        castAndConfirm(view);
        assertThat(choiceOf(id, "board@rada.demo")).isEqualTo("2,0,1");
        // results stay hidden until closing
        _get(Paragraph.class, spec -> spec.withId("ballot-results-hidden"));
    }

    @Test
    void points_show_the_budget_left_and_must_add_up() {
        long id = openBallot("Points spread", BallotType.POINTS, List.of("Delivery", "Hotline"), false,
                ResultsVisibility.AFTER_CLOSE);
        loginAs("board");
        var view = openPage(id);
        view.points.get(0).setValue(70);
        assertThat(view.pointsLeft.getText()).isEqualTo("30 of 100 points left to spread");
        _click(view.cast);
        assertThat(_find(ConfirmDialog.class)).isEmpty();
        view.points.get(1).setValue(30);
        assertThat(view.pointsLeft.getText()).isEqualTo("0 of 100 points left to spread");
        castAndConfirm(view);
        assertThat(choiceOf(id, "board@rada.demo")).isEqualTo("70,30");
    }

    @Test
    void a_secret_vote_gives_a_receipt_code_that_checks_the_vote() {
        long id = openBallot("Secret with receipt", BallotType.APPROVE_REJECT, List.of(), true,
                ResultsVisibility.AFTER_CLOSE);
        loginAs("board");
        var view = openPage(id);
        view.answer.setValue(Answer.NO);
        castAndConfirm(view);
        var code = _get(Span.class, spec -> spec.withId("ballot-receipt-code")).getText();
        assertThat(code).matches("[A-Z2-9]{5}(-[A-Z2-9]{5}){3}");

        view = _get(BallotView.class);
        view.checkCode.setValue(code);
        _click(_get(Button.class, spec -> spec.withId("ballot-check")));
        assertThat(view.checkResult.getText()).isEqualTo("Recorded under this code: No");
        view.checkCode.setValue("WRONG-CODE");
        _click(_get(Button.class, spec -> spec.withId("ballot-check")));
        assertThat(view.checkResult.getText()).isEqualTo("No vote is recorded under this code.");

        // changing needs the code
        view.answer.setValue(Answer.YES);
        view.receipt.setValue(code);
        castAndConfirm(view);
        var envelopes = jdbc.queryForList("select envelope from ballot_secret_slot where ballot_id = ?", String.class, id);
        assertThat(envelopes).isNotEmpty().doesNotHaveDuplicates().allSatisfy(stored -> assertThat(stored)
                .startsWith("e2:").hasSameSizeAs(envelopes.getFirst()).isNotIn("YES", "NO"));
        view = _get(BallotView.class);
        view.checkCode.setValue(code);
        _click(_get(Button.class, spec -> spec.withId("ballot-check")));
        assertThat(view.checkResult.getText()).isEqualTo("Recorded under this code: Yes");
    }

    @Test
    void a_closed_ballot_shows_outcome_turnout_chart_and_who_chose_what() {
        long id = openBallot("Closed with results", BallotType.APPROVE_REJECT, List.of(), false,
                ResultsVisibility.AFTER_CLOSE);
        SystemActor.callAs(user("board@rada.demo"), () -> voting.vote(id, Choice.approve(Answer.YES), null));
        SystemActor.callAs(user("ewa.lis@rada.demo"), () -> voting.vote(id, Choice.approve(Answer.YES), null));
        SystemActor.callAs(user("piotr.mazur@rada.demo"), () -> voting.vote(id, Choice.approve(Answer.NO), null));
        SystemActor.callAs(user("staff@rada.demo"), () -> {
            lifecycle.closeEarly(id, "Every member we expected has voted.");
            return null;
        });
        loginAs("board");
        openPage(id);
        assertThat(_get(Div.class, spec -> spec.withId("ballot-outcome"))
                .getElement().getTextRecursively()).isEqualTo("Passed");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-turnout")).getText())
                .startsWith("3 of ").contains("Quorum 50%: reached");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-share")).getText())
                .isEqualTo("Yes among yes and no: 66.7% (must be more than 50%)");
        assertThat(_get(Chart.class, spec -> spec.withId("ballot-chart")).optionJson()).contains("Yes", "Abstain");
        assertThat(_get(UnorderedList.class, spec -> spec.withId("ballot-named-votes")).getElement()
                .getTextRecursively()).contains("Piotr Mazur: No", "Ewa Lis: Yes");
        assertThat(_get(Paragraph.class, spec -> spec.withId("ballot-close-reason")).getText())
                .isEqualTo("Closed early: Every member we expected has voted.");
        assertThat(_find(Button.class, spec -> spec.withId("ballot-cast"))).isEmpty();
    }

    @Test
    void board_members_and_staff_discuss_a_ballot() {
        long id = openBallot("Discussed", BallotType.APPROVE_REJECT, List.of(), false, ResultsVisibility.AFTER_CLOSE);
        loginAs("board");
        var view = openPage(id);
        view.comment.setValue("Would this cost us more per delivery?");
        _click(_get(Button.class, spec -> spec.withId("ballot-post")));
        loginAs("staff");
        view = openPage(id);
        assertThat(view.comments.getElement().getTextRecursively())
                .contains("Katarzyna Zielińska", "Would this cost us more per delivery?");
        // staff see the staff tools but cannot vote
        assertThat(_find(Button.class, spec -> spec.withId("ballot-cast"))).isEmpty();
        _get(Button.class, spec -> spec.withId("ballot-close"));
    }

    @Test
    void a_customer_is_refused_the_ballots_pages_and_the_service() {
        long id = openBallot("Not for customers", BallotType.APPROVE_REJECT, List.of(), false,
                ResultsVisibility.AFTER_CLOSE);
        loginAs("customer");
        UI.getCurrent().navigate("ballots");
        _get(NoAccessView.class);
        UI.getCurrent().navigate(BallotNavigation.ballot(id));
        _get(NoAccessView.class);
        assertThatThrownBy(() -> reading.details(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> voting.vote(id, Choice.approve(Answer.YES), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_board_member_is_refused_the_editor() {
        loginAs("board");
        UI.getCurrent().navigate(BallotNavigation.NEW);
        _get(NoAccessView.class);
        assertThatThrownBy(() -> editing.draft(1)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_idea_page_names_the_ballot_that_decides_it_to_the_board_but_not_to_customers() {
        // a customer of their own submits it: the demo customer may have used up the hourly limit in other tests
        var author = user(freshMember(Role.CUSTOMER, Language.EN));
        long ideaId = SystemActor.callAs(author, () -> ideas.submit(new IdeaDraft(
                "Deliver on Saturdays too", "Weekend slots for bigger parcels.", null, List.of(),
                Visibility.MEMBERS, null), List.of()));
        var now = Instant.now();
        long ballotId = SystemActor.callAs(user("staff@rada.demo"), () -> {
            long id = editing.create(new BallotDraft("Saturday deliveries", "Should we plan them?", "Costs are known.",
                    BallotType.APPROVE_REJECT, List.of(), 0, List.of(ideaId), now, now.plus(Duration.ofDays(2)),
                    50, 50, false, ResultsVisibility.AFTER_CLOSE, null, null));
            lifecycle.open(id);
            return id;
        });

        loginAs("board");
        UI.getCurrent().navigate("ideas/" + ideaId);
        var links = _get(Section.class, spec -> spec.withId("idea-links"));
        var anchor = _get(links, Anchor.class);
        assertThat(anchor.getHref()).isEqualTo(BallotNavigation.ballot(ballotId));
        assertThat(anchor.getText()).isEqualTo("Saturday deliveries");
        assertThat(_find(links, Span.class).stream().map(Span::getText)).contains("Advisory board ballot", "Open");

        loginAs("customer");
        UI.getCurrent().navigate("ideas/" + ideaId);
        assertThat(_find(Section.class, spec -> spec.withId("idea-links"))).isEmpty();
        assertThat(ideas.links(ideaId)).isEmpty();
    }
}
