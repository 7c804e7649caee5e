package app.rada.ideas.ui;

import app.rada.ideas.IdeaAssignmentService;
import app.rada.ideas.IdeaService;
import app.rada.ideas.StaffNoteService;
import app.rada.ideas.TriageExportService;
import app.rada.ideas.TriageService;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** The services behind the staff panel, handed to it in one piece by the idea page. */
@Component
public record StaffTools(TriageService triage, StaffNoteService notes, IdeaAssignmentService assignment,
                         TriageExportService timings, IdeaService ideas,
                         Validator validator) {
}
