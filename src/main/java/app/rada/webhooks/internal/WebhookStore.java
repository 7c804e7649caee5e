package app.rada.webhooks.internal;

import app.rada.webhooks.DeliveryRow;
import app.rada.webhooks.DeliveryStatus;
import app.rada.webhooks.EndpointDraft;
import app.rada.webhooks.EndpointRow;
import app.rada.webhooks.WebhookEvent;
import app.rada.webhooks.WebhookFormat;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Endpoints and their deliveries. The delivery state changes only by conditional updates, as the mail
 * outbox's does, so several senders never take the same delivery; a delivery is due only while no
 * earlier delivery to its endpoint is still pending, which keeps each endpoint's events in order.
 */
@Component
public class WebhookStore {

    static final int EXCERPT_MAX = 500;
    static final int ERROR_MAX = 1000;

    private static final String DELIVERY_COLUMNS = "id, endpoint_id, message_id, event_type, status, attempts, "
            + "response_code, response_excerpt, last_error, created_at, next_attempt_at, delivered_at";
    private static final String ENDPOINT_COLUMNS = "id, name, url, event_types, format, enabled, updated_at";

    private final JdbcTemplate jdbc;

    WebhookStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- endpoints

    public long createEndpoint(EndpointDraft draft, String secret, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into webhook_endpoint (name, url, secret, event_types, "
                    + "format, enabled, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, draft.name());
            statement.setString(2, draft.url());
            statement.setString(3, secret);
            statement.setString(4, types(draft.events()));
            statement.setString(5, draft.format().name());
            statement.setBoolean(6, draft.enabled());
            statement.setObject(7, at(now));
            statement.setObject(8, at(now));
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    public boolean updateEndpoint(long id, EndpointDraft draft, Instant now) {
        return jdbc.update("update webhook_endpoint set name = ?, url = ?, event_types = ?, format = ?, enabled = ?, "
                + "updated_at = ? where id = ?", draft.name(), draft.url(), types(draft.events()), draft.format().name(),
                draft.enabled(), at(now), id) == 1;
    }

    public boolean enable(long id, boolean enabled, Instant now) {
        return jdbc.update("update webhook_endpoint set enabled = ?, updated_at = ? where id = ?", enabled, at(now),
                id) == 1;
    }

    public boolean replaceSecret(long id, String secret, Instant now) {
        return jdbc.update("update webhook_endpoint set secret = ?, updated_at = ? where id = ?", secret, at(now),
                id) == 1;
    }

    public Optional<EndpointRow> endpoint(long id) {
        return jdbc.query("select " + ENDPOINT_COLUMNS + " from webhook_endpoint where id = ?", WebhookStore::endpoint, id)
                .stream().findFirst();
    }

    public List<EndpointRow> endpoints(int offset, int limit) {
        return jdbc.query("select " + ENDPOINT_COLUMNS + " from webhook_endpoint order by name, id offset ? rows "
                + "fetch next ? rows only", WebhookStore::endpoint, offset, limit);
    }

    public long countEndpoints() {
        return jdbc.queryForObject("select count(*) from webhook_endpoint", Long.class);
    }

    /** The enabled endpoints that subscribed to this kind of event. */
    List<Long> subscribers(WebhookEvent event) {
        return jdbc.queryForList("select id from webhook_endpoint where enabled = true and event_types like ? "
                + "order by id", Long.class, "%," + event.type() + ",%");
    }

    // ---- queueing, in the caller's transaction

    /** Queues one event for one endpoint, due at {@code due}. */
    long queue(long endpointId, WebhookEvent event, @Nullable String subjectKey, String facts, Instant occurredAt,
               Instant due) {
        return insert(endpointId, newMessageId(), event.type(), subjectKey, facts, null, occurredAt, due);
    }

    /**
     * Folds a vote into a delivery about the same idea that is still gathering votes (pending, never
     * attempted, not held by a sender); false when there is none and a new one must be queued.
     */
    boolean foldIntoWaiting(long endpointId, String subjectKey, Instant occurredAt) {
        return jdbc.update("update webhook_delivery set occurred_at = ? where endpoint_id = ? and subject_key = ? "
                        + "and status = 'PENDING' and attempts = 0 and body is null and claim_token is null",
                at(occurredAt), endpointId, subjectKey) > 0;
    }

    /** Queues the same message again, at the end of its endpoint's queue, due at once. */
    Optional<Long> replay(long deliveryId, Instant now) {
        var rows = jdbc.query("select endpoint_id, message_id, event_type, subject_key, facts, body, occurred_at "
                        + "from webhook_delivery where id = ?",
                (rs, i) -> insert(rs.getLong(1), rs.getString(2), rs.getString(3), null, rs.getString(5),
                        rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(), now), deliveryId);
        return rows.stream().findFirst();
    }

    private long insert(long endpointId, String messageId, String type, @Nullable String subjectKey, String facts,
                        @Nullable String body, Instant occurredAt, Instant due) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into webhook_delivery (endpoint_id, message_id, "
                    + "event_type, subject_key, facts, body, occurred_at, status, attempts, next_attempt_at, created_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", new String[] {"id"});
            statement.setLong(1, endpointId);
            statement.setString(2, messageId);
            statement.setString(3, type);
            statement.setString(4, subjectKey);
            statement.setString(5, facts);
            statement.setString(6, body);
            statement.setObject(7, at(occurredAt));
            statement.setObject(8, at(due));
            statement.setObject(9, at(Instant.now()));
            return statement;
        }, keys);
        return keys.getKeyAs(Number.class).longValue();
    }

    static String newMessageId() {
        return "msg_" + UUID.randomUUID().toString().replace("-", "");
    }

    // ---- sending

    /**
     * Ids of deliveries that are due, not held by a sender, and first in their endpoint's queue: no
     * earlier delivery to the same endpoint is still pending. Endpoints switched off wait, except for
     * the test event an administrator sends by hand.
     */
    List<Long> due(Instant now, int limit) {
        return jdbc.queryForList("select d.id from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id "
                        + "where d.status = 'PENDING' and d.next_attempt_at <= ? "
                        + "and (d.claimed_until is null or d.claimed_until <= ?) "
                        + "and (e.enabled = true or d.event_type = 'webhook.test') "
                        + "and not exists (select 1 from webhook_delivery p where p.endpoint_id = d.endpoint_id "
                        + "and p.status = 'PENDING' and p.id < d.id) order by d.id fetch first ? rows only",
                Long.class, at(now), at(now), limit);
    }

    /** Takes a due delivery for one sender until {@code until}; only one sender's update changes the row. */
    Optional<ClaimedDelivery> claim(long id, String token, Instant now, Instant until) {
        int taken = jdbc.update("update webhook_delivery set claim_token = ?, claimed_until = ? where id = ? "
                        + "and status = 'PENDING' and next_attempt_at <= ? "
                        + "and (claimed_until is null or claimed_until <= ?) "
                        + "and not exists (select 1 from webhook_delivery p where p.endpoint_id = webhook_delivery.endpoint_id "
                        + "and p.status = 'PENDING' and p.id < webhook_delivery.id)",
                token, at(until), id, at(now), at(now));
        if (taken != 1) {
            return Optional.empty();
        }
        return jdbc.query("select d.id, d.claim_token, d.message_id, d.event_type, d.facts, d.body, d.occurred_at, "
                        + "d.attempts, e.url, e.secret, e.format from webhook_delivery d "
                        + "join webhook_endpoint e on e.id = d.endpoint_id where d.id = ? and d.claim_token = ?",
                (rs, i) -> new ClaimedDelivery(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getInt(8), rs.getString(9), rs.getString(10), WebhookFormat.valueOf(rs.getString(11))),
                id, token).stream().findFirst();
    }

    /** Keeps the message as first sent, so every later attempt (and a replay) sends the same bytes. */
    boolean keepBody(ClaimedDelivery delivery, String body) {
        return jdbc.update("update webhook_delivery set body = ? where id = ? and claim_token = ?", body,
                delivery.id(), delivery.claimToken()) == 1;
    }

    boolean delivered(ClaimedDelivery delivery, int code, @Nullable String excerpt, Instant at) {
        return jdbc.update("update webhook_delivery set status = 'DELIVERED', delivered_at = ?, attempts = attempts + 1, "
                        + "response_code = ?, response_excerpt = ?, last_error = null, claim_token = null, "
                        + "claimed_until = null where id = ? and claim_token = ?",
                at(at), code, cut(excerpt, EXCERPT_MAX), delivery.id(), delivery.claimToken()) == 1;
    }

    boolean failed(ClaimedDelivery delivery, int attempts, boolean giveUp, @Nullable Integer code,
                   @Nullable String excerpt, String error, Instant nextAttempt) {
        var status = giveUp ? DeliveryStatus.FAILED : DeliveryStatus.PENDING;
        return jdbc.update("update webhook_delivery set status = ?, attempts = ?, response_code = ?, "
                        + "response_excerpt = ?, last_error = ?, next_attempt_at = ?, claim_token = null, "
                        + "claimed_until = null where id = ? and claim_token = ?",
                status.name(), attempts, code, cut(excerpt, EXCERPT_MAX), cut(error, ERROR_MAX), at(nextAttempt),
                delivery.id(), delivery.claimToken()) == 1;
    }

    // ---- reading

    public List<DeliveryRow> deliveries(long endpointId, int offset, int limit) {
        return jdbc.query("select " + DELIVERY_COLUMNS + " from webhook_delivery where endpoint_id = ? "
                + "order by id desc offset ? rows fetch next ? rows only", WebhookStore::delivery, endpointId, offset, limit);
    }

    public long countDeliveries(long endpointId) {
        return jdbc.queryForObject("select count(*) from webhook_delivery where endpoint_id = ?", Long.class, endpointId);
    }

    public Optional<DeliveryRow> delivery(long id) {
        return jdbc.query("select " + DELIVERY_COLUMNS + " from webhook_delivery where id = ?", WebhookStore::delivery, id)
                .stream().findFirst();
    }

    private static EndpointRow endpoint(ResultSet rs, int row) throws SQLException {
        return new EndpointRow(rs.getLong(1), rs.getString(2), rs.getString(3), events(rs.getString(4)),
                WebhookFormat.valueOf(rs.getString(5)), rs.getBoolean(6),
                rs.getObject(7, OffsetDateTime.class).toInstant());
    }

    private static DeliveryRow delivery(ResultSet rs, int row) throws SQLException {
        var code = rs.getInt(7);
        var delivered = rs.getObject(12, OffsetDateTime.class);
        return new DeliveryRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                DeliveryStatus.valueOf(rs.getString(5)), rs.getInt(6), rs.wasNull() ? null : code, rs.getString(8),
                rs.getString(9), rs.getObject(10, OffsetDateTime.class).toInstant(),
                rs.getObject(11, OffsetDateTime.class).toInstant(), delivered == null ? null : delivered.toInstant());
    }

    static String types(Set<WebhookEvent> events) {
        // commas around every type, so a LIKE '%,type,%' finds whole names only
        return events.stream().filter(e -> e != WebhookEvent.TEST).map(WebhookEvent::type).sorted()
                .collect(Collectors.joining(",", ",", ","));
    }

    static Set<WebhookEvent> events(String stored) {
        var events = EnumSet.noneOf(WebhookEvent.class);
        Arrays.stream(stored.split(",")).filter(s -> !s.isBlank()).map(WebhookEvent::ofType)
                .flatMap(Optional::stream).forEach(events::add);
        return events;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String cut(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
