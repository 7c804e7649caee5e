package app.rada.ideas.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.ideas.DiscussionService;
import app.rada.ideas.IdeaDraft;
import app.rada.ideas.IdeaReportService;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.TriageFilter;
import app.rada.ideas.TriageService;
import app.rada.ideas.Visibility;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class TriageViewTest extends KaribuTest {

    @Autowired
    IdeaService ideas;

    @Autowired
    TriageService triage;

    @Autowired
    IdeaReportService reports;

    @Autowired
    StaffTools staffTools;

    @Autowired
    DiscussionService discussion;

    @Autowired
    JdbcTemplate jdbc;

    private static String word() {
        return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private long submitAsFreshCustomer(String title) {
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        return ideas.submit(new IdeaDraft(title, "Details of " + title, null, List.of(), Visibility.MEMBERS, null),
                List.of());
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from idea where id = ?", String.class, id);
    }

    /** Everything the browser would receive for the page: texts and rendered HTML of every element. */
    private static String everythingShown() {
        var text = new StringBuilder();
        _find(Component.class).forEach(c -> text.append(shown(c.getElement())));
        return text.toString();
    }

    private static String shown(Element root) {
        var text = new StringBuilder();
        collect(root, text);
        return text.toString();
    }

    private static void collect(Element element, StringBuilder text) {
        text.append(element.getText()).append(' ');
        if (element.hasProperty("innerHTML")) {
            text.append(element.getProperty("innerHTML")).append(' ');
        }
        element.getPropertyNames().forEach(name -> text.append(element.getProperty(name, "")).append(' '));
        element.getChildren().forEach(child -> collect(child, text));
    }

    @Test
    void staff_see_new_ideas_with_their_waiting_time_and_move_selected_ones_to_planned() {
        var tag = word();
        long older = submitAsFreshCustomer("Triage older " + tag);
        long newer = submitAsFreshCustomer("Triage newer " + tag);
        var threeDaysAgo = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).minusHours(1);
        jdbc.update("update idea set created_at = ?, status_changed_at = ? where id = ?", threeDaysAgo, threeDaysAgo,
                older);
        loginAs("staff");
        UI.getCurrent().navigate("staff/ideas");
        var view = _get(TriageView.class);
        assertThat(view.statuses.getValue()).containsExactly(IdeaStatus.NEW);
        view.search.setValue(tag);

        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.total.getText()).isEqualTo("2 ideas");
        assertThat(_getFormattedRow(view.grid, 0)).contains("3 days", "0 (0 weighted)");
        assertThat(_get(view.grid, 0).id()).isEqualTo(older);
        assertThat(_get(view.grid, 1).id()).isEqualTo(newer);
        assertThat(view.bulkApply.isEnabled()).isFalse();

        view.grid.select(_get(view.grid, 0));
        view.grid.select(_get(view.grid, 1));
        assertThat(view.selected.getText()).isEqualTo("2 ideas selected");
        view.bulkStatus.setValue(IdeaStatus.PLANNED);
        view.bulkAnswer.setValue("Both are on the plan for **May**.");
        _click(view.bulkApply);

        assertThat(statusOf(older)).isEqualTo("PLANNED");
        assertThat(statusOf(newer)).isEqualTo("PLANNED");
        assertThat(_size(view.grid)).isZero();
        view.statuses.setValue(Set.of(IdeaStatus.PLANNED));
        assertThat(_size(view.grid)).isEqualTo(2);
        assertThat(view.export.getHref()).isNotBlank();
    }

    @Test
    void a_filter_finding_more_ideas_than_are_counted_says_so_and_still_lists_every_one() {
        var tag = word();
        for (int i = 0; i < 3; i++) {
            submitAsFreshCustomer("Counted up to a cap " + tag);
        }
        loginAs("staff");
        UI.getCurrent().navigate("staff/ideas");
        var view = _get(TriageView.class);
        view.countCap = 2;
        view.search.setValue(tag);
        assertThat(view.total.getText()).isEqualTo("more than 2 ideas");
        assertThat(view.grid.getLazyDataView().getItems()).hasSize(3);
        // a narrower filter is counted exactly again
        view.statuses.setValue(Set.of(IdeaStatus.PLANNED));
        assertThat(view.total.getText()).isEqualTo("no ideas");
        assertThat(_size(view.grid)).isZero();

        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        UI.getCurrent().navigate("staff/ideas");
        view = _get(TriageView.class);
        view.countCap = 2;
        view.search.setValue(tag);
        assertThat(view.total.getText()).isEqualTo("ponad 2 pomysły");
    }

    @Test
    void declining_in_bulk_without_a_reason_is_explained_and_changes_nothing() {
        var tag = word();
        long id = submitAsFreshCustomer("Triage decline " + tag);
        loginAs("staff");
        UI.getCurrent().navigate("staff/ideas");
        var view = _get(TriageView.class);
        view.search.setValue(tag);
        view.grid.select(_get(view.grid, 0));
        view.bulkStatus.setValue(IdeaStatus.DECLINED);
        _click(view.bulkApply);
        assertThat(view.bulkAnswer.isInvalid()).isTrue();
        assertThat(view.bulkAnswer.getErrorMessage()).isEqualTo("Write the reason: members deserve to know why.");
        assertThat(statusOf(id)).isEqualTo("NEW");
    }

    @Test
    void staff_answer_on_the_idea_page_with_the_staff_panel() {
        long id = submitAsFreshCustomer("Panel answer " + word());
        loginAs("staff");
        UI.getCurrent().navigate("ideas/" + id);
        var panel = _get(StaffPanel.class);
        panel.status.setValue(IdeaStatus.PLANNED);
        panel.answer.setValue("Coming in the **spring** release.");
        _click(panel.saveStatus);

        assertThat(statusOf(id)).isEqualTo("PLANNED");
        var page = _get(IdeaView.class);
        assertThat(page.idea().status()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(shown(page.timeline.getElement())).contains("<strong>spring</strong>");
        // the page was rebuilt with a fresh panel showing the new status and the first answer
        var fresh = _get(StaffPanel.class);
        assertThat(fresh.status.getValue()).isEqualTo(IdeaStatus.PLANNED);
        assertThat(fresh.timings.getElement().getTextRecursively()).contains("First answer after");

        fresh.status.setValue(IdeaStatus.DECLINED);
        _click(fresh.saveStatus);
        assertThat(fresh.answer.isInvalid()).isTrue();
        assertThat(statusOf(id)).isEqualTo("PLANNED");
    }

    @Test
    void a_decline_without_a_reason_is_marked_on_the_answer_while_typing() {
        long id = submitAsFreshCustomer("Panel reason " + word());
        loginAs("staff");
        UI.getCurrent().navigate("ideas/" + id);
        var panel = _get(StaffPanel.class);
        panel.status.setValue(IdeaStatus.DECLINED);
        panel.answer.setValue("   ");
        assertThat(panel.answer.isInvalid()).isTrue();
        assertThat(panel.answer.getErrorMessage()).isEqualTo("Write the reason: members deserve to know why.");
        panel.answer.setValue("It would slow every delivery down.");
        assertThat(panel.answer.isInvalid()).isFalse();
        panel.answer.setValue("");
        assertThat(panel.answer.isInvalid()).isTrue();
        // moving to a status that needs no reason takes the mark away
        panel.status.setValue(IdeaStatus.PLANNED);
        assertThat(panel.answer.isInvalid()).isFalse();
        assertThat(statusOf(id)).isEqualTo("NEW");
    }

    @Test
    void a_decline_without_a_reason_is_marked_on_the_answer_in_polish() {
        long id = submitAsFreshCustomer("Panel reason in Polish " + word());
        loginAsEmail(freshMember(Role.STAFF, Language.PL));
        UI.getCurrent().navigate("ideas/" + id);
        var panel = _get(StaffPanel.class);
        panel.status.setValue(IdeaStatus.DECLINED);
        panel.answer.setValue(" ");
        assertThat(panel.answer.isInvalid()).isTrue();
        assertThat(panel.answer.getErrorMessage())
                .isEqualTo("Napisz uzasadnienie: uczestnicy powinni wiedzieć, dlaczego.");
    }

    @Test
    void staff_notes_show_in_the_staff_panel_and_never_on_a_customers_page() {
        var secret = "Courier contract ends in March " + word();
        long id = submitAsFreshCustomer("Panel notes " + word());
        loginAs("staff");
        UI.getCurrent().navigate("ideas/" + id);
        var panel = _get(StaffPanel.class);
        panel.note.setValue(secret);
        _click(panel.addNote);
        assertThat(panel.notes.getElement().getTextRecursively()).contains(secret);
        assertThat(everythingShown()).contains(secret);

        for (var role : List.of("customer", "board")) {
            loginAs(role);
            UI.getCurrent().navigate("ideas/" + id);
            assertThat(_find(IdeaView.class)).hasSize(1);
            assertThat(_find(StaffPanel.class)).isEmpty();
            assertThat(everythingShown()).doesNotContain(secret).doesNotContain("Courier contract");
            assertThatThrownBy(() -> new StaffPanel(staffTools, id)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void staff_merge_a_duplicate_from_the_panel() {
        var tag = word();
        long target = submitAsFreshCustomer("Panel merge target " + tag);
        long duplicate = submitAsFreshCustomer("Panel merge duplicate " + tag);
        loginAs("staff");
        UI.getCurrent().navigate("ideas/" + duplicate);
        var panel = _get(StaffPanel.class);
        var options = triage.mergeTargets(duplicate, tag, 0, 10);
        assertThat(options).extracting(r -> r.id()).containsExactly(target);
        panel.mergeTarget.setValue(options.getFirst());
        _click(panel.merge);
        assertThat(statusOf(duplicate)).isEqualTo("MERGED");
        assertThat(_find(StaffPanel.class).getFirst().mergeTarget.isAttached()).isFalse();
        assertThat(triage.countUpTo(TriageFilter.everything().withText(tag), 1000)).isEqualTo(2);
    }

    @Test
    void staff_see_what_members_reported_and_mark_it_handled() {
        var tag = word();
        long id = submitAsFreshCustomer("Reported idea " + tag);
        loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        discussion.report(id, null, "It names a shop assistant " + tag);
        loginAs("staff");
        UI.getCurrent().navigate("staff/ideas");
        var view = _get(TriageView.class);
        int row = -1;
        for (int i = 0; i < _size(view.reports); i++) {
            if (_get(view.reports, i).ideaId() == id) {
                row = i;
            }
        }
        assertThat(row).as("the report is listed").isNotNegative();
        assertThat(_getFormattedRow(view.reports, row)).contains("It names a shop assistant " + tag);
        long open = reports.countReports();
        assertThat(view.reportTotal.getText()).isEqualTo(open + " open");

        _click((Button) _getCellComponent(view.reports, row, "action"));

        assertThat(reports.countReports()).isEqualTo(open - 1);
        assertThat(view.reportTotal.getText()).isEqualTo(open == 1 ? "none open" : (open - 1) + " open");
        for (int i = 0; i < _size(view.reports); i++) {
            assertThat(_get(view.reports, i).ideaId()).isNotEqualTo(id);
        }
    }

    @Test
    void customers_and_board_members_cannot_open_the_triage_queue() {
        for (var role : List.of("customer", "board")) {
            loginAs(role);
            UI.getCurrent().navigate("staff/ideas");
            assertThat(_find(TriageView.class)).isEmpty();
            _get(NoAccessView.class);
            assertThatThrownBy(() -> triage.queue(TriageFilter.defaults(), 0, 10))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> triage.changeStatus(1, IdeaStatus.PLANNED, "x"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.reports(0, 10)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> reports.resolveReport(1)).isInstanceOf(AccessDeniedException.class);
        }
    }
}
