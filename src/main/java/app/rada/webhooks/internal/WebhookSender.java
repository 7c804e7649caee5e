package app.rada.webhooks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries: claims each one, writes its message at the first attempt, signs it and posts
 * it, and records the answer. A 2xx answer delivers it; anything else (another status, a timeout, a
 * refused connection) is tried again after 1, 2, 4 … minutes (at most an hour apart) until the last
 * attempt, when it is given up on. While a delivery waits, the later ones to the same endpoint wait
 * behind it, so each endpoint receives its events in the order they happened.
 *
 * <p>The request happens outside any transaction, and each update commits on its own, so no row lock
 * is held while a receiver answers, and the action that caused the event never waits for it.
 */
@Component
public class WebhookSender {

    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    private static final int READ_MAX = 2000;

    private final WebhookStore store;
    private final WebhookMessages messages;
    private final WebhookSettings settings;
    private final HttpClient http;
    private final Clock clock;
    private final AddressGuard guard;

    WebhookSender(WebhookStore store, WebhookMessages messages, WebhookSettings settings, HttpClient webhookHttpClient,
                  Clock clock) {
        this.store = store;
        this.messages = messages;
        this.settings = settings;
        this.http = webhookHttpClient;
        this.clock = clock;
        this.guard = new AddressGuard(settings.allowPrivateAddresses());
    }

    /**
     * Sends what is due, in passes, until nothing more is due or a batch has been tried; returns how
     * many were delivered. Safe to run on several nodes at once.
     */
    public int deliverDue() {
        int delivered = 0;
        int tried = 0;
        while (tried < settings.batchSize()) {
            var due = store.due(clock.instant(), settings.batchSize() - tried);
            if (due.isEmpty()) {
                break;
            }
            int before = tried;
            for (long id : due) {
                var now = clock.instant();
                var claimed = store.claim(id, UUID.randomUUID().toString(), now, now.plus(settings.claimDuration()));
                if (claimed.isEmpty()) {
                    continue;
                }
                tried++;
                if (deliver(claimed.get())) {
                    delivered++;
                }
            }
            if (tried == before) {
                break;
            }
        }
        return delivered;
    }

    private boolean deliver(ClaimedDelivery claimed) {
        var delivery = claimed;
        String body;
        try {
            body = delivery.body() != null ? delivery.body()
                    : messages.body(delivery.eventType(), delivery.facts(), delivery.occurredAt(), delivery.format());
        } catch (RuntimeException e) {
            recordFailure(delivery, null, null, describe(e));
            return false;
        }
        if (delivery.body() == null) {
            store.keepBody(delivery, body);
        }
        var refused = guard.problem(delivery.url(), true);
        if (refused.isPresent()) {
            recordFailure(delivery, null, null, "Address refused: " + refused.get());
            return false;
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpResponse<InputStream> response;
        String excerpt;
        try {
            var request = HttpRequest.newBuilder(URI.create(delivery.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Rada-Webhooks")
                    .header("webhook-id", delivery.messageId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSigner.sign(delivery.secret(), delivery.messageId(), timestamp,
                            body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            excerpt = excerpt(response.body());
        } catch (IOException | RuntimeException e) {
            recordFailure(delivery, null, null, describe(e));
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            recordFailure(delivery, null, null, "Interrupted");
            return false;
        }
        int code = response.statusCode();
        if (code >= 200 && code < 300) {
            if (!store.delivered(delivery, code, excerpt, clock.instant())) {
                log.warn("Webhook delivery {} went out after its claim had expired; it may go out again", delivery.id());
            }
            return true;
        }
        recordFailure(delivery, code, excerpt, "HTTP " + code);
        return false;
    }

    private void recordFailure(ClaimedDelivery delivery, @Nullable Integer code, @Nullable String excerpt, String error) {
        int attempts = delivery.attempts() + 1;
        boolean giveUp = attempts >= settings.maxAttempts();
        var next = clock.instant().plus(settings.retryDelay(attempts));
        store.failed(delivery, attempts, giveUp, code, excerpt, error, next);
        // the address and the answer are the administrator's to read on the page; the log says which and why
        if (giveUp) {
            log.warn("Webhook delivery {} ({}) failed for good after {} attempts: {}", delivery.id(),
                    delivery.eventType(), attempts, error);
        } else {
            log.info("Webhook delivery {} ({}) failed (attempt {}), next attempt at {}: {}", delivery.id(),
                    delivery.eventType(), attempts, next, error);
        }
    }

    private static String excerpt(InputStream body) throws IOException {
        try (body) {
            var bytes = body.readNBytes(READ_MAX);
            return new String(bytes, StandardCharsets.UTF_8).strip();
        }
    }

    private static String describe(Throwable e) {
        var message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
