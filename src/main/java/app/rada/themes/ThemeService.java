package app.rada.themes;

import app.rada.ideas.IdeaCorpusService;
import app.rada.ideas.IdeaText;
import app.rada.journeys.AnnotationCorpusService;
import app.rada.journeys.JourneyService;
import app.rada.journeys.MapTouchpoint;
import app.rada.people.OrganisationOption;
import app.rada.people.PeopleDirectory;
import app.rada.people.PeopleService;
import app.rada.people.SegmentOption;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.themes.internal.ThemeFinder;
import app.rada.themes.internal.ThemeRow;
import app.rada.themes.internal.ThemeStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recurring themes in what members wrote, for staff: among the annotations of a journey map (the
 * whole map, a stage or a touchpoint) together with the ideas linked to its touchpoints, or among the
 * open ideas of the board. Themes are kept per scope and grouped again only when something new was
 * written there since, so looking at them twice costs one grouping.
 */
@Service
@Transactional
public class ThemeService {

    private final ThemeStore store;
    private final ThemeFinder finder;
    private final AnnotationCorpusService annotations;
    private final IdeaCorpusService ideas;
    private final JourneyService journeys;
    private final PeopleDirectory directory;
    private final PeopleService people;
    private final Clock clock;

    ThemeService(ThemeStore store, ThemeFinder finder, AnnotationCorpusService annotations, IdeaCorpusService ideas,
                 JourneyService journeys, PeopleDirectory directory, PeopleService people, Clock clock) {
        this.store = store;
        this.finder = finder;
        this.annotations = annotations;
        this.ideas = ideas;
        this.journeys = journeys;
        this.directory = directory;
        this.people = people;
        this.clock = clock;
    }

    /** The themes of a scope, the largest first; grouped again when the kept ones are stale. */
    @PreAuthorize(Access.STAFF)
    public List<Theme> themes(ThemeScope scope) {
        var kept = store.kept(scope);
        List<ThemeRow> rows;
        if (kept.isPresent() && !kept.get().stale()) {
            rows = kept.get().themes();
        } else {
            store.replace(scope, finder.find(items(scope)), Instant.now(clock));
            rows = store.kept(scope).orElseThrow().themes();
        }
        var organisations = people.organisations().stream()
                .collect(Collectors.toMap(OrganisationOption::id, Function.identity()));
        var segments = people.segments().stream().collect(Collectors.toMap(SegmentOption::id, Function.identity()));
        return rows.stream().map(row -> theme(scope, row, organisations, segments)).toList();
    }

    /** One kept theme, as last computed. */
    @PreAuthorize(Access.STAFF)
    public Theme theme(long themeId) {
        var found = store.theme(themeId).orElseThrow(() -> new NoSuchElementException("theme " + themeId));
        var organisations = people.organisations().stream()
                .collect(Collectors.toMap(OrganisationOption::id, Function.identity()));
        var segments = people.segments().stream().collect(Collectors.toMap(SegmentOption::id, Function.identity()));
        return theme(found.getKey(), found.getValue(), organisations, segments);
    }

    /**
     * Turns a theme of a journey map into one idea, submitted by the caller and linked to the touchpoint
     * most of its annotations sit on; each of its annotations not yet turned into an idea is tied to it.
     */
    @PreAuthorize(Access.STAFF)
    public long turnIntoIdea(long themeId, String title, String description) {
        if (store.theme(themeId).isEmpty()) {
            // the card was shown before something new regrouped its scope
            throw new Problem("themes.idea.regrouped");
        }
        var theme = theme(themeId);
        if (theme.scope().kind() == ThemeScope.Kind.BOARD || !theme.canBecomeIdea()) {
            throw new Problem("themes.idea.nothing-left");
        }
        long ideaId = annotations.turnGroupIntoIdea(theme.scope().mapId(), theme.annotationIds(),
                theme.touchpointIds().getFirst(), title, description);
        store.markMapStale(theme.scope().mapId());
        return ideaId;
    }

    private List<ThemeFinder.Item> items(ThemeScope scope) {
        var items = new ArrayList<ThemeFinder.Item>();
        List<IdeaText> ideaTexts;
        if (scope.kind() == ThemeScope.Kind.BOARD) {
            ideaTexts = ideas.openIdeas();
        } else {
            var map = journeys.map(scope.mapId());
            var touchpoints = switch (scope.kind()) {
                case MAP -> map.touchpoints().stream().map(MapTouchpoint::id).toList();
                case STAGE -> map.touchpoints().stream().filter(t -> t.stageId() == scope.targetId())
                        .map(MapTouchpoint::id).toList();
                case TOUCHPOINT -> map.touchpoint(scope.targetId()).map(t -> List.of(t.id())).orElse(List.of());
                case BOARD -> List.<Long>of();
            };
            if (touchpoints.isEmpty() && scope.kind() != ThemeScope.Kind.MAP) {
                throw new NoSuchElementException("no " + scope.kind() + " " + scope.targetId() + " on map " + map.id());
            }
            annotations.texts(scope.mapId(), scope.kind() == ThemeScope.Kind.STAGE ? scope.targetId() : null,
                    scope.kind() == ThemeScope.Kind.TOUCHPOINT ? scope.targetId() : null).forEach(a ->
                    items.add(new ThemeFinder.Item('A', a.id(), a.text(), a.emotion(), a.intensity(), a.organisationId(),
                            a.segmentId(), a.touchpointId(), a.ideaId())));
            ideaTexts = ideas.openIdeasAt(touchpoints);
        }
        var organisationOf = directory.organisationsOf(ideaTexts.stream().map(IdeaText::authorId).distinct().toList());
        var segmentOf = people.organisations().stream()
                .collect(Collectors.toMap(OrganisationOption::id, OrganisationOption::segmentId));
        for (var idea : ideaTexts) {
            var organisation = organisationOf.get(idea.authorId());
            items.add(new ThemeFinder.Item('I', idea.id(), idea.text(), null, 0, organisation,
                    organisation == null ? null : segmentOf.get(organisation), idea.touchpointId(), null));
        }
        return items;
    }

    private static Theme theme(ThemeScope scope, ThemeRow row, Map<Long, OrganisationOption> organisations,
                               Map<Long, SegmentOption> segments) {
        return new Theme(row.id(), scope, row.label(), row.annotations(), row.ideas(), row.emotions(), row.positive(),
                row.negative(),
                row.organisationIds().stream().map(organisations::get).filter(Objects::nonNull)
                        .map(OrganisationOption::name).toList(),
                row.segmentIds().stream().map(segments::get).filter(Objects::nonNull).toList(),
                row.quotes(), row.ids('A'), row.ids('I'), row.touchpointIds(), row.turnedIdeaIds(), row.untied());
    }
}
