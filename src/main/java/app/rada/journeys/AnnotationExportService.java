package app.rada.journeys;

import app.rada.journeys.internal.JourneyRepository;
import app.rada.journeys.internal.JourneyStore;
import app.rada.journeys.internal.StageRepository;
import app.rada.journeys.internal.TouchpointRepository;
import app.rada.people.PeopleService;
import app.rada.shared.CsvFiles;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A map's annotations, the customers' own words, as a CSV file for staff. */
@Service
@Transactional(readOnly = true)
public class AnnotationExportService {

    static final int PAGE = 500;

    static final List<String> HEADER = List.of("exports.annotations.id", "exports.annotations.stage",
            "exports.annotations.touchpoint", "exports.annotations.kind", "exports.annotations.emotion",
            "exports.annotations.intensity", "exports.annotations.importance", "exports.annotations.text",
            "exports.annotations.happened-on", "exports.annotations.author", "exports.annotations.me-too",
            "exports.annotations.idea", "exports.annotations.created");

    private final JourneyRepository maps;
    private final StageRepository stages;
    private final TouchpointRepository touchpoints;
    private final JourneyStore store;
    private final PeopleService people;
    private final Translations texts;

    AnnotationExportService(JourneyRepository maps, StageRepository stages, TouchpointRepository touchpoints,
                            JourneyStore store, PeopleService people, Translations texts) {
        this.maps = maps;
        this.stages = stages;
        this.touchpoints = touchpoints;
        this.store = store;
        this.people = people;
        this.texts = texts;
    }

    /** Writes every annotation of the map, newest first, a page at a time; headers in the reader's language. */
    @PreAuthorize(Access.STAFF)
    public void exportCsv(long mapId, Locale locale, Writer out) {
        var me = CurrentUser.require();
        JourneyService.visible(maps, mapId, me);
        var stageNames = new HashMap<Long, String>();
        stages.findByMapIdOrderByPositionAscIdAsc(mapId).forEach(s -> stageNames.put(s.getId(), s.getName()));
        var touchpointNames = new HashMap<Long, String>();
        var stageOf = new HashMap<Long, Long>();
        touchpoints.findByMapIdOrderByPositionAscIdAsc(mapId).forEach(t -> {
            touchpointNames.put(t.getId(), t.getName());
            stageOf.put(t.getId(), t.getStageId());
        });
        var csv = CsvFiles.open(out, HEADER, locale, (key, l) -> texts.getTranslation(key, l));
        for (int offset = 0; ; offset += PAGE) {
            var page = store.annotations(mapId, AnnotationFilter.all(), me.personId(), offset, PAGE);
            var names = people.displayNames(page.stream().map(JourneyStore.Row::authorId).collect(Collectors.toSet()));
            for (var r : page) {
                CsvFiles.row(csv, r.id(), CsvFiles.safe(stageNames.get(stageOf.get(r.touchpointId()))),
                        CsvFiles.safe(touchpointNames.get(r.touchpointId())),
                        texts.getTranslation(r.kind().labelKey(), locale),
                        texts.getTranslation(r.emotion().labelKey(), locale), r.intensity(), r.importance(),
                        CsvFiles.safe(r.text()), r.happenedOn() == null ? "" : r.happenedOn().toString(),
                        CsvFiles.safe(names.getOrDefault(r.authorId(), java.util.Optional.empty()).orElse("")),
                        r.reactions(), r.ideaId() == null ? "" : r.ideaId(), r.createdAt().toString());
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        CsvFiles.finish(csv);
    }
}
