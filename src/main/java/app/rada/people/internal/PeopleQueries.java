package app.rada.people.internal;

import app.rada.people.PeopleFilter;
import app.rada.people.OrganisationRow;
import app.rada.people.PersonRow;
import app.rada.shared.Role;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Page queries over people, with filters. Roles of a page are loaded in one query, never one per row.
 */
@Component
public class PeopleQueries {

    private final EntityManager entityManager;

    PeopleQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<PersonRow> page(PeopleFilter filter, int offset, int limit, Sort sort) {
        var params = new HashMap<String, Object>();
        var jpql = "select p.id, p.name, p.email, o.name, s.code, p.active, p.createdAt from Person p "
                + "left join Organisation o on o.id = p.organisationId "
                + "left join Segment s on s.id = o.segmentId "
                + where(filter, params) + orderBy(sort);
        var query = entityManager.createQuery(jpql, Tuple.class).setFirstResult(offset).setMaxResults(limit);
        params.forEach(query::setParameter);
        var tuples = query.getResultList();
        if (tuples.isEmpty()) {
            return List.of();
        }
        var ids = tuples.stream().map(t -> t.get(0, Long.class)).toList();
        var roles = rolesOf(ids);
        var rows = new ArrayList<PersonRow>(tuples.size());
        for (var t : tuples) {
            long id = t.get(0, Long.class);
            rows.add(new PersonRow(id, t.get(1, String.class), t.get(2, String.class), t.get(3, String.class),
                    t.get(4, String.class), roles.getOrDefault(id, Set.of()), t.get(5, Boolean.class),
                    t.get(6, Instant.class)));
        }
        return rows;
    }

    public long count(PeopleFilter filter) {
        var params = new HashMap<String, Object>();
        var jpql = "select count(p) from Person p left join Organisation o on o.id = p.organisationId "
                + where(filter, params);
        var query = entityManager.createQuery(jpql, Long.class);
        params.forEach(query::setParameter);
        return query.getSingleResult();
    }

    public List<OrganisationRow> organisations(@Nullable String text, int offset, int limit) {
        var query = entityManager.createQuery("select o.id, o.name, o.segmentId, o.notes, o.active, "
                        + "(select count(p) from Person p where p.organisationId = o.id) from Organisation o"
                        + (blank(text) ? "" : " where lower(o.name) like :text") + " order by o.name, o.id", Tuple.class)
                .setFirstResult(offset).setMaxResults(limit);
        if (!blank(text)) {
            query.setParameter("text", like(text));
        }
        return query.getResultList().stream().map(t -> new OrganisationRow(t.get(0, Long.class), t.get(1, String.class),
                t.get(2, Long.class), t.get(3, String.class), t.get(4, Boolean.class), t.get(5, Long.class))).toList();
    }

    public long countOrganisations(@Nullable String text) {
        var query = entityManager.createQuery("select count(o) from Organisation o"
                + (blank(text) ? "" : " where lower(o.name) like :text"), Long.class);
        if (!blank(text)) {
            query.setParameter("text", like(text));
        }
        return query.getSingleResult();
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String like(String text) {
        return "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Map<Long, Set<Role>> rolesOf(List<Long> ids) {
        var result = new HashMap<Long, Set<Role>>();
        entityManager.createQuery("select p.id, r from Person p join p.roles r where p.id in :ids", Tuple.class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(t -> result.computeIfAbsent(t.get(0, Long.class), k -> EnumSet.noneOf(Role.class))
                        .add(t.get(1, Role.class)));
        return result;
    }

    private static String where(PeopleFilter filter, Map<String, Object> params) {
        var conditions = new ArrayList<String>();
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(p.name) like :text or p.email like :text)");
            params.put("text", like(filter.text()));
        }
        if (filter.role() != null) {
            conditions.add(":role member of p.roles");
            params.put("role", filter.role());
        }
        if (filter.organisationId() != null) {
            conditions.add("p.organisationId = :organisation");
            params.put("organisation", filter.organisationId());
        }
        if (filter.segmentId() != null) {
            conditions.add("o.segmentId = :segment");
            params.put("segment", filter.segmentId());
        }
        if (filter.active() != null) {
            conditions.add("p.active = :active");
            params.put("active", filter.active());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static final Map<String, String> SORTABLE = new LinkedHashMap<>(Map.of(
            "name", "p.name", "email", "p.email", "organisation", "o.name", "createdAt", "p.createdAt"));

    private static String orderBy(Sort sort) {
        var parts = new ArrayList<String>();
        for (var order : sort) {
            var column = SORTABLE.get(order.getProperty());
            if (column != null) {
                parts.add(column + (order.isAscending() ? " asc" : " desc"));
            }
        }
        parts.add("p.id asc");
        return " order by " + String.join(", ", parts);
    }
}
