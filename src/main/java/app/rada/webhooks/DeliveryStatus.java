package app.rada.webhooks;

import java.util.Locale;

/** Where a delivery stands: waiting (perhaps for a retry), delivered, or given up on. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED;

    public String labelKey() {
        return "webhooks.delivery.status." + name().toLowerCase(Locale.ROOT);
    }
}
