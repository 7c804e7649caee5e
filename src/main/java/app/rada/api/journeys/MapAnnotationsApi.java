package app.rada.api.journeys;

import app.rada.api.ApiError;
import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.api.paging.LookAhead;
import app.rada.journeys.AnnotationFilter;
import app.rada.journeys.AnnotationKind;
import app.rada.journeys.AnnotationService;
import app.rada.journeys.Emotion;
import app.rada.journeys.JourneyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The annotations of a journey map, newest first, with the map's filters; new annotations by the token's person. */
@RestController
@RequestMapping(path = "/api/v1/journeys/{id}/annotations", produces = "application/json")
@Tag(name = "Journey maps")
class MapAnnotationsApi {

    /** The service answers at most this many annotations at once. */
    private static final int SERVICE_MAX = 100;

    private final AnnotationService annotations;
    private final JourneyService journeys;

    MapAnnotationsApi(AnnotationService annotations, JourneyService journeys) {
        this.annotations = annotations;
        this.journeys = journeys;
    }

    @GetMapping
    @Operation(summary = "A map's annotations, newest first",
            description = "Filters: touchpoint, kind and emotion (repeat or comma-separate); organisation and segment "
                    + "need the staff scope. Paged with an opaque cursor.")
    ApiPage<AnnotationEntry> list(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable Long touchpoint,
            @Parameter(description = "love_point, hate_point, moment_of_truth, pain_point, idea, question")
            @RequestParam(required = false) @Nullable List<String> kind,
            @Parameter(description = "delighted, relieved, confident, grateful, calm, frustrated, angry, anxious, "
                    + "confused, disappointed")
            @RequestParam(required = false) @Nullable List<String> emotion,
            @Parameter(description = "staff only") @RequestParam(required = false) @Nullable Long organisation,
            @Parameter(description = "staff only") @RequestParam(required = false) @Nullable Long segment,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new AnnotationFilter(touchpoint, codes(kind, AnnotationKind.class, "kind"),
                codes(emotion, Emotion.class, "emotion"), organisation, segment);
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        var fetched = LookAhead.fetch((from, count) -> annotations.list(id, filter, from, count), offset, size,
                SERVICE_MAX);
        return ApiPage.byOffset(fetched, offset, size, AnnotationEntry::of);
    }

    @PostMapping(consumes = "application/json")
    @Operation(summary = "Annotate a touchpoint of the map as the token's person",
            description = "The map must be published (staff may also try out a draft). Answers 201 with the "
                    + "annotation as the list shows it.")
    ResponseEntity<AnnotationEntry> add(@PathVariable long id, @Valid @RequestBody AnnotationRequest request) {
        long touchpointId = Objects.requireNonNull(request.touchpointId());
        var place = journeys.location(touchpointId).orElseThrow(() -> new NoSuchElementException("touchpoint"));
        if (place.mapId() != id) {
            throw new ApiError(422, "api-resources.annotation.touchpoint-elsewhere", touchpointId, id);
        }
        long annotationId = annotations.add(touchpointId, request.draft());
        var added = annotations.list(id, AnnotationFilter.all().onTouchpoint(touchpointId), 0, 5).stream()
                .filter(a -> a.id() == annotationId).findFirst().map(AnnotationEntry::of).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + id + "/annotations")).body(added);
    }

    static <E extends Enum<E>> Set<E> codes(@Nullable List<String> codes, Class<E> type, String parameter) {
        var values = EnumSet.noneOf(type);
        if (codes == null) {
            return values;
        }
        for (var code : codes) {
            for (var part : code.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    values.add(Enum.valueOf(type, part.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("api-resources.error.bad-value", parameter, part.strip());
                }
            }
        }
        return values;
    }
}
