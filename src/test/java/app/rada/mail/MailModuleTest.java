package app.rada.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.rada.mail.internal.MailDelivery;
import app.rada.shared.Language;
import app.rada.shared.security.SystemActor;
import app.rada.support.TestProfiles;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail module started with the modules it uses (audit and shared) and a real SMTP server: mail
 * written to the outbox by a committed change reaches the recipient, and staff see it as sent. The
 * module hears no event (every module calls {@link MailService} in its own transaction), so there is no
 * {@code Scenario}; the scheduled sender is pushed a day away and the test runs it itself.
 *
 * <p>The security module is left out: it needs the people module, which mail does not use. Who may read
 * the outbox is checked in the whole application by {@code MailOutboxTest}.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "shared")
@ActiveProfiles(resolver = TestProfiles.class)
class MailModuleTest {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("rada.mail.from", () -> "Rada Module <rada@module.example>");
        registry.add("rada.mail.initial-delay", () -> "PT24H");
        registry.add("rada.mail.poll-interval", () -> "PT24H");
    }

    @Autowired
    MailService mail;

    @Autowired
    MailOutbox outbox;

    @Autowired
    MailDelivery delivery;

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

    private static OutgoingMail reminder(String to) {
        return new OutgoingMail(to, Language.EN, "session", "Workshop on Thursday", "See you on Thursday",
                List.of("The workshop on delivery starts at 10:00."), "Open the session",
                "https://rada.example/sessions/7", null);
    }

    private List<OutboxRow> outboxRowsTo(String recipient) {
        return SystemActor.call(() -> outbox.find(new OutboxFilter(null, recipient), 0, 10));
    }

    @Test
    void mail_from_a_committed_change_is_delivered_over_smtp_and_shown_to_staff_as_sent() throws Exception {
        var to = "module-" + UUID.randomUUID() + "@example.com";
        long id = transactions.execute(status -> mail.enqueue(reminder(to)));
        assertThat(outboxRowsTo(to)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.status()).isEqualTo(MailStatus.PENDING);
        });

        assertThat(delivery.deliverDue()).isEqualTo(1);

        var received = receivedBy(to);
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Workshop on Thursday");
            assertThat(message.getFrom()[0].toString()).contains("rada@module.example");
        });
        assertThat(outboxRowsTo(to)).singleElement().satisfies(row -> {
            assertThat(row.status()).isEqualTo(MailStatus.SENT);
            assertThat(row.attempts()).isEqualTo(1);
        });
        assertThat(delivery.deliverDue()).as("nothing is sent twice").isZero();
    }

    @Test
    void mail_from_a_change_that_rolls_back_is_never_sent() {
        var to = "module-" + UUID.randomUUID() + "@example.com";
        transactions.executeWithoutResult(status -> {
            mail.enqueue(reminder(to));
            status.setRollbackOnly();
        });

        assertThat(outboxRowsTo(to)).isEmpty();
        delivery.deliverDue();
        assertThat(receivedBy(to)).isEmpty();
    }

    private List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                        .anyMatch(address -> address.toString().equalsIgnoreCase(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
