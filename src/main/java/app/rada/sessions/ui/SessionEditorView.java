package app.rada.sessions.ui;

import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaService;
import app.rada.journeys.JourneyService;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.people.SegmentOption;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionSchedulingService;
import app.rada.sessions.SessionStatus;
import app.rada.shared.Language;
import app.rada.shared.Problem;
import app.rada.shared.Roles;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.ui.Cards;
import app.rada.shared.ui.Formats;
import app.rada.shared.ui.RouteLoading;
import app.rada.shared.ui.LocalisedPickers;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Staff write a session: title, purpose, agenda, format with the meeting link or address, start and end
 * in the session's time zone, capacity, registration deadline, facilitators, audience, and the ideas
 * and journey touchpoints it works on. {@code ?touchpoint=<id>} and {@code ?idea=<id>} start a new
 * session already linked to them (the journey map's "Plan a design session"); {@code ?title=} and
 * {@code ?purpose=} carry the words of a theme the session is planned from.
 */
@Route("sessions/edit/:sessionId?([0-9]{1,18})")
@RolesAllowed(Roles.STAFF)
@StyleSheet("styles/sessions.css")
class SessionEditorView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    static final String PARAMETER = "sessionId";

    /** Something to pick in a list, with its label. */
    record Option(long id, String label) {
    }

    private final SessionSchedulingService scheduling;
    private final SessionReadingService reading;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final PeopleService people;
    private @Nullable Long sessionId;

    final TextField title = new TextField();
    final TextArea purpose = new TextArea();
    final TextArea agenda = new TextArea();
    final RadioButtonGroup<SessionFormat> format = new RadioButtonGroup<>();
    final TextField meetingUrl = new TextField();
    final TextField address = new TextField();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final IntegerField capacity = new IntegerField();
    final DateTimePicker deadline = new DateTimePicker();
    final MultiSelectComboBox<PersonName> facilitators = new MultiSelectComboBox<>();
    final RadioButtonGroup<SessionAudience> audience = new RadioButtonGroup<>();
    final MultiSelectComboBox<OrganisationOption> organisations = new MultiSelectComboBox<>();
    final MultiSelectComboBox<SegmentOption> segments = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Option> linkedIdeas = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Option> touchpoints = new MultiSelectComboBox<>();
    final Paragraph error = new Paragraph();
    final Button save = new Button();
    private final DraftFieldChecks checks;
    private final DraftForm form;

    SessionEditorView(SessionSchedulingService scheduling, SessionReadingService reading, IdeaService ideas,
                      JourneyService journeys, PeopleService people, Validator validator) {
        this.scheduling = scheduling;
        this.reading = reading;
        this.ideas = ideas;
        this.journeys = journeys;
        this.people = people;
        addClassNames("list-view", "session-editor");
        form = new DraftForm(this, ideas, journeys, people);
        checks = new DraftFieldChecks(this, validator);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        sessionId = event.getRouteParameters().getLong(PARAMETER).orElse(null);
        removeAll();
        build();
        if (sessionId != null) {
            long id = sessionId;
            RouteLoading.loadOrNotFound(event, PARAMETER, reading::details).ifPresent(details -> {
                if (details.status() == SessionStatus.CANCELLED) {
                    event.forwardTo(SessionView.class, new RouteParameters(SessionView.PARAMETER, String.valueOf(id)));
                } else {
                    fill(scheduling.draft(id));
                }
            });
            return;
        }
        var query = event.getLocation().getQueryParameters();
        var touchpoint = number(query.getSingleParameter("touchpoint"));
        var idea = number(query.getSingleParameter("idea"));
        var zoneId = Formats.zone();
        var start = LocalDateTime.now(zoneId).plusDays(7).truncatedTo(ChronoUnit.HOURS).withHour(10)
                .atZone(zoneId).toInstant();
        var me = CurrentUser.require().personId();
        // planned from a theme of what members said: its words are the topic
        var topic = query.getSingleParameter("title").map(String::strip).filter(t -> !t.isEmpty())
                .map(t -> t.length() > SessionDraft.TITLE_MAX ? t.substring(0, SessionDraft.TITLE_MAX) : t);
        var purposeText = query.getSingleParameter("purpose").map(String::strip)
                .map(t -> t.length() > SessionDraft.PURPOSE_MAX ? t.substring(0, SessionDraft.PURPOSE_MAX) : t).orElse("");
        var title = topic.orElseGet(() -> touchpoint.flatMap(journeys::location)
                .map(place -> getTranslation("sessions.editor.title-for", place.touchpointName())).orElse(""));
        // planned from a hotspot: the organisations whose people annotated it are the audience
        var annotators = touchpoint.filter(id -> journeys.location(id).isPresent()).map(journeys::organisationsAt)
                .orElse(List.of());
        fill(new SessionDraft(title, purposeText, "", SessionFormat.ONLINE, null, null, start, start.plus(Duration.ofHours(2)),
                zoneId.getId(), 12, null, List.of(me), annotators.isEmpty() ? SessionAudience.ALL
                        : SessionAudience.CHOSEN, annotators, List.of(),
                idea.filter(id -> ideas.summary(id).isPresent()).map(List::of).orElse(List.of()),
                touchpoint.filter(id -> journeys.location(id).isPresent()).map(List::of).orElse(List.of())));
    }

    private static Optional<Long> number(Optional<String> text) {
        return text.filter(t -> t.matches("[0-9]{1,18}")).map(Long::valueOf);
    }

    private void build() {
        title.setLabel(getTranslation("sessions.editor.title"));
        title.setMaxLength(SessionDraft.TITLE_MAX);
        title.setRequired(true);
        title.setId("editor-title");
        purpose.setLabel(getTranslation("sessions.editor.purpose"));
        purpose.setHelperText(getTranslation("sessions.editor.purpose.help"));
        purpose.setMaxLength(SessionDraft.PURPOSE_MAX);
        purpose.setId("editor-purpose");
        agenda.setLabel(getTranslation("sessions.editor.agenda"));
        agenda.setHelperText(getTranslation("sessions.editor.agenda.help"));
        agenda.setMaxLength(SessionDraft.AGENDA_MAX);
        agenda.setId("editor-agenda");
        format.setLabel(getTranslation("sessions.editor.format"));
        format.setItems(SessionFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        format.setId("editor-format");
        format.addValueChangeListener(e -> showFormatFields());
        meetingUrl.setLabel(getTranslation("sessions.editor.link"));
        meetingUrl.setHelperText(getTranslation("sessions.editor.link.help"));
        meetingUrl.setMaxLength(SessionDraft.URL_MAX);
        meetingUrl.setId("editor-link");
        address.setLabel(getTranslation("sessions.editor.address"));
        address.setMaxLength(SessionDraft.ADDRESS_MAX);
        address.setId("editor-address");

        zone.setLabel(getTranslation("sessions.editor.zone"));
        zone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/") && !z.startsWith("Etc/")
                && !z.startsWith("SystemV/")).sorted().toList());
        zone.setAllowCustomValue(false);
        zone.setId("editor-zone");
        LocalisedPickers.localise(startsAt, this);
        startsAt.setLabel(getTranslation("sessions.editor.starts"));
        startsAt.setId("editor-starts");
        LocalisedPickers.localise(endsAt, this);
        endsAt.setLabel(getTranslation("sessions.editor.ends"));
        endsAt.setId("editor-ends");
        capacity.setLabel(getTranslation("sessions.editor.capacity"));
        capacity.setMin(1);
        capacity.setMax(SessionDraft.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        capacity.setId("editor-capacity");
        LocalisedPickers.localise(deadline, this);
        deadline.setLabel(getTranslation("sessions.editor.deadline"));
        deadline.setHelperText(getTranslation("sessions.editor.deadline.help"));
        deadline.setId("editor-deadline");
        facilitators.setLabel(getTranslation("sessions.editor.facilitators"));
        facilitators.setItems(people.staff());
        facilitators.setItemLabelGenerator(PersonName::name);
        facilitators.setId("editor-facilitators");

        audience.setLabel(getTranslation("sessions.editor.audience"));
        audience.setItems(SessionAudience.values());
        audience.setItemLabelGenerator(a -> getTranslation(a.labelKey()));
        audience.setId("editor-audience");
        audience.addValueChangeListener(e -> showAudienceFields());
        organisations.setLabel(getTranslation("sessions.editor.organisations"));
        organisations.setItems(people.organisations());
        organisations.setItemLabelGenerator(OrganisationOption::name);
        organisations.setId("editor-organisations");
        var polish = CurrentUser.require().language() == Language.PL;
        segments.setLabel(getTranslation("sessions.editor.segments"));
        segments.setItems(people.segments());
        segments.setItemLabelGenerator(g -> polish ? g.namePl() : g.nameEn());
        segments.setId("editor-segments");

        linkedIdeas.setLabel(getTranslation("sessions.editor.ideas"));
        linkedIdeas.setItemLabelGenerator(Option::label);
        linkedIdeas.setItems(query -> ideas.board(BoardFilter.all().withText(query.getFilter().orElse(null)),
                        BoardSort.NEWEST, query.getOffset(), query.getLimit()).stream()
                        .map(c -> new Option(c.id(), c.title())),
                query -> (int) ideas.count(BoardFilter.all().withText(query.getFilter().orElse(null))));
        linkedIdeas.setId("editor-ideas");
        touchpoints.setLabel(getTranslation("sessions.editor.touchpoints"));
        touchpoints.setHelperText(getTranslation("sessions.editor.touchpoints.help"));
        touchpoints.setItems(form.touchpointOptions());
        touchpoints.setItemLabelGenerator(Option::label);
        touchpoints.setId("editor-touchpoints");

        error.addClassName("form-error");
        error.setId("editor-error");
        error.getElement().setAttribute("role", "alert");
        save.setText(getTranslation("sessions.editor.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("editor-save");
        save.addClickListener(e -> save());
        var back = new Anchor(sessionId == null ? SessionNavigation.LIST : SessionNavigation.session(sessionId),
                getTranslation("sessions.editor.cancel"));
        back.addClassName("button-link");

        List.<HasSize>of(title, purpose, agenda, meetingUrl, address, facilitators, organisations, segments,
                linkedIdeas, touchpoints).forEach(HasSize::setWidthFull);
        var times = new Div(startsAt, endsAt, zone);
        times.addClassName("filters");
        var seats = new Div(capacity, deadline);
        seats.addClassName("filters");
        var actions = new Div(save, back);
        actions.addClassName("filters");
        add(new H1(getTranslation(sessionId == null ? "sessions.editor.new" : "sessions.editor.edit")),
                section("sessions.editor.content", title, purpose, agenda),
                section("sessions.editor.place", format, meetingUrl, address),
                section("sessions.editor.when", times, seats, facilitators),
                section("sessions.editor.who", audience, organisations, segments),
                section("sessions.editor.links", touchpoints, linkedIdeas), error, actions);
    }

    private Section section(String titleKey, Component... parts) {
        var section = Cards.section(getTranslation(titleKey), parts);
        section.addClassName("session-editor-section");
        return section;
    }

    void showFormatFields() {
        var chosen = format.getValue() == null ? SessionFormat.ONLINE : format.getValue();
        meetingUrl.setVisible(chosen.online());
        address.setVisible(chosen.onSite());
    }

    void showAudienceFields() {
        boolean chosen = audience.getValue() == SessionAudience.CHOSEN;
        organisations.setVisible(chosen);
        segments.setVisible(chosen);
    }

    private void fill(SessionDraft d) {
        checks.quietly(() -> form.show(d));
    }

    /** The draft as the fields now describe it. */
    SessionDraft draft() {
        return form.read();
    }

    private void save() {
        checks.showAll();
        try {
            long id;
            if (sessionId == null) {
                id = scheduling.create(draft());
            } else {
                id = sessionId;
                scheduling.update(id, draft());
            }
            error.setText("");
            getUI().ifPresent(ui -> ui.navigate(SessionNavigation.session(id)));
        } catch (Problem problem) {
            error.setText(getTranslation(problem.key(), problem.args()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(sessionId == null ? "sessions.editor.new" : "sessions.editor.edit");
    }
}
