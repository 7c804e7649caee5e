package app.rada.ballots.ui;

import app.rada.ballots.BallotDraft;
import app.rada.ballots.BallotEditingService;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotStatus;
import app.rada.ballots.BallotType;
import app.rada.ballots.ResultsVisibility;
import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Staff write a ballot: the question, its explanation, the type with its options, the linked ideas,
 * when it opens and closes (in the editor's time zone), quorum and threshold, secrecy, when results
 * show, and what a passing outcome does to the ideas. Only drafts can be edited.
 */
@Route("ballots/edit/:ballotId?([0-9]{1,18})")
@RolesAllowed(Roles.STAFF)
@StyleSheet("styles/ballots.css")
class BallotEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "ballotId";

    /** An idea to link, as the picker shows it. */
    record IdeaOption(long id, String title) {
    }

    private final BallotEditingService editing;
    private final BallotReadingService reading;
    private final IdeaService ideas;
    private final Validator validator;
    private @Nullable Long ballotId;
    private @Nullable BallotDraftForm form;

    final TextField title = new TextField();
    final TextArea question = new TextArea();
    final TextArea explanation = new TextArea();
    final Select<BallotType> type = new Select<>();
    final TextArea options = new TextArea();
    final Button ideasAsOptions = new Button();
    final IntegerField budget = new IntegerField();
    final MultiSelectComboBox<IdeaOption> linked = new MultiSelectComboBox<>();
    final DateTimePicker opensAt = new DateTimePicker();
    final DateTimePicker closesAt = new DateTimePicker();
    final IntegerField quorum = new IntegerField();
    final IntegerField pass = new IntegerField();
    final Checkbox secret = new Checkbox();
    final RadioButtonGroup<ResultsVisibility> visibility = new RadioButtonGroup<>();
    final Select<IdeaStatus> passStatus = new Select<>();
    final TextArea statement = new TextArea();
    final Paragraph error = new Paragraph();
    final Button save = new Button();

    BallotEditorView(BallotEditingService editing, BallotReadingService reading, IdeaService ideas,
                     Validator validator) {
        this.editing = editing;
        this.reading = reading;
        this.ideas = ideas;
        this.validator = validator;
        addClassNames("list-view", "ballot-editor");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ballotId = event.getRouteParameters().getLong(PARAMETER).orElse(null);
        removeAll();
        build();
        if (ballotId != null) {
            var found = RouteLoading.loadOrNotFound(event, PARAMETER, reading::details);
            if (found.isEmpty()) {
                return;
            }
            if (found.get().status() != BallotStatus.DRAFT) {
                event.forwardTo(BallotView.class, new RouteParameters(BallotView.PARAMETER, String.valueOf(ballotId)));
                return;
            }
            fill(editing.draft(ballotId));
        } else {
            var start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS);
            fill(new BallotDraft("", "", "", BallotType.APPROVE_REJECT, List.of(), 100, List.of(), start,
                    start.plus(Duration.ofDays(7)), 50, 50, false, ResultsVisibility.AFTER_CLOSE, null, null));
        }
    }

    private void build() {
        var zone = Formats.zone();
        title.setLabel(getTranslation("ballots.editor.title"));
        title.setMaxLength(BallotDraft.TITLE_MAX);
        title.setRequired(true);
        title.setId("editor-title");
        question.setLabel(getTranslation("ballots.editor.question"));
        question.setMaxLength(BallotDraft.QUESTION_MAX);
        question.setRequired(true);
        question.setId("editor-question");
        explanation.setLabel(getTranslation("ballots.editor.explanation"));
        explanation.setHelperText(getTranslation("ballots.editor.explanation.help"));
        explanation.setMaxLength(BallotDraft.EXPLANATION_MAX);
        explanation.setId("editor-explanation");
        type.setLabel(getTranslation("ballots.editor.type"));
        type.setItems(BallotType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.labelKey()));
        type.setId("editor-type");
        options.setLabel(getTranslation("ballots.editor.options"));
        options.setHelperText(getTranslation("ballots.editor.options.help", BallotDraft.OPTIONS_MAX));
        options.setId("editor-options");
        budget.setLabel(getTranslation("ballots.editor.budget"));
        budget.setMin(1);
        budget.setMax(BallotDraft.BUDGET_MAX);
        budget.setId("editor-budget");
        type.addValueChangeListener(e -> showTypeFields());
        ideasAsOptions.setText(getTranslation("ballots.editor.ideas-as-options"));
        ideasAsOptions.setTooltipText(getTranslation("ballots.editor.ideas-as-options.help"));
        ideasAsOptions.addThemeVariants(ButtonVariant.TERTIARY);
        ideasAsOptions.setId("editor-ideas-as-options");
        ideasAsOptions.addClickListener(e -> addLinkedIdeasAsOptions());

        linked.setLabel(getTranslation("ballots.editor.ideas"));
        linked.setHelperText(getTranslation("ballots.editor.ideas.help"));
        linked.setItemLabelGenerator(IdeaOption::title);
        linked.setItems(query -> ideas.board(BoardFilter.all().withText(query.getFilter().orElse(null)),
                        BoardSort.NEWEST, query.getOffset(), query.getLimit()).stream()
                        .map(c -> new IdeaOption(c.id(), c.title())),
                query -> (int) ideas.count(BoardFilter.all().withText(query.getFilter().orElse(null))));
        linked.setId("editor-ideas");

        LocalisedPickers.localise(opensAt, this);

        opensAt.setLabel(getTranslation("ballots.editor.opens", zone.getId()));
        opensAt.setId("editor-opens");
        LocalisedPickers.localise(closesAt, this);
        closesAt.setLabel(getTranslation("ballots.editor.closes", zone.getId()));
        closesAt.setId("editor-closes");
        quorum.setLabel(getTranslation("ballots.editor.quorum"));
        quorum.setHelperText(getTranslation("ballots.editor.quorum.help"));
        quorum.setMin(0);
        quorum.setMax(100);
        quorum.setId("editor-quorum");
        pass.setLabel(getTranslation("ballots.editor.pass"));
        pass.setHelperText(getTranslation("ballots.editor.pass.help"));
        pass.setMin(0);
        pass.setMax(99);
        pass.setId("editor-pass");
        secret.setLabel(getTranslation("ballots.editor.secret"));
        secret.setId("editor-secret");
        visibility.setLabel(getTranslation("ballots.editor.visibility"));
        visibility.setItems(ResultsVisibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation(v.labelKey()));
        visibility.setId("editor-visibility");
        passStatus.setLabel(getTranslation("ballots.editor.pass-status"));
        passStatus.setItems(IdeaStatus.CHOOSABLE.stream().sorted().toList());
        passStatus.setEmptySelectionAllowed(true);
        passStatus.setEmptySelectionCaption(getTranslation("ballots.editor.pass-status.none"));
        passStatus.setItemLabelGenerator(s -> s == null ? getTranslation("ballots.editor.pass-status.none")
                : getTranslation(s.labelKey()));
        passStatus.setId("editor-pass-status");
        statement.setLabel(getTranslation("ballots.editor.statement"));
        statement.setHelperText(getTranslation("ballots.editor.statement.help"));
        statement.setMaxLength(BallotDraft.STATEMENT_MAX);
        statement.setId("editor-statement");

        error.addClassName("form-error");
        error.setId("editor-error");
        error.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("ballots.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("editor-save");
        save.addClickListener(e -> save());
        var cancel = new Anchor(ballotId == null ? BallotNavigation.LIST : BallotNavigation.ballot(ballotId),
                getTranslation("ballots.editor.cancel"));
        cancel.addClassName("button-link");

        List.<HasSize>of(title, question, explanation, options, linked, statement)
                .forEach(HasSize::setWidthFull);
        var content = section("ballots.editor.content", title, question, explanation, type, options, budget);
        var ideasSection = section("ballots.editor.ideas-section", linked, ideasAsOptions, passStatus, statement);
        var timesRow = new Div(opensAt, closesAt);
        timesRow.addClassName("filters");
        var numbers = new Div(quorum, pass);
        numbers.addClassName("filters");
        var rules = section("ballots.editor.rules", timesRow, numbers, secret, visibility);
        var actions = new Div(save, cancel);
        actions.addClassName("filters");
        add(new H1(getTranslation(ballotId == null ? "ballots.editor.new" : "ballots.editor.edit")), content, rules,
                ideasSection, error, actions);
    }

    private Section section(String titleKey, Component... parts) {
        var section = Cards.section(getTranslation(titleKey), parts);
        section.addClassName("ballot-editor-section");
        return section;
    }

    private void showTypeFields() {
        var chosen = type.getValue() == null ? BallotType.APPROVE_REJECT : type.getValue();
        options.setVisible(chosen.hasOptions());
        ideasAsOptions.setVisible(chosen.hasOptions());
        passStatus.setHelperText(chosen.hasOptions() ? getTranslation("ballots.editor.pass-status.choice") : "");
        budget.setVisible(chosen == BallotType.POINTS);
        pass.setVisible(chosen == BallotType.APPROVE_REJECT);
    }

    /** Each linked idea becomes an option (its title), so the winning option tells which idea moves. */
    private void addLinkedIdeasAsOptions() {
        var lines = new ArrayList<>(Arrays.stream(options.getValue().split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList());
        for (var idea : linked.getValue()) {
            if (lines.stream().noneMatch(line -> line.equalsIgnoreCase(idea.title().strip()))) {
                lines.add(idea.title().strip());
            }
        }
        options.setValue(String.join("\n", lines));
    }

    private void fill(BallotDraft d) {
        if (form == null) {
            form = new BallotDraftForm(this, validator);
        }
        form.read(d);
        showTypeFields();
    }

    /** The idea options a draft links, as the picker shows them. */
    LinkedHashSet<IdeaOption> linkedOptions(BallotDraft d) {
        var selected = new LinkedHashSet<IdeaOption>();
        for (long id : d.ideaIds()) {
            ideas.summary(id).ifPresent(s -> selected.add(new IdeaOption(s.id(), s.title())));
        }
        return selected;
    }

    BallotDraft draft() {
        var zone = Formats.zone();
        var chosen = type.getValue() == null ? BallotType.APPROVE_REJECT : type.getValue();
        var opens = opensAt.getValue() == null ? Instant.now() : opensAt.getValue().atZone(zone).toInstant();
        var closes = closesAt.getValue() == null ? opens : closesAt.getValue().atZone(zone).toInstant();
        return new BallotDraft(title.getValue(), question.getValue(), explanation.getValue(), chosen,
                Arrays.stream(options.getValue().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
                budget.getValue() == null ? 0 : budget.getValue(),
                linked.getValue().stream().map(IdeaOption::id).toList(), opens, closes,
                quorum.getValue() == null ? -1 : quorum.getValue(), pass.getValue() == null ? -1 : pass.getValue(),
                secret.getValue(), visibility.getValue() == null ? ResultsVisibility.AFTER_CLOSE : visibility.getValue(),
                passStatus.getValue(), statement.getValue());
    }

    private void save() {
        try {
            long id;
            if (ballotId == null) {
                id = editing.create(draft());
            } else {
                id = ballotId;
                editing.update(id, draft());
            }
            error.setText("");
            getUI().ifPresent(ui -> ui.navigate(BallotNavigation.ballot(id)));
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
            if (form != null) {
                form.showErrors();
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(ballotId == null ? "ballots.editor.new" : "ballots.editor.edit");
    }
}
