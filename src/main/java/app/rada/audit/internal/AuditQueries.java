package app.rada.audit.internal;

import app.rada.audit.AuditFilter;
import app.rada.audit.AuditRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Read-only page queries over the audit log; conditions are added only for the parts of the filter in use. */
@Component
public class AuditQueries {

    private final EntityManager entityManager;

    AuditQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        var query = build("select e from AuditEntry e", filter, " order by e.occurredAt desc, e.id desc",
                AuditEntry.class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(e -> new AuditRow(e.getId() == null ? 0 : e.getId(), e.getOccurredAt(), e.getAction(),
                        e.getActorLabel(), e.getTargetType(), e.getTargetLabel(), e.getDetail(), e.getClientAddress()))
                .toList();
    }

    public long count(AuditFilter filter) {
        return build("select count(e) from AuditEntry e", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> build(String select, AuditFilter filter, String order, Class<T> type) {
        var conditions = new ArrayList<String>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.action() != null) {
            conditions.add("e.action = :action");
            parameters.put("action", filter.action());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(e.actorLabel) like :text or lower(e.targetLabel) like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.from() != null) {
            conditions.add("e.occurredAt >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.until() != null) {
            conditions.add("e.occurredAt < :until");
            parameters.put("until", filter.until());
        }
        var jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
        var query = entityManager.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
