package app.rada.audit;

import app.rada.audit.internal.AuditEntry;
import app.rada.audit.internal.AuditRepository;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the audit log. Entries are written in the caller's transaction, so a change and its entry
 * are kept or lost together. Nothing in the application updates or deletes an entry.
 */
@Service
public class AuditLog {

    private final AuditRepository entries;
    private final Clock clock;

    AuditLog(AuditRepository entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditRecord record) {
        entries.save(AuditEntry.of(record, Instant.now(clock)));
    }
}
