package app.rada.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.audit.AuditRow;
import app.rada.audit.LoginFailureReason;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AuditLog audit;

    @BeforeEach
    void someEntries() {
        audit.record(AuditRecord.of(AuditAction.ROLES_CHANGED).by(1L, "older-admin@audit.test")
                .on("person", 7, "target-person@audit.test").detail("board member added").from("192.0.2.7"));
        audit.record(AuditRecord.of(AuditAction.LOGIN_FAILED).by(null, "newest-visitor@audit.test").from("192.0.2.8"));
    }

    @SuppressWarnings("unchecked")
    private Grid<AuditRow> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @Test
    void an_admin_reads_the_log_newest_first_with_translated_actions() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/audit");
        var first = _getFormattedRow(grid(), 0);
        assertThat(first).contains("Login failed", "newest-visitor@audit.test", "192.0.2.8");
        var second = _getFormattedRow(grid(), 1);
        assertThat(second).contains("Roles changed", "older-admin@audit.test", "target-person@audit.test",
                "board member added", "192.0.2.7");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_narrows_the_log_by_action_text_and_dates() {
        loginAs("admin");
        UI.getCurrent().navigate("admin/audit");
        _get(TextField.class, spec -> spec.withId("audit-text")).setValue("TARGET-PERSON");
        assertThat(_size(grid())).isGreaterThanOrEqualTo(1);
        assertThat(_get(grid(), 0).targetLabel()).isEqualTo("target-person@audit.test");
        _get(ComboBox.class, spec -> spec.withId("audit-action")).setValue(AuditAction.LOGIN_FAILED);
        assertThat(_size(grid())).isZero();
        _get(TextField.class, spec -> spec.withId("audit-text")).clear();
        assertThat(_size(grid())).isGreaterThanOrEqualTo(1);
        _get(DatePicker.class, spec -> spec.withId("audit-to")).setValue(LocalDate.now().minusDays(2));
        assertThat(_size(grid())).isZero();
    }

    @Test
    void the_log_shows_dates_in_polish_for_a_polish_reader() {
        loginAs("admin");
        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("admin/audit");
        assertThat(_getFormattedRow(grid(), 0)).contains("Nieudane logowanie");
    }

    @Test
    void refused_logins_show_a_translated_reason_also_for_entries_that_hold_an_exception_name() {
        audit.record(AuditRecord.of(AuditAction.LOGIN_FAILED).by(null, "old-row@audit.test")
                .detail("BadCredentialsException").from("192.0.2.9"));
        audit.record(AuditRecord.of(AuditAction.LOGIN_FAILED).by(null, "new-row@audit.test")
                .detail(LoginFailureReason.ACCOUNT_DISABLED.code()).from("192.0.2.10"));
        loginAs("admin");
        UI.getCurrent().navigate("admin/audit");
        assertThat(_getFormattedRow(grid(), 0)).contains("new-row@audit.test", "Account deactivated")
                .noneMatch(cell -> cell.contains("Exception") || cell.contains("account-disabled"));
        assertThat(_getFormattedRow(grid(), 1)).contains("old-row@audit.test", "Wrong e-mail or password")
                .noneMatch(cell -> cell.contains("Exception"));

        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("admin/audit");
        assertThat(_getFormattedRow(grid(), 0)).contains("Konto wyłączone");
        assertThat(_getFormattedRow(grid(), 1)).contains("Błędny e-mail lub hasło");
    }

    @Test
    void a_customer_cannot_open_the_audit_log() {
        loginAs("customer");
        UI.getCurrent().navigate("admin/audit");
        _get(NoAccessView.class);
    }

    @Test
    void staff_cannot_open_the_audit_log() {
        loginAs("staff");
        UI.getCurrent().navigate("admin/audit");
        _get(NoAccessView.class);
    }
}
