package app.rada.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.sessions.SessionTestBase;
import app.rada.shared.Language;
import app.rada.shared.Role;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SessionNoticesTest extends SessionTestBase {

    @Autowired
    NotificationService notifications;

    private List<String> noticesOf(String email, long sessionId, int expected) throws InterruptedException {
        List<String> keys = List.of();
        // listeners run after commit, on another thread
        for (int i = 0; i < 100; i++) {
            keys = jdbc.queryForList("select title_key from notification where person_id = ? and link = ? "
                    + "and kind = 'SESSIONS' order by id", String.class, user(email).personId(), "sessions/" + sessionId);
            if (keys.size() >= expected) {
                break;
            }
            Thread.sleep(100);
        }
        return keys;
    }

    private long mailsOf(String email, String kind) {
        return jdbc.queryForObject("select count(*) from outbox_mail where recipient = ? and kind = ?", Long.class,
                email, kind);
    }

    @Test
    void members_hear_in_the_app_of_their_seat_the_waitlist_a_freed_seat_and_a_cancellation() throws Exception {
        long id = scheduled(draft("Notice check", 1));
        var seated = freshMember(Role.CUSTOMER, Language.EN);
        var waiting = freshMember(Role.CUSTOMER, Language.EN);
        as(seated, () -> registration.register(id));
        as(waiting, () -> registration.register(id));
        // each notice is written after its own commit, on a thread of its own: the freed seat comes later
        assertThat(noticesOf(waiting, id, 1)).containsExactly("notifications.sessions.waitlisted");
        asDo(seated, () -> registration.cancelRegistration(id));
        assertThat(noticesOf(waiting, id, 2)).containsExactly("notifications.sessions.waitlisted",
                "notifications.sessions.seat");
        asDo("staff@rada.demo", () -> scheduling.cancel(id, "Not enough interest."));

        assertThat(noticesOf(waiting, id, 3)).containsExactly("notifications.sessions.waitlisted",
                "notifications.sessions.seat", "notifications.sessions.cancelled");
        assertThat(noticesOf(seated, id, 1)).containsExactly("notifications.sessions.registered");
        // the e-mails went with the calendar entries; the notices add no second e-mail
        assertThat(mailsOf(waiting, "session")).isEqualTo(2);
        assertThat(mailsOf(waiting, "sessions")).isZero();
    }

    @Test
    void reminders_and_messages_follow_each_members_choice_for_design_sessions() throws Exception {
        long id = scheduled(draft("Reminder notice check", 5));
        var byMail = freshMember(Role.CUSTOMER, Language.EN);
        var inAppOnly = freshMember(Role.CUSTOMER, Language.EN);
        as(byMail, () -> registration.register(id));
        as(inAppOnly, () -> registration.register(id));
        asDo(inAppOnly, () -> notifications.choose(user(inAppOnly).personId(), NotificationKind.SESSIONS,
                Channel.IN_APP));
        startsIn(id, Duration.ofMinutes(45), Duration.ofHours(1));
        asDo("admin@rada.demo", () -> reminders.sendReminders());
        asDo("staff@rada.demo", () -> attendance.messageRegistrants(id, "Bring your delivery notes, please."));

        assertThat(noticesOf(byMail, id, 3)).contains("notifications.sessions.reminder", "notifications.sessions.message");
        assertThat(noticesOf(inAppOnly, id, 3)).contains("notifications.sessions.reminder",
                "notifications.sessions.message");
        assertThat(mailsOf(byMail, "sessions")).isEqualTo(2);
        assertThat(mailsOf(inAppOnly, "sessions")).isZero();
        assertThat(jdbc.queryForObject("select body_text from outbox_mail where recipient = ? and kind = 'sessions' "
                + "and subject like 'Message about%'", String.class, byMail)).contains("Bring your delivery notes");
    }
}
