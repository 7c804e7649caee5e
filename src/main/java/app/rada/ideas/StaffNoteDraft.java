package app.rada.ideas;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A staff note as it is typed; the messages are the keys {@link StaffNoteService} refuses with. */
public record StaffNoteDraft(
        @NotBlank(message = "{ideas.triage.note-empty}")
        @Size(max = StaffNote.TEXT_MAX, message = "{ideas.triage.note-long}")
        String text) {
}
