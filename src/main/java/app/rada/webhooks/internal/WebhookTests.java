package app.rada.webhooks.internal;

import java.time.Clock;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/** The deliveries an administrator asks for by hand: a test event, or a message sent again. */
@Component
public class WebhookTests {

    private final WebhookQueue queue;
    private final WebhookStore store;
    private final Clock clock;

    WebhookTests(WebhookQueue queue, WebhookStore store, Clock clock) {
        this.queue = queue;
        this.store = store;
        this.clock = clock;
    }

    public long queue(long endpointId) {
        return queue.test(endpointId);
    }

    public long replay(long deliveryId) {
        return store.replay(deliveryId, clock.instant())
                .orElseThrow(() -> new NoSuchElementException("webhook delivery " + deliveryId));
    }
}
