package app.rada.sessions.ui;

import app.rada.ideas.IdeaService;
import app.rada.journeys.JourneyService;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleService;
import app.rada.people.PersonName;
import app.rada.people.SegmentOption;
import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionDraft;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.ui.SessionEditorView.Option;
import app.rada.shared.ui.Formats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Moves a session draft into the editor's fields and back again. */
class DraftForm {

    private final SessionEditorView editor;
    private final IdeaService ideas;
    private final JourneyService journeys;
    private final PeopleService people;

    DraftForm(SessionEditorView editor, IdeaService ideas, JourneyService journeys, PeopleService people) {
        this.editor = editor;
        this.ideas = ideas;
        this.journeys = journeys;
        this.people = people;
    }

    /** Every touchpoint of every map, as "map › stage › touchpoint". */
    List<Option> touchpointOptions() {
        var options = new ArrayList<Option>();
        for (var summary : journeys.maps(0, 100)) {
            var map = journeys.map(summary.id());
            for (var stage : map.stages()) {
                for (var t : stage.touchpoints()) {
                    options.add(new Option(t.id(), map.title() + " › " + stage.name() + " › " + t.name()));
                }
            }
        }
        return options;
    }

    /** Puts a draft into the fields, its times in its own zone. */
    void show(SessionDraft d) {
        var zoneId = ZoneId.of(d.timeZone());
        editor.title.setValue(d.title());
        editor.purpose.setValue(d.purpose());
        editor.agenda.setValue(d.agenda());
        editor.format.setValue(d.format());
        editor.meetingUrl.setValue(d.meetingUrl() == null ? "" : d.meetingUrl());
        editor.address.setValue(d.address() == null ? "" : d.address());
        editor.zone.setValue(zoneId.getId());
        editor.startsAt.setValue(LocalDateTime.ofInstant(d.startsAt(), zoneId));
        editor.endsAt.setValue(LocalDateTime.ofInstant(d.endsAt(), zoneId));
        editor.capacity.setValue(d.capacity());
        editor.deadline.setValue(d.registrationDeadline() == null ? null
                : LocalDateTime.ofInstant(d.registrationDeadline(), zoneId));
        editor.facilitators.setValue(new LinkedHashSet<>(people.staff().stream()
                .filter(p -> d.facilitatorIds().contains(p.id())).toList()));
        editor.audience.setValue(d.audience());
        editor.organisations.setValue(new LinkedHashSet<>(people.organisations().stream()
                .filter(o -> d.organisationIds().contains(o.id())).toList()));
        editor.segments.setValue(new LinkedHashSet<>(people.segments().stream()
                .filter(g -> d.segmentIds().contains(g.id())).toList()));
        var chosenIdeas = new LinkedHashSet<Option>();
        d.ideaIds().forEach(id -> ideas.summary(id).ifPresent(i -> chosenIdeas.add(new Option(i.id(), i.title()))));
        editor.linkedIdeas.setValue(chosenIdeas);
        var allTouchpoints = touchpointOptions();
        var chosenTouchpoints = new LinkedHashSet<Option>();
        d.touchpointIds().forEach(id -> allTouchpoints.stream().filter(o -> o.id() == id).findFirst()
                .ifPresent(chosenTouchpoints::add));
        editor.touchpoints.setValue(chosenTouchpoints);
        editor.showFormatFields();
        editor.showAudienceFields();
    }

    /** The draft the fields describe; empty times count as now, so the rules can still judge the rest. */
    SessionDraft read() {
        var zoneId = editor.zone.getValue() == null ? Formats.zone() : ZoneId.of(editor.zone.getValue());
        var start = editor.startsAt.getValue() == null ? Instant.now()
                : editor.startsAt.getValue().atZone(zoneId).toInstant();
        var end = editor.endsAt.getValue() == null ? start : editor.endsAt.getValue().atZone(zoneId).toInstant();
        var close = editor.deadline.getValue() == null ? null
                : editor.deadline.getValue().atZone(zoneId).toInstant();
        var format = editor.format.getValue() == null ? SessionFormat.ONLINE : editor.format.getValue();
        int capacity = editor.capacity.getValue() == null ? 0 : editor.capacity.getValue();
        return new SessionDraft(editor.title.getValue(), editor.purpose.getValue(), editor.agenda.getValue(), format,
                editor.meetingUrl.getValue(), editor.address.getValue(), start, end, zoneId.getId(), capacity, close,
                editor.facilitators.getValue().stream().map(PersonName::id).toList(),
                editor.audience.getValue() == null ? SessionAudience.ALL : editor.audience.getValue(),
                editor.organisations.getValue().stream().map(OrganisationOption::id).toList(),
                editor.segments.getValue().stream().map(SegmentOption::id).toList(),
                editor.linkedIdeas.getValue().stream().map(Option::id).toList(),
                editor.touchpoints.getValue().stream().map(Option::id).toList());
    }
}
