package app.rada.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.mail.MailDetails;
import app.rada.mail.MailOutbox;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.people.PeopleService;
import app.rada.shared.Language;
import app.rada.shared.security.SystemActor;
import app.rada.support.TestProfiles;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox keeps no working secret link once it is no longer needed: an invitation or password reset
 * loses its link when delivered or expired, and delivered mail goes after the retention period. Each
 * test reads the outbox row as someone with the database would, every column of it.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
class SecretLinkTest {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("rada.mail.initial-delay", () -> "PT24H");
        registry.add("rada.mail.poll-interval", () -> "PT24H");
        registry.add("rada.mail.housekeeping-interval", () -> "PT24H");
    }

    @Autowired
    MailService mail;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

    @Autowired
    OutboxHousekeeping housekeeping;

    @Autowired
    PeopleService people;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    private static String token() {
        return HexFormat.of().formatHex(randomBytes());
    }

    private static byte[] randomBytes() {
        var bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private long enqueue(String kind, String to, String link, Instant expiresAt) {
        return Objects.requireNonNull(transactions.execute(status -> mail.enqueue(new OutgoingMail(to, Language.EN,
                kind, "Your link", "Hello", List.of("Use the link below."), "Open", link, null)
                .withSecretLink(expiresAt))));
    }

    /** Every column of the outbox row, as one text. */
    private String row(long id) {
        return jdbc.queryForMap("select * from outbox_mail where id = ?", id).values().stream()
                .map(String::valueOf).reduce("", (a, b) -> a + "\n" + b);
    }

    private String receivedText(String recipient) throws MessagingException, IOException {
        var message = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow();
        var parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).isMimeType("text/plain")) {
                return parts.getBodyPart(i).getContent().toString();
            }
        }
        throw new AssertionError("no text part");
    }

    @Test
    void a_delivered_password_reset_link_is_cut_out_of_the_outbox_but_reached_the_recipient() throws Exception {
        var token = token();
        var link = "https://rada.example/password-reset/" + token;
        var to = "reset-" + System.nanoTime() + "@example.com";
        long id = enqueue("password-reset", to, link, Instant.now().plus(Duration.ofHours(1)));
        // until it is delivered, the link is there to be passed on
        assertThat(row(id)).contains(token);

        while (delivery.deliverDue() > 0) {
            // every due mail, this one among them
        }

        assertThat(receivedText(to)).contains(link);
        assertThat(row(id)).doesNotContain(token).contains("SENT");
        var admin = people.findLoginAccount("admin@rada.demo").orElseThrow().asUser();
        MailDetails details = SystemActor.callAs(admin, () -> outbox.open(id));
        assertThat(details.bodyHtml()).doesNotContain(token).contains("link removed from the outbox copy");
        assertThat(details.bodyText()).doesNotContain(token).contains("link removed from the outbox copy");
    }

    @Test
    void an_invitation_link_is_cut_out_of_the_outbox_at_delivery_even_when_its_writer_gave_no_expiry() {
        var token = token();
        var to = "invited-" + System.nanoTime() + "@example.com";
        long id = Objects.requireNonNull(transactions.execute(status -> mail.enqueue(new OutgoingMail(to, Language.PL,
                "invitation", "Zaproszenie", "Witaj", List.of("Kliknij link."), "Dołącz",
                "https://rada.example/invitation/" + token, null))));
        while (delivery.deliverDue() > 0) {
            // every due mail
        }
        assertThat(row(id)).doesNotContain(token).contains("link usunięty z kopii w skrzynce nadawczej");
    }

    @Test
    void an_expired_link_is_cut_out_even_if_the_mail_was_never_delivered_and_a_valid_one_stays() {
        var expiredToken = token();
        var validToken = token();
        long expired = enqueue("invitation", "late-" + System.nanoTime() + "@example.com",
                "https://rada.example/invitation/" + expiredToken, Instant.now().minus(Duration.ofMinutes(1)));
        long valid = enqueue("invitation", "waiting-" + System.nanoTime() + "@example.com",
                "https://rada.example/invitation/" + validToken, Instant.now().plus(Duration.ofDays(14)));

        housekeeping.tidy();

        assertThat(row(expired)).doesNotContain(expiredToken).contains("FAILED");
        assertThat(row(valid)).contains(validToken).contains("PENDING");
    }

    @Test
    void delivered_mail_is_deleted_after_the_retention_period_and_recent_or_undelivered_mail_is_kept() {
        var old = Timestamp.from(Instant.now().minus(Duration.ofDays(91)));
        var recent = Timestamp.from(Instant.now().minus(Duration.ofDays(89)));
        long oldSent = enqueue("password-reset", "old-sent@example.com", "https://rada.example/r/" + token(),
                Instant.now());
        long recentSent = enqueue("password-reset", "recent-sent@example.com", "https://rada.example/r/" + token(),
                Instant.now());
        long oldPending = enqueue("password-reset", "old-pending@example.com", "https://rada.example/r/" + token(),
                Instant.now());
        long oldFailed = enqueue("password-reset", "old-failed@example.com", "https://rada.example/r/" + token(),
                Instant.now());
        jdbc.update("update outbox_mail set status = 'SENT', sent_at = ?, created_at = ? where id = ?", old, old, oldSent);
        jdbc.update("update outbox_mail set status = 'SENT', sent_at = ?, created_at = ? where id = ?", recent, old,
                recentSent);
        jdbc.update("update outbox_mail set created_at = ?, next_attempt_at = ? where id = ?", old,
                Timestamp.from(Instant.now().plus(Duration.ofDays(1))), oldPending);
        jdbc.update("update outbox_mail set status = 'FAILED', created_at = ? where id = ?", old, oldFailed);

        housekeeping.deleteDelivered();

        assertThat(jdbc.queryForList("select id from outbox_mail where id in (?, ?, ?, ?)", Long.class, oldSent,
                recentSent, oldPending, oldFailed)).containsExactlyInAnyOrder(recentSent, oldPending, oldFailed);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
