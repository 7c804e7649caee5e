package app.rada.imports;

import app.rada.ideas.IdeaStatus;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The tool a file was exported from, with how its statuses map onto the portal's (see docs/imports.md).
 * An empty status is a new idea everywhere.
 */
public enum ImportSource {
    CANNY("Canny", Map.of(
            "open", IdeaStatus.NEW,
            "under review", IdeaStatus.UNDER_REVIEW,
            "planned", IdeaStatus.PLANNED,
            "in progress", IdeaStatus.IN_PROGRESS,
            "complete", IdeaStatus.DONE,
            "closed", IdeaStatus.DECLINED)),
    USERVOICE("UserVoice", Map.of(
            "active", IdeaStatus.NEW,
            "under review", IdeaStatus.UNDER_REVIEW,
            "planned", IdeaStatus.PLANNED,
            "started", IdeaStatus.IN_PROGRESS,
            "completed", IdeaStatus.DONE,
            "declined", IdeaStatus.DECLINED,
            "closed", IdeaStatus.DECLINED)),
    FIDER("Fider", Map.of(
            "open", IdeaStatus.NEW,
            "planned", IdeaStatus.PLANNED,
            "started", IdeaStatus.IN_PROGRESS,
            "completed", IdeaStatus.DONE,
            "declined", IdeaStatus.DECLINED,
            "duplicate", IdeaStatus.DECLINED));

    private final String displayName;
    private final Map<String, IdeaStatus> statuses;

    ImportSource(String displayName, Map<String, IdeaStatus> statuses) {
        this.displayName = displayName;
        this.statuses = statuses;
    }

    /** The tool's own name, the same in every language. */
    public String displayName() {
        return displayName;
    }

    public Map<String, IdeaStatus> statuses() {
        return statuses;
    }

    /** The portal's status for the tool's; empty for a status the portal has no place for. */
    public Optional<IdeaStatus> status(String raw) {
        var normal = raw.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        if (normal.isEmpty()) {
            return Optional.of(IdeaStatus.NEW);
        }
        return Optional.ofNullable(statuses.get(normal));
    }
}
