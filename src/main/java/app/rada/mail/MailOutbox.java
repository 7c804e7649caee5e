package app.rada.mail;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.mail.internal.MailDelivery;
import app.rada.mail.internal.OutboxMail;
import app.rada.mail.internal.OutboxQueries;
import app.rada.mail.internal.OutboxRepository;
import app.rada.mail.internal.OutboxStore;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as staff see it: every mail the portal wrote, newest first, what became of it, and a
 * way to try a mail again. Without a mail server this is where mail is read.
 */
@Service
@Transactional(readOnly = true)
public class MailOutbox {

    /**
     * Kinds of mail that carry a key to an existing account. Their bodies are shown to administrators
     * only, so that staff cannot take over an administrator's account through a reset link.
     */
    static final Set<String> CONFIDENTIAL_KINDS = Set.of("password-reset");

    private final OutboxQueries queries;
    private final OutboxRepository mails;
    private final OutboxStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectProvider<MailDelivery> delivery;

    MailOutbox(OutboxQueries queries, OutboxRepository mails, OutboxStore store, AuditLog audit, Clock clock,
               ObjectProvider<MailDelivery> delivery) {
        this.queries = queries;
        this.mails = mails;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** A page of mail matching the filter, newest first. */
    @PreAuthorize(Access.STAFF)
    public List<OutboxRow> find(OutboxFilter filter, int offset, int limit) {
        return queries.page(filter, offset, limit);
    }

    @PreAuthorize(Access.STAFF)
    public long count(OutboxFilter filter) {
        return queries.count(filter);
    }

    /** Whether a mail server is configured, so that mail in the outbox is actually sent. */
    @PreAuthorize(Access.STAFF)
    public boolean deliveryActive() {
        return delivery.getIfAvailable() != null;
    }

    /**
     * One mail with its bodies. A mail carrying a password reset link is shown in full to
     * administrators only, and their reading it is written to the audit log.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public MailDetails open(long id) {
        var mail = mails.findById(id).orElseThrow(() -> new NoSuchElementException("mail " + id));
        boolean confidential = CONFIDENTIAL_KINDS.contains(mail.getKind());
        var reader = CurrentUser.require();
        boolean withheld = confidential && !reader.has(Role.ADMIN);
        if (confidential && !withheld) {
            audit.record(AuditRecord.of(AuditAction.MAIL_READ).by(reader.personId(), reader.email())
                    .on("mail", id, mail.getRecipient()).detail(mail.getKind()));
        }
        return details(mail, withheld);
    }

    /**
     * Makes a pending or failed mail due at once; the sender takes it on its next run. A mail that
     * had been given up on gets one more attempt. Written to the audit log.
     */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void retryNow(long id) {
        var outcome = store.retry(id, Instant.now(clock));
        switch (outcome) {
            case QUEUED -> {
                var actor = CurrentUser.require();
                var recipient = mails.findById(id).map(OutboxMail::getRecipient).orElse(null);
                audit.record(AuditRecord.of(AuditAction.MAIL_RETRIED).by(actor.personId(), actor.email())
                        .on("mail", id, recipient));
            }
            case ALREADY_SENT -> throw new Problem("outbox.problem.sent");
            case BEING_SENT -> throw new Problem("outbox.problem.busy");
            case NOT_FOUND -> throw new NoSuchElementException("mail " + id);
        }
    }

    private static MailDetails details(OutboxMail mail, boolean withheld) {
        return new MailDetails(Objects.requireNonNull(mail.getId()), mail.getRecipient(), mail.getLanguage(),
                mail.getKind(), mail.getSubject(), mail.getStatus(), mail.getAttempts(), mail.getCreatedAt(),
                mail.getNextAttemptAt(), mail.getSentAt(), mail.getLastError(), withheld ? null : mail.getBodyHtml(),
                withheld ? null : mail.getBodyText(), withheld);
    }
}
