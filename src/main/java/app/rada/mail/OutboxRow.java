package app.rada.mail;

import java.time.Instant;

/** One mail in the outbox list: what and to whom, and how its delivery stands. No bodies. */
public record OutboxRow(long id, Instant createdAt, String recipient, String subject, String kind, MailStatus status,
                        int attempts) {
}
