package app.rada.ideas.ui;

import app.rada.ideas.StaffNote;
import app.rada.ideas.StaffNoteDraft;
import app.rada.ideas.StaffNoteService;
import app.rada.shared.Problem;
import app.rada.shared.ui.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import jakarta.validation.Validator;

/** The staff panel's notes: what staff wrote for each other about the idea, and a field to add one. */
class StaffNotesPart extends Div {

    final Div notes = new Div();
    final TextArea note = new TextArea();
    final Button addNote = new Button();
    private final StaffNoteService staffNotes;
    private final long ideaId;

    StaffNotesPart(StaffNoteService staffNotes, long ideaId, Validator validator) {
        this.staffNotes = staffNotes;
        this.ideaId = ideaId;
        add(new H3(getTranslation("staff.notes.title")));
        addClassNames("staff-part", "staff-notes");
        add(new Paragraph(getTranslation("staff.notes.private")));
        notes.setId("staff-notes");
        showNotes();
        note.setLabel(getTranslation("staff.notes.new"));
        note.setMaxLength(StaffNote.TEXT_MAX);
        note.setWidthFull();
        note.setId("staff-note");
        var rule = TypedText.bind(note, validator, StaffNoteDraft.class, "text", StaffNote.TEXT_MAX, this);
        addNote.setText(getTranslation("staff.notes.add"));
        addNote.setId("staff-note-add");
        addNote.addClickListener(e -> {
            if (!TypedText.valid(rule)) {
                return;
            }
            try {
                staffNotes.addNote(ideaId, note.getValue());
                // emptied for the next note without calling the empty field wrong
                rule.readBean(null);
                showNotes();
            } catch (Problem problem) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation(problem.key(), problem.args()));
            }
        });
        add(notes, note, addNote);
    }

    private void showNotes() {
        notes.removeAll();
        var list = staffNotes.notes(ideaId);
        if (list.isEmpty()) {
            notes.add(new Paragraph(getTranslation("staff.notes.none")));
            return;
        }
        var items = new UnorderedList();
        items.addClassName("staff-note-list");
        for (var n : list) {
            var head = new Div(new Span(n.staffName().orElse(getTranslation("people.former-member"))),
                    new Span(Formats.dateTime(n.at(), getLocale(), Formats.zone())));
            head.addClassName("timeline-head");
            var text = new Paragraph(n.text());
            text.addClassName("staff-note-text");
            items.add(new ListItem(head, text));
        }
        notes.add(items);
    }
}
