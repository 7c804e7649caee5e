package app.rada.ideas;

import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the staff's triage queue shows. Empty statuses mean every status; the default is the ideas
 * nobody has looked at yet ({@link IdeaStatus#NEW}). Empty parts do not filter.
 *
 * @param awaitingApproval only ideas waiting for pre-moderation
 * @param reported only ideas with an open report
 * @param text words of the title or description, each matched as the start of a word
 */
public record TriageFilter(Set<IdeaStatus> statuses, @Nullable Long categoryId, @Nullable Long ownerId,
                           @Nullable String department, boolean awaitingApproval, boolean reported,
                           @Nullable String text) {

    public TriageFilter {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        department = department == null || department.isBlank() ? null : department.strip();
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** New ideas, oldest first: what triage starts with. */
    public static TriageFilter defaults() {
        return new TriageFilter(Set.of(IdeaStatus.NEW), null, null, null, false, false, null);
    }

    /** Every idea whatever its status. */
    public static TriageFilter everything() {
        return new TriageFilter(Set.of(), null, null, null, false, false, null);
    }

    public TriageFilter withStatuses(Set<IdeaStatus> newStatuses) {
        return new TriageFilter(newStatuses, categoryId, ownerId, department, awaitingApproval, reported, text);
    }

    public TriageFilter withText(@Nullable String newText) {
        return new TriageFilter(statuses, categoryId, ownerId, department, awaitingApproval, reported, newText);
    }
}
