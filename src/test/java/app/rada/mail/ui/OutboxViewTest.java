package app.rada.mail.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.rada.mail.MailService;
import app.rada.mail.MailStatus;
import app.rada.mail.OutboxRow;
import app.rada.mail.OutgoingMail;
import app.rada.shared.Language;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.NoAccessView;
import app.rada.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class OutboxViewTest extends KaribuTest {

    @Autowired
    MailService mail;

    @Autowired
    JdbcTemplate jdbc;

    private String older;
    private String newer;
    private String newerSubject;
    private long newerId;

    @BeforeEach
    void twoMails() {
        var tag = System.nanoTime();
        older = "older-" + tag + "@outbox.test";
        newer = "newer-" + tag + "@outbox.test";
        newerSubject = "Newer digest <b>bold</b> " + tag;
        mail.enqueue(new OutgoingMail(older, Language.EN, "invitation", "Older invitation " + tag, "Hello older",
                List.of("First paragraph."), "Accept", "https://rada.example/invitation/old", null));
        newerId = mail.enqueue(new OutgoingMail(newer, Language.EN, "digest", newerSubject,
                "Your day in Rada", List.of("Three ideas moved."), "Open Rada", "https://rada.example/notifications",
                "https://rada.example/unsubscribe/xyz"));
    }

    /** A row as the user reads it, components included. */
    private String row(int index) {
        return String.join(" | ", _getFormattedRow(grid(), index));
    }

    @SuppressWarnings("unchecked")
    private Grid<OutboxRow> grid() {
        return _get(Grid.class, spec -> spec.withId("outbox-grid"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "admin"})
    void staff_and_admins_read_the_outbox_newest_first_and_open_a_mail(String role) {
        loginAs(role);
        UI.getCurrent().navigate("admin/outbox");

        assertThat(row(0)).contains(newer, newerSubject, "Daily digest", "Waiting");
        assertThat(row(1)).contains(older, "Older invitation", "Invitation", "Waiting");
        assertThat(_get(grid(), 0).status()).isEqualTo(MailStatus.PENDING);

        _clickItem(grid(), 0);

        var frame = _get(IFrame.class, spec -> spec.withId("outbox-mail-html"));
        assertThat(frame.getElement().getAttribute("sandbox")).isEmpty();
        assertThat(frame.getElement().getAttribute("title")).isEqualTo("The mail as its recipient sees it");
        assertThat(frame.getSrcdoc()).hasValueSatisfying(html -> assertThat(html)
                .contains("Your day in Rada", "Newer digest &lt;b&gt;bold&lt;/b&gt;", "https://rada.example/unsubscribe/xyz")
                .doesNotContain("<b>bold"));
        assertThat(_get(Pre.class, spec -> spec.withId("outbox-mail-text")).getText())
                .contains("Your day in Rada", "Three ideas moved.", "Open Rada: https://rada.example/notifications");
        assertThat(_get(OutboxMailDialog.class).getHeaderTitle()).isEqualTo(newerSubject);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staff_narrow_the_outbox_by_recipient_subject_and_status() {
        loginAs("staff");
        UI.getCurrent().navigate("admin/outbox");
        _get(TextField.class, spec -> spec.withId("outbox-search")).setValue(older.toUpperCase(Locale.ROOT));
        assertThat(_size(grid())).isEqualTo(1);
        assertThat(_get(grid(), 0).recipient()).isEqualTo(older);

        _get(TextField.class, spec -> spec.withId("outbox-search")).setValue(newerSubject.substring(6));
        assertThat(_size(grid())).isEqualTo(1);

        _get(Select.class, spec -> spec.withId("outbox-status")).setValue(MailStatus.SENT);
        assertThat(_size(grid())).isZero();
        _get(Select.class, spec -> spec.withId("outbox-status")).setValue(MailStatus.PENDING);
        assertThat(_size(grid())).isEqualTo(1);
    }

    @Test
    void without_a_mail_server_the_page_says_that_mail_waits_here() {
        loginAs("staff");
        UI.getCurrent().navigate("admin/outbox");
        assertThat(_get(Paragraph.class, spec -> spec.withId("outbox-delivery-off")).isVisible()).isTrue();
    }

    @Test
    void staff_retry_a_failed_mail_and_the_retry_is_in_the_audit_log() {
        jdbc.update("update outbox_mail set status = 'FAILED', attempts = 10, last_error = 'Connection refused' "
                + "where id = ?", newerId);
        var staff = loginAs("staff");
        UI.getCurrent().navigate("admin/outbox");
        _get(Select.class, spec -> spec.withId("outbox-status")).setValue(MailStatus.FAILED);
        _get(TextField.class, spec -> spec.withId("outbox-search")).setValue(newer);
        assertThat(row(0)).contains("Failed", "| 10 |");

        _clickItem(grid(), 0);
        assertThat(_get(OutboxMailDialog.class).getElement().getTextRecursively()).contains("Connection refused");
        _click(_get(Button.class, spec -> spec.withId("outbox-retry")));

        assertThat(jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, newerId))
                .isEqualTo("PENDING");
        assertThat(_size(grid())).as("no longer failed").isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'MAIL_RETRIED' "
                + "and actor_id = ? and target_id = ?", Integer.class, staff.personId(), String.valueOf(newerId)))
                .isEqualTo(1);
    }

    @Test
    void a_sent_mail_offers_no_retry() {
        jdbc.update("update outbox_mail set status = 'SENT', attempts = 1, sent_at = created_at where id = ?", newerId);
        loginAs("staff");
        UI.getCurrent().navigate("admin/outbox");
        _get(TextField.class, spec -> spec.withId("outbox-search")).setValue(newer);
        _clickItem(grid(), 0);
        _get(OutboxMailDialog.class);
        _assertNone(Button.class, spec -> spec.withId("outbox-retry"));
    }

    @Test
    void the_outbox_speaks_polish_to_a_polish_reader() {
        loginAs("staff");
        UI.getCurrent().setLocale(Locale.of("pl"));
        UI.getCurrent().navigate("admin/outbox");
        var written = jdbc.queryForObject("select created_at from outbox_mail where id = ?",
                OffsetDateTime.class, newerId).toInstant();
        assertThat(row(0)).contains("Czeka", "Codzienne podsumowanie",
                Formats.dateTime(written, Locale.of("pl"), ZoneId.systemDefault()));
    }

    @Test
    void a_customer_cannot_open_the_outbox() {
        loginAs("customer");
        UI.getCurrent().navigate("admin/outbox");
        _get(NoAccessView.class);
        _assertNone(OutboxView.class);
    }

    @Test
    void a_board_member_cannot_open_the_outbox() {
        loginAs("board");
        UI.getCurrent().navigate("admin/outbox");
        _get(NoAccessView.class);
        _assertNone(OutboxView.class);
    }
}
