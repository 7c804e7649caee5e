package app.rada.mail.internal;

import app.rada.mail.MailStatus;
import app.rada.mail.OutboxFilter;
import app.rada.mail.OutboxRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Page queries over the outbox for staff. A page never loads the bodies; conditions only for the filter parts in use. */
@Component
public class OutboxQueries {

    private final EntityManager entityManager;

    OutboxQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<OutboxRow> page(OutboxFilter filter, int offset, int limit) {
        var query = build("select m.id, m.createdAt, m.recipient, m.subject, m.kind, m.status, m.attempts "
                + "from OutboxMail m", filter, " order by m.createdAt desc, m.id desc", Object[].class);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(r -> new OutboxRow((Long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (MailStatus) r[5], (Integer) r[6]))
                .toList();
    }

    public long count(OutboxFilter filter) {
        return build("select count(m) from OutboxMail m", filter, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> build(String select, OutboxFilter filter, String order, Class<T> type) {
        var conditions = new ArrayList<String>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.status() != null) {
            conditions.add("m.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(m.recipient) like :text or lower(m.subject) like :text)");
            parameters.put("text", "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        var jpql = select + (conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions)) + order;
        var query = entityManager.createQuery(jpql, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
