package app.rada.mail;

import app.rada.mail.internal.OutboxMail;
import app.rada.mail.internal.OutboxRepository;
import app.rada.mail.internal.OutboxStore;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail module's API for sending. Mail is written to the outbox in the caller's transaction: if the
 * change that caused it rolls back, the mail is never sent; if it commits, the mail is kept until
 * delivered, and kept afterwards for staff to read ({@link MailOutbox}).
 *
 * <p>Open to every caller, including visitors who are not logged in (a password reset request
 * sends mail), because it only ever writes to the outbox.
 */
@Service
public class MailService {

    private final OutboxRepository outbox;
    private final OutboxStore store;
    private final Clock clock;

    MailService(OutboxRepository outbox, OutboxStore store, Clock clock) {
        this.outbox = outbox;
        this.store = store;
        this.clock = clock;
    }

    /** Queues a mail, due at once; returns its outbox id. Runs inside the caller's transaction. */
    @Transactional(propagation = Propagation.REQUIRED)
    public long enqueue(OutgoingMail mail) {
        long id = outbox.saveAndFlush(OutboxMail.of(mail, Instant.now(clock))).getId();
        for (int i = 0; i < mail.attachments().size(); i++) {
            store.attach(id, i, mail.attachments().get(i));
        }
        return id;
    }
}
