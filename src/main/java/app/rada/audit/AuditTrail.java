package app.rada.audit;

import app.rada.audit.internal.AuditQueries;
import app.rada.shared.security.Access;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log, for admins only. There is nothing here, or anywhere, to change an entry. */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    private final AuditQueries queries;

    AuditTrail(AuditQueries queries) {
        this.queries = queries;
    }

    /** A page of entries matching the filter, newest first. */
    @PreAuthorize(Access.ADMIN)
    public List<AuditRow> find(AuditFilter filter, int offset, int limit) {
        return queries.page(filter, offset, limit);
    }

    @PreAuthorize(Access.ADMIN)
    public long count(AuditFilter filter) {
        return queries.count(filter);
    }
}
