package app.rada.webhooks;

import java.util.Locale;

/** What an endpoint receives: Rada's signed JSON, or an incoming-webhook message for a team channel. */
public enum WebhookFormat {
    /** {@code {"type", "timestamp", "data"}}, signed the Standard Webhooks way. */
    STANDARD,
    /** {@code {"text": "…"}}: one readable line with a link, as Slack and Microsoft Teams incoming webhooks take it. */
    SLACK;

    public String labelKey() {
        return "webhooks.format." + name().toLowerCase(Locale.ROOT);
    }
}
