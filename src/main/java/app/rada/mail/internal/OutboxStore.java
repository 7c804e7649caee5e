package app.rada.mail.internal;

import app.rada.mail.MailAttachment;
import app.rada.mail.MailStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery state of the outbox, changed only by conditional updates so that several senders
 * (nodes, or a run that outlived its scheduler lock) never take the same mail. Outside a
 * transaction each statement commits on its own, which keeps row locks to a moment.
 */
@Component
public class OutboxStore {

    static final int ERROR_MAX = 1000;

    /** What asking for another attempt came to. */
    public enum RetryOutcome { QUEUED, ALREADY_SENT, BEING_SENT, NOT_FOUND }

    private final JdbcTemplate jdbc;

    OutboxStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Ids of mail that is due and not held by a sender, oldest due first. */
    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select id from outbox_mail where status = 'PENDING' and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until <= ?) order by next_attempt_at, id limit ?",
                Long.class, at(now), at(now), limit);
    }

    /**
     * Takes a due mail for one sender until {@code until}. The update succeeds for one sender only:
     * it writes the claim only while the mail is still pending, due and unclaimed (or its claim expired).
     */
    Optional<ClaimedMail> claim(long id, String token, Instant now, Instant until) {
        int taken = jdbc.update("update outbox_mail set claim_token = ?, claimed_until = ? where id = ? "
                        + "and status = 'PENDING' and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until <= ?)",
                token, at(until), id, at(now), at(now));
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.query("select id, claim_token, recipient, subject, body_html, body_text, unsubscribe_url, "
                        + "attempts, created_at from outbox_mail where id = ? and claim_token = ?",
                (rs, i) -> new ClaimedMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                        rs.getObject(9, OffsetDateTime.class).toInstant(), attachments(id)), id, token).stream()
                .findFirst();
    }

    /** Stores a file of a mail being written, in the writer's transaction. */
    public void attach(long mailId, int position, MailAttachment file) {
        jdbc.update("insert into mail_attachment (mail_id, position, file_name, content_type, content) "
                + "values (?, ?, ?, ?, ?)", mailId, position, file.fileName(), file.contentType(), file.content());
    }

    /** The files of a mail, in order. */
    public List<MailAttachment> attachments(long mailId) {
        return jdbc.query("select file_name, content_type, content from mail_attachment where mail_id = ? "
                        + "order by position", (rs, i) -> new MailAttachment(rs.getString(1), rs.getString(2),
                        rs.getBytes(3)), mailId);
    }

    /** Records delivery; false when the claim was lost meanwhile (it expired and another sender took the mail). */
    boolean sent(ClaimedMail mail, Instant at) {
        return jdbc.update("update outbox_mail set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                        + "claim_token = null, claimed_until = null where id = ? and claim_token = ?",
                at(at), mail.id(), mail.claimToken()) == 1;
    }

    /** Records a failed attempt: the mail waits until {@code nextAttempt}, or is given up on. */
    boolean failed(ClaimedMail mail, int attempts, boolean giveUp, String error, Instant nextAttempt) {
        var status = giveUp ? MailStatus.FAILED : MailStatus.PENDING;
        return jdbc.update("update outbox_mail set status = ?, attempts = ?, last_error = ?, next_attempt_at = ?, "
                        + "claim_token = null, claimed_until = null where id = ? and claim_token = ?",
                status.name(), attempts, truncate(error), at(nextAttempt), mail.id(), mail.claimToken()) == 1;
    }

    /**
     * Makes a pending or failed mail due at once. Its attempts are kept, so a mail that had already
     * been given up on gets one more attempt before it is given up on again.
     */
    public RetryOutcome retry(long id, Instant now) {
        int changed = jdbc.update("update outbox_mail set status = 'PENDING', next_attempt_at = ? where id = ? "
                + "and status <> 'SENT' and (claimed_until is null or claimed_until <= ?)", at(now), id, at(now));
        if (changed == 1) {
            return RetryOutcome.QUEUED;
        }
        var status = jdbc.queryForList("select status from outbox_mail where id = ?", String.class, id);
        if (status.isEmpty()) {
            return RetryOutcome.NOT_FOUND;
        }
        return MailStatus.SENT.name().equals(status.getFirst()) ? RetryOutcome.ALREADY_SENT : RetryOutcome.BEING_SENT;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String truncate(@Nullable String text) {
        return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }
}
