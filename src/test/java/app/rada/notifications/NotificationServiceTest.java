package app.rada.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.people.MembershipChange;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.Role;
import app.rada.shared.security.SystemActor;
import app.rada.support.KaribuTest;
import app.rada.support.Outbox;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class NotificationServiceTest extends KaribuTest {

    @Autowired
    NotificationService notifications;

    @Autowired
    PeopleService people;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    JdbcTemplate jdbc;

    private long id(String email) {
        return people.findLoginAccount(email).orElseThrow().personId();
    }

    @Test
    void an_account_notice_shows_in_the_app_and_goes_out_by_e_mail_with_an_unsubscribe_link() {
        long board = id("board@rada.demo");
        int mailsBefore = Outbox.to(jdbc, "board@rada.demo").size();
        SystemActor.run(() -> notifications.notify(board, NotificationKind.ACCOUNT,
                "notifications.account.roles-changed", null, List.of(), "me"));
        loginAs("board");
        assertThat(notifications.page(board, 0, 10)).first()
                .satisfies(n -> assertThat(n.titleKey()).isEqualTo("notifications.account.roles-changed"));
        var mail = Outbox.last(jdbc, "board@rada.demo");
        assertThat(Outbox.to(jdbc, "board@rada.demo")).hasSize(mailsBefore + 1);
        assertThat(mail.subject()).isEqualTo("Your roles in Rada changed");
        assertThat(mail.text()).contains("/unsubscribe/" + board + ".ACCOUNT.");
    }

    @Test
    void a_kind_set_to_in_app_only_sends_no_e_mail() {
        var user = loginAsEmail(freshMember(Role.CUSTOMER, Language.EN));
        notifications.choose(user.personId(), NotificationKind.MENTIONS, Channel.IN_APP);
        int mailsBefore = Outbox.to(jdbc, user.email()).size();
        long unreadBefore = notifications.unreadCount(user.personId());
        SystemActor.run(() -> notifications.notify(user.personId(), NotificationKind.MENTIONS,
                "notifications.welcome", null, List.of(), null));
        assertThat(notifications.unreadCount(user.personId())).isEqualTo(unreadBefore + 1);
        assertThat(Outbox.to(jdbc, user.email())).hasSize(mailsBefore);
    }

    @Test
    void nobody_reads_or_marks_someone_elses_notifications() {
        long board = id("board@rada.demo");
        long notice = SystemActor.call(() -> notifications.notify(board, NotificationKind.ACCOUNT,
                "notifications.welcome", null, List.of(), null));
        loginAs("customer");
        assertThatThrownBy(() -> notifications.page(board, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markRead(notice)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markAllRead(board)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.notify(board, NotificationKind.ACCOUNT, "x", null, List.of(), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_signed_unsubscribe_link_turns_that_kind_of_e_mail_off_and_a_tampered_one_does_nothing() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        long customer = id(email);
        var token = tokens.token(customer, NotificationKind.BALLOTS);
        assertThat(notifications.unsubscribe(token.replace("BALLOTS", "REWARDS"))).isEmpty();
        assertThat(notifications.unsubscribe(token)).hasValueSatisfying(s -> {
            assertThat(s.personId()).isEqualTo(customer);
            assertThat(s.kind()).isEqualTo(NotificationKind.BALLOTS);
        });
        loginAsEmail(email);
        assertThat(notifications.preferences(customer).get(NotificationKind.BALLOTS)).isEqualTo(Channel.IN_APP);
        assertThat(notifications.preferences(customer).get(NotificationKind.REWARDS))
                .isEqualTo(NotificationKind.REWARDS.byDefault());
    }

    @Test
    void the_daily_digest_gathers_unread_digest_kinds_into_one_e_mail_and_never_repeats_them() {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        long customer = id(email);
        SystemActor.run(() -> {
            notifications.notify(customer, NotificationKind.REWARDS, "notifications.welcome", null, List.of(), null);
            notifications.notify(customer, NotificationKind.IDEAS_I_FOLLOW, "notifications.account.invitation-accepted",
                    null, List.of(), null);
        });
        int before = Outbox.to(jdbc, email).size();
        int sent = SystemActor.call(notifications::sendDigests);
        assertThat(sent).isGreaterThanOrEqualTo(1);
        var digest = Outbox.last(jdbc, email);
        assertThat(Outbox.to(jdbc, email)).hasSize(before + 1);
        assertThat(digest.kind()).isEqualTo("digest");
        assertThat(digest.subject()).isEqualTo("2 new notifications in Rada");
        assertThat(digest.text()).contains("Welcome to Rada", "An invitation you sent was accepted");

        SystemActor.call(notifications::sendDigests);
        assertThat(Outbox.to(jdbc, email)).hasSize(before + 1);
    }

    @Test
    void a_person_hears_when_an_admin_changes_their_roles() throws InterruptedException {
        var email = freshMember(Role.CUSTOMER, Language.EN);
        loginAs("admin");
        long customer = id(email);
        var details = people.details(customer);
        people.changeMembership(customer, new MembershipChange(EnumSet.of(Role.CUSTOMER, Role.STAFF),
                details.organisationId(), null, null));
        loginAsEmail(email);
        for (int i = 0; i < 100 && notifications.page(customer, 0, 50).stream()
                .noneMatch(n -> n.titleKey().equals("notifications.account.roles-changed")); i++) {
            Thread.sleep(100);
        }
        assertThat(notifications.page(customer, 0, 50))
                .anySatisfy(n -> assertThat(n.titleKey()).isEqualTo("notifications.account.roles-changed"));
    }
}
