package app.rada.audit.internal;

import org.springframework.data.repository.Repository;

/** Insert and read only: the audit log offers no way to change or remove an entry. */
public interface AuditRepository extends Repository<AuditEntry, Long> {

    AuditEntry save(AuditEntry entry);

    long count();
}
