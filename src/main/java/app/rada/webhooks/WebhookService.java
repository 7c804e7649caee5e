package app.rada.webhooks;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.webhooks.internal.AddressGuard;
import app.rada.webhooks.internal.WebhookSettings;
import app.rada.webhooks.internal.WebhookSigner;
import app.rada.webhooks.internal.WebhookStore;
import app.rada.webhooks.internal.WebhookTests;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' keeping of webhook endpoints: adding, changing, switching off, a new secret,
 * a test event, and the deliveries of each endpoint with a replay by hand. Every change is audited;
 * the secret is shown once, when it is made, and never written to the audit log or a log file.
 */
@Service
@Transactional(readOnly = true)
public class WebhookService {

    private final WebhookStore store;
    private final WebhookTests tests;
    private final Validator validator;
    private final AuditLog audit;
    private final Clock clock;
    private final AddressGuard guard;

    WebhookService(WebhookStore store, WebhookTests tests, Validator validator, AuditLog audit, Clock clock,
                   WebhookSettings settings) {
        this.store = store;
        this.tests = tests;
        this.validator = validator;
        this.audit = audit;
        this.clock = clock;
        this.guard = new AddressGuard(settings.allowPrivateAddresses());
    }

    /** A page of the endpoints, by name. */
    @PreAuthorize(Access.ADMIN)
    public List<EndpointRow> endpoints(int offset, int limit) {
        return store.endpoints(offset, limit);
    }

    @PreAuthorize(Access.ADMIN)
    public long countEndpoints() {
        return store.countEndpoints();
    }

    @PreAuthorize(Access.ADMIN)
    public EndpointRow endpoint(long id) {
        return store.endpoint(id).orElseThrow(() -> new NoSuchElementException("webhook endpoint " + id));
    }

    /** Adds an endpoint with a new secret, which the administrator sees this once. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public NewSecret create(EndpointDraft draft) {
        var clean = checked(draft);
        var secret = WebhookSigner.newSecret();
        long id = store.createEndpoint(clean, secret, clock.instant());
        recorded(AuditAction.WEBHOOK_ENDPOINT_SAVED, id, clean.name(), "created: " + describe(clean));
        return new NewSecret(id, secret);
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public EndpointRow update(long id, EndpointDraft draft) {
        endpoint(id);
        var clean = checked(draft);
        store.updateEndpoint(id, clean, clock.instant());
        recorded(AuditAction.WEBHOOK_ENDPOINT_SAVED, id, clean.name(), "changed: " + describe(clean));
        return endpoint(id);
    }

    /** Switches an endpoint off (its deliveries wait) or on again. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public EndpointRow enable(long id, boolean enabled) {
        var endpoint = endpoint(id);
        store.enable(id, enabled, clock.instant());
        recorded(AuditAction.WEBHOOK_ENDPOINT_SAVED, id, endpoint.name(), enabled ? "enabled" : "disabled");
        return endpoint(id);
    }

    /** Replaces the secret; deliveries from now on are signed with the new one, which is shown this once. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public NewSecret regenerateSecret(long id) {
        var endpoint = endpoint(id);
        var secret = WebhookSigner.newSecret();
        store.replaceSecret(id, secret, clock.instant());
        recorded(AuditAction.WEBHOOK_SECRET_REGENERATED, id, endpoint.name(), null);
        return new NewSecret(id, secret);
    }

    /** Queues a test event to the endpoint, even while it is switched off; returns the delivery's id. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long sendTest(long id) {
        var endpoint = endpoint(id);
        long delivery = tests.queue(id);
        recorded(AuditAction.WEBHOOK_TEST_SENT, id, endpoint.name(), "delivery " + delivery);
        return delivery;
    }

    /** A page of an endpoint's deliveries, newest first. */
    @PreAuthorize(Access.ADMIN)
    public List<DeliveryRow> deliveries(long endpointId, int offset, int limit) {
        return store.deliveries(endpointId, offset, limit);
    }

    @PreAuthorize(Access.ADMIN)
    public long countDeliveries(long endpointId) {
        return store.countDeliveries(endpointId);
    }

    /**
     * Sends a delivery's message again, with the same id and body, as a new delivery at the end of its
     * endpoint's queue; returns the new delivery's id.
     */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long replay(long deliveryId) {
        var delivery = store.delivery(deliveryId)
                .orElseThrow(() -> new NoSuchElementException("webhook delivery " + deliveryId));
        var endpoint = endpoint(delivery.endpointId());
        long copy = tests.replay(deliveryId);
        recorded(AuditAction.WEBHOOK_DELIVERY_REPLAYED, endpoint.id(), endpoint.name(),
                delivery.eventType() + " " + delivery.messageId() + " as delivery " + copy);
        return copy;
    }

    private EndpointDraft checked(EndpointDraft draft) {
        var clean = EndpointDraft.typed(draft.name(), draft.url(), draft.events(), draft.format(), draft.enabled());
        DraftRules.firstProblem(validator, clean, EndpointDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, EndpointDraft.messageArguments(key));
        });
        guard.problem(clean.url(), false).ifPresent(key -> {
            throw new Problem(key);
        });
        return clean;
    }

    private static String describe(EndpointDraft draft) {
        // the address may carry a token of the receiver's in its path or query: only its host is audited
        var host = java.net.URI.create(draft.url()).getHost();
        return host + ", " + draft.format().name().toLowerCase(java.util.Locale.ROOT) + ", "
                + (draft.enabled() ? "enabled" : "disabled") + ", "
                + draft.events().stream().map(WebhookEvent::type).sorted().collect(Collectors.joining(" "));
    }

    private void recorded(AuditAction action, long id, String name, @org.jspecify.annotations.Nullable String detail) {
        var me = CurrentUser.require();
        audit.record(AuditRecord.of(action).by(me.personId(), me.email()).on("webhook-endpoint", id, name)
                .detail(detail));
    }
}
