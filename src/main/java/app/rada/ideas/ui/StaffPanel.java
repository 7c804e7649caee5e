package app.rada.ideas.ui;

import app.rada.ideas.DraftProblems;
import app.rada.ideas.IdeaPage;
import app.rada.ideas.IdeaStatus;
import app.rada.ideas.IdeaTimings;
import app.rada.ideas.Moderation;
import app.rada.ideas.StatusAnswer;
import app.rada.ideas.Tags;
import app.rada.ideas.TriageRow;
import app.rada.ideas.TriageService;
import app.rada.people.PersonName;
import app.rada.shared.Problem;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.Toasts;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Staff's tools on the idea page: move the idea to another status with a public answer, keep
 * staff-only notes, name an owner and department, tag it, merge it into another idea, approve or
 * reject it while it waits for pre-moderation, and see how long it waited. The idea page adds it for
 * staff only; building it for anyone else is refused, so a customer's page can never carry it.
 */
@StyleSheet("styles/ideas-staff.css")
public class StaffPanel extends Section {

    private final TriageService triage;
    private final StaffTools tools;
    private final long ideaId;
    private final List<Runnable> changeListeners = new ArrayList<>();

    final Select<IdeaStatus> status = new Select<>();
    final TextArea answer = new TextArea();
    final Button saveStatus = new Button();

    /** The notes part's fields, kept reachable here as well. */
    final Div notes;
    final TextArea note;
    final Button addNote;

    final ComboBox<PersonName> owner = new ComboBox<>();
    final ComboBox<String> department = new ComboBox<>();
    final Button saveAssignment = new Button();

    final TextField tags = new TextField();
    final Button saveTags = new Button();

    final ComboBox<TriageRow> mergeTarget = new ComboBox<>();
    final Button merge = new Button();

    final Button approve = new Button();
    final TextArea rejectReason = new TextArea();
    final Button reject = new Button();

    final Div timings = new Div();

    public StaffPanel(StaffTools tools, long ideaId) {
        if (!CurrentUser.get().map(u -> u.isStaff()).orElse(false)) {
            throw new AccessDeniedException("The staff panel is for staff");
        }
        this.tools = tools;
        this.triage = tools.triage();
        this.ideaId = ideaId;
        var page = tools.ideas().page(ideaId);
        var notesPart = new StaffNotesPart(tools.notes(), ideaId, tools.validator());
        notes = notesPart.notes;
        note = notesPart.note;
        addNote = notesPart.addNote;
        addClassNames("card", "staff-panel");
        setId("staff-panel");
        add(new H2(getTranslation("staff.title")));
        if (page.moderation() == Moderation.PENDING) {
            add(moderation());
        }
        if (page.status() != IdeaStatus.MERGED) {
            add(statusSection(page));
        }
        add(notesPart, assignmentSection(page), tagsSection(page));
        if (page.status() != IdeaStatus.MERGED) {
            add(mergeSection());
        }
        add(timingsSection());
    }

    /** Runs after every change the panel made, so the page around it can show the new state. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private Div part(String headingKey, String className) {
        var part = new Div(new H3(getTranslation(headingKey)));
        part.addClassNames("staff-part", className);
        return part;
    }

    private Div moderation() {
        var part = part("staff.moderation.title", "staff-moderation");
        part.add(new Paragraph(getTranslation("staff.moderation.pending")));
        approve.setText(getTranslation("staff.moderation.approve"));
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        approve.setId("staff-approve");
        approve.addClickListener(e -> act(() -> triage.approve(ideaId), "staff.moderation.approved", rejectReason));
        rejectReason.setLabel(getTranslation("staff.moderation.reason"));
        rejectReason.setHelperText(getTranslation("staff.moderation.reason.help"));
        rejectReason.setMaxLength(TriageService.REASON_MAX);
        rejectReason.setWidthFull();
        rejectReason.setId("staff-reject-reason");
        reject.setText(getTranslation("staff.moderation.reject"));
        reject.addThemeVariants(ButtonVariant.ERROR);
        reject.setId("staff-reject");
        reject.addClickListener(e -> act(() -> triage.reject(ideaId, rejectReason.getValue()),
                "staff.moderation.rejected", rejectReason));
        var actions = new Div(approve, reject);
        actions.addClassName("row-actions");
        part.add(rejectReason, actions);
        return part;
    }

    private Div statusSection(IdeaPage page) {
        var part = part("staff.status.title", "staff-status");
        status.setLabel(getTranslation("staff.status"));
        status.setItems(IdeaStatus.CHOOSABLE.stream().sorted().toList());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(page.status());
        status.setId("staff-status");
        answer.setLabel(getTranslation("staff.answer"));
        answer.setHelperText(getTranslation("staff.answer.help"));
        answer.setMaxLength(TriageService.ANSWER_MAX);
        answer.setWidthFull();
        answer.setMinHeight("6rem");
        answer.setId("staff-answer");
        // the answer is checked while staff type, against the same rules the status change is refused by
        var binder = new Binder<Typed>();
        var answerBinding = binder.forField(answer)
                .withValidator((value, context) -> DraftProblems.first(tools.validator(),
                                new StatusAnswer(status.getValue(), value))
                        .map(problem -> ValidationResult.error(getTranslation(problem.key(), problem.args())))
                        .orElseGet(ValidationResult::ok))
                .bind(typed -> typed.answer, (typed, value) -> typed.answer = value);
        binder.setBean(new Typed());
        status.addValueChangeListener(e -> {
            boolean reason = e.getValue() != null && e.getValue().needsReason();
            answer.setRequired(reason);
            answer.setHelperText(getTranslation(reason ? "staff.answer.reason-help" : "staff.answer.help"));
            if (answer.isInvalid() || !answer.isEmpty()) {
                answerBinding.validate();
            }
        });
        saveStatus.setText(getTranslation("staff.status.save"));
        saveStatus.addThemeVariants(ButtonVariant.PRIMARY);
        saveStatus.setId("staff-status-save");
        saveStatus.addClickListener(e -> act(() -> {
            triage.changeStatus(ideaId, status.getValue(), answer.getValue());
            answer.clear();
        },
                "staff.status.saved", answer));
        part.add(status, answer, saveStatus);
        return part;
    }

    /** The answer as staff type it, for the binder; the status change itself reads the fields. */
    private static final class Typed {
        String answer = "";
    }

    private Div assignmentSection(IdeaPage page) {
        var part = part("staff.assign.title", "staff-assign");
        var staff = tools.assignment().owners();
        owner.setLabel(getTranslation("staff.assign.owner"));
        owner.setItems(staff);
        owner.setItemLabelGenerator(PersonName::name);
        owner.setClearButtonVisible(true);
        owner.setId("staff-owner");
        staff.stream().filter(p -> page.ownerId() != null && p.id() == page.ownerId()).findFirst()
                .ifPresent(owner::setValue);
        department.setLabel(getTranslation("staff.assign.department"));
        department.setItems(triage.departments());
        department.setAllowCustomValue(true);
        department.addCustomValueSetListener(e -> department.setValue(e.getDetail()));
        department.setClearButtonVisible(true);
        department.setId("staff-department");
        if (page.department() != null) {
            if (!triage.departments().contains(page.department())) {
                department.setItems(page.department());
            }
            department.setValue(page.department());
        }
        saveAssignment.setText(getTranslation("staff.assign.save"));
        saveAssignment.setId("staff-assign-save");
        saveAssignment.addClickListener(e -> act(() -> tools.assignment().assign(ideaId,
                owner.getValue() == null ? null : owner.getValue().id(), department.getValue()),
                "staff.assign.saved", null));
        var fields = new Div(owner, department);
        fields.addClassName("filters");
        part.add(fields, saveAssignment);
        return part;
    }

    private Div tagsSection(IdeaPage page) {
        var part = part("staff.tags.title", "staff-tags");
        tags.setLabel(getTranslation("staff.tags"));
        tags.setHelperText(getTranslation("staff.tags.help", Tags.MAX_PER_IDEA));
        tags.setValue(String.join(", ", page.tags()));
        tags.setWidthFull();
        tags.setId("staff-tags");
        saveTags.setText(getTranslation("staff.tags.save"));
        saveTags.setId("staff-tags-save");
        saveTags.addClickListener(e -> act(() -> tools.assignment().setTags(ideaId,
                Arrays.stream(tags.getValue().split(",")).toList()), "staff.tags.saved", tags));
        part.add(tags, saveTags);
        return part;
    }

    private Div mergeSection() {
        var part = part("staff.merge.title", "staff-merge");
        part.add(new Paragraph(getTranslation("staff.merge.explain")));
        mergeTarget.setLabel(getTranslation("staff.merge.target"));
        mergeTarget.setHelperText(getTranslation("staff.merge.target.help"));
        mergeTarget.setItems(query -> triage.mergeTargets(ideaId, query.getFilter().orElse(null), query.getOffset(),
                query.getLimit()).stream());
        mergeTarget.setItemLabelGenerator(r -> "#" + r.id() + " " + r.title());
        mergeTarget.setWidthFull();
        mergeTarget.setId("staff-merge-target");
        merge.setText(getTranslation("staff.merge.do"));
        merge.setId("staff-merge");
        merge.addClickListener(e -> {
            var target = mergeTarget.getValue();
            if (target == null) {
                mergeTarget.setInvalid(true);
                mergeTarget.setErrorMessage(getTranslation("staff.merge.choose"));
                return;
            }
            act(() -> triage.merge(ideaId, target.id()), "staff.merge.done", mergeTarget);
        });
        part.add(mergeTarget, merge);
        return part;
    }

    private Div timingsSection() {
        var part = part("staff.timings.title", "staff-timings");
        timings.setId("staff-timings");
        showTimings(tools.timings().timings(ideaId));
        part.add(timings);
        return part;
    }

    private void showTimings(IdeaTimings t) {
        timings.removeAll();
        var list = new UnorderedList();
        list.add(new ListItem(t.toFirstAnswer() == null ? getTranslation("staff.timings.unanswered")
                : getTranslation("staff.timings.first-answer", Formats.duration(t.toFirstAnswer(), getLocale()))));
        for (var s : IdeaStatus.values()) {
            var spent = t.inStatus().get(s);
            if (spent != null) {
                list.add(new ListItem(getTranslation("staff.timings.in-status", getTranslation(s.labelKey()),
                        Formats.duration(spent, getLocale()))));
            }
        }
        timings.add(list);
    }

    private void act(Runnable action, String doneKey, @Nullable HasValidation field) {
        try {
            action.run();
            Toasts.success(getTranslation(doneKey));
            if (field != null) {
                field.setInvalid(false);
            }
            showTimings(tools.timings().timings(ideaId));
            changeListeners.forEach(Runnable::run);
        } catch (Problem problem) {
            var message = getTranslation(problem.key(), problem.args());
            if (field != null) {
                field.setInvalid(true);
                field.setErrorMessage(message);
            } else {
                Toasts.error(message);
            }
        }
    }
}
