package app.rada.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.mail.MailAttachment;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.shared.Language;
import app.rada.support.TestProfiles;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * Delivery against a real SMTP server (GreenMail) on a port of its own. The scheduled run is pushed
 * a day away, so each test runs the sender itself, the way the job would.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
class MailDeliveryTest {

    private static final int PORT = freePort();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
        registry.add("rada.mail.from", () -> "Rada Test <rada@test.example>");
        registry.add("rada.mail.initial-delay", () -> "PT24H");
        registry.add("rada.mail.poll-interval", () -> "PT24H");
    }

    @Autowired
    MailService mail;

    @Autowired
    MailDelivery delivery;

    @Autowired
    OutboxStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    private GreenMail smtp;

    @BeforeEach
    void startMailServer() {
        smtp = startedServer();
        // the demo programme's own mail goes out first, so that each test's batch holds its own mail
        while (delivery.deliverDue() > 0) {
            // next batch
        }
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void mail_queued_in_a_committed_transaction_is_delivered_with_html_and_text_parts() throws Exception {
        var to = unique("committed");
        long id = transactions.execute(status -> mail.enqueue(invitation(to, "https://rada.example/unsubscribe/abc")));

        assertThat(delivery.deliverDue()).isGreaterThanOrEqualTo(1);

        var received = receivedBy(to);
        assertThat(received).hasSize(1);
        var message = received.getFirst();
        assertThat(message.getSubject()).isEqualTo("You are invited – Zaproszenie");
        assertThat(message.getFrom()[0].toString()).contains("rada@test.example");
        assertThat(message.getHeader("List-Unsubscribe")).containsExactly("<https://rada.example/unsubscribe/abc>");
        assertThat(message.getContentType()).startsWith("multipart/alternative");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(part(parts, "text/plain")).contains("Welcome, Łucja", "Accept: https://rada.example/invitation/t1");
        assertThat(part(parts, "text/html")).contains("<h1", "Welcome, Łucja", "href=\"https://rada.example/invitation/t1\"");

        var row = jdbc.queryForMap("select status, attempts, sent_at, claim_token, claimed_until from outbox_mail "
                + "where id = ?", id);
        assertThat(row.get("status")).isEqualTo("SENT");
        assertThat(row.get("attempts")).isEqualTo(1);
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(row.get("claim_token")).isNull();
        assertThat(row.get("claimed_until")).isNull();
    }

    @Test
    void a_calendar_entry_attached_to_a_mail_arrives_as_its_own_part_beside_the_readable_mail() throws Exception {
        var to = unique("calendar");
        var ics = "BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:session-7@rada\r\nSUMMARY:Warsztat – dostawa\r\n"
                + "END:VEVENT\r\nEND:VCALENDAR\r\n";
        transactions.executeWithoutResult(status -> mail.enqueue(invitation(to, null).withAttachments(List.of(
                new MailAttachment("session-7.ics", "text/calendar; charset=UTF-8; method=REQUEST",
                        ics.getBytes(StandardCharsets.UTF_8))))));

        delivery.deliverDue();

        var message = receivedBy(to).getFirst();
        assertThat(message.getContentType()).startsWith("multipart/mixed");
        var parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        var readable = (MimeMultipart) parts.getBodyPart(0).getContent();
        assertThat(part(readable, "text/plain")).contains("Welcome, Łucja");
        var file = parts.getBodyPart(1);
        assertThat(file.getFileName()).isEqualTo("session-7.ics");
        assertThat(file.getDisposition()).isEqualToIgnoringCase(Part.ATTACHMENT);
        assertThat(file.getContentType()).startsWith("text/calendar").contains("method=REQUEST");
        try (var in = file.getInputStream()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo(ics);
        }
    }

    @Test
    void mail_without_an_unsubscribe_link_has_no_list_unsubscribe_header() throws Exception {
        var to = unique("no-unsubscribe");
        transactions.executeWithoutResult(status -> mail.enqueue(invitation(to, null)));
        delivery.deliverDue();
        assertThat(receivedBy(to)).singleElement()
                .satisfies(m -> assertThat(m.getHeader("List-Unsubscribe")).isNull());
    }

    @Test
    void mail_queued_in_a_rolled_back_transaction_is_never_sent() {
        var rolledBack = unique("rolled-back");
        var committed = unique("committed-alongside");
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            mail.enqueue(invitation(rolledBack, null));
            throw new IllegalStateException("the change that caused the mail failed");
        })).isInstanceOf(IllegalStateException.class);
        transactions.executeWithoutResult(status -> mail.enqueue(invitation(committed, null)));

        delivery.deliverDue();

        assertThat(receivedBy(committed)).hasSize(1);
        assertThat(receivedBy(rolledBack)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from outbox_mail where recipient = ?", Integer.class,
                rolledBack)).isZero();
    }

    @Test
    void while_the_server_is_down_a_failure_and_the_next_attempt_are_recorded_and_once_it_is_back_the_mail_goes_out_once() {
        var to = unique("server-down");
        long id = transactions.execute(status -> mail.enqueue(invitation(to, null)));
        smtp.stop();

        var before = Instant.now();
        assertThat(delivery.deliverDue()).isZero();
        var failed = jdbc.queryForMap("select status, attempts, last_error, next_attempt_at from outbox_mail "
                + "where id = ?", id);
        assertThat(failed.get("status")).isEqualTo("PENDING");
        assertThat(failed.get("attempts")).isEqualTo(1);
        assertThat((String) failed.get("last_error")).isNotBlank();
        assertThat(nextAttempt(id)).isBetween(before.plus(Duration.ofSeconds(55)),
                Instant.now().plus(Duration.ofSeconds(65)));

        // before the next attempt is due, nothing is tried, even with the server back
        smtp = startedServer();
        delivery.deliverDue();
        assertThat(receivedBy(to)).isEmpty();
        assertThat(jdbc.queryForObject("select attempts from outbox_mail where id = ?", Integer.class, id)).isEqualTo(1);

        makeDue(id);
        delivery.deliverDue();
        delivery.deliverDue();
        makeDue(id);
        delivery.deliverDue();

        assertThat(receivedBy(to)).hasSize(1);
        assertThat(jdbc.queryForMap("select status, attempts from outbox_mail where id = ?", id))
                .containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void the_wait_between_attempts_doubles_and_after_the_last_attempt_the_mail_fails_until_it_is_retried()
            throws Exception {
        var to = unique("given-up");
        long id = transactions.execute(status -> mail.enqueue(invitation(to, null)));
        smtp.stop();

        var waits = new ArrayList<Long>();
        for (int attempt = 1; attempt <= 10; attempt++) {
            var before = Instant.now();
            delivery.deliverDue();
            waits.add(Duration.between(before, nextAttempt(id)).plusSeconds(5).toMinutes());
            makeDue(id);
        }
        assertThat(waits.subList(0, 7)).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L);
        assertThat(jdbc.queryForMap("select status, attempts from outbox_mail where id = ?", id))
                .containsEntry("status", "FAILED").containsEntry("attempts", 10);

        smtp = startedServer();
        delivery.deliverDue();
        assertThat(receivedBy(to)).as("a failed mail is not tried by itself").isEmpty();

        assertThat(store.retry(id, Instant.now())).isEqualTo(OutboxStore.RetryOutcome.QUEUED);
        delivery.deliverDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, id))
                .isEqualTo("SENT");
    }

    @Test
    void a_malformed_address_fails_at_once_instead_of_being_tried_for_hours() {
        long id = transactions.execute(status -> mail.enqueue(invitation("not an address", null)));
        delivery.deliverDue();
        assertThat(jdbc.queryForMap("select status, attempts from outbox_mail where id = ?", id))
                .containsEntry("status", "FAILED").containsEntry("attempts", 1);
    }

    @Test
    void two_senders_running_at_the_same_time_deliver_each_mail_once() throws Exception {
        var recipients = new ArrayList<String>();
        for (int i = 0; i < 12; i++) {
            recipients.add(unique("race" + i));
        }
        transactions.executeWithoutResult(status -> recipients.forEach(to -> mail.enqueue(invitation(to, null))));

        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = CompletableFuture.supplyAsync(() -> awaitThenDeliver(start), pool);
            var second = CompletableFuture.supplyAsync(() -> awaitThenDeliver(start), pool);
            start.countDown();
            first.get(60, TimeUnit.SECONDS);
            second.get(60, TimeUnit.SECONDS);
        }

        for (var to : recipients) {
            assertThat(receivedBy(to)).as("mail to %s", to).hasSize(1);
        }
        assertThat(jdbc.queryForList("select status from outbox_mail where recipient like 'race%' and status <> 'SENT'",
                String.class)).isEmpty();
    }

    @Test
    void a_mail_claimed_by_another_sender_is_left_alone_until_the_claim_expires() {
        var to = unique("claimed");
        long id = transactions.execute(status -> mail.enqueue(invitation(to, null)));
        jdbc.update("update outbox_mail set claim_token = 'sender-that-crashed', claimed_until = ? where id = ?",
                OffsetDateTime.now().plusMinutes(5), id);

        delivery.deliverDue();
        assertThat(receivedBy(to)).isEmpty();

        jdbc.update("update outbox_mail set claimed_until = ? where id = ?", OffsetDateTime.now().minusSeconds(1), id);
        delivery.deliverDue();
        assertThat(receivedBy(to)).hasSize(1);
        assertThat(jdbc.queryForObject("select status from outbox_mail where id = ?", String.class, id))
                .isEqualTo("SENT");
    }

    private int awaitThenDeliver(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return delivery.deliverDue();
    }

    private static OutgoingMail invitation(String to, String unsubscribeUrl) {
        return new OutgoingMail(to, Language.EN, "invitation", "You are invited – Zaproszenie", "Welcome, Łucja",
                List.of("The council meets on Thursday."), "Accept", "https://rada.example/invitation/t1",
                unsubscribeUrl);
    }

    private List<MimeMessage> receivedBy(String recipient) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String part(MimeMultipart parts, String type) throws MessagingException, IOException {
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (part.isMimeType(type)) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private Instant nextAttempt(long id) {
        return jdbc.queryForObject("select next_attempt_at from outbox_mail where id = ?", OffsetDateTime.class, id)
                .toInstant();
    }

    private void makeDue(long id) {
        jdbc.update("update outbox_mail set next_attempt_at = ? where id = ?", OffsetDateTime.now().minusSeconds(1), id);
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "@example.com";
    }

    private static GreenMail startedServer() {
        var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
