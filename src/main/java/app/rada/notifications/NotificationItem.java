package app.rada.notifications;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A notification as its reader sees it; texts are rendered in the reader's current language. */
public record NotificationItem(long id, NotificationKind kind, String titleKey, @Nullable String bodyKey,
                               List<String> args, @Nullable String link, Instant createdAt, boolean read) {
}
