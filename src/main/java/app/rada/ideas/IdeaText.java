package app.rada.ideas;

import org.jspecify.annotations.Nullable;

/** An open idea's words and who wrote it, for staff who look for what many ideas have in common. */
public record IdeaText(long id, String title, String description, long authorId, @Nullable Long touchpointId,
                       IdeaStatus status) {

    public String text() {
        return title + "\n" + description;
    }
}
