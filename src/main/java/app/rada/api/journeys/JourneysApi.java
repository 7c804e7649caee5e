package app.rada.api.journeys;

import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.api.paging.LookAhead;
import app.rada.journeys.JourneyService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Journey maps as the token's person may see them: members the published maps, staff also drafts and
 * archived ones. One map comes with its stages, touchpoints and the figures the map view shows.
 */
@RestController
@RequestMapping(path = "/api/v1/journeys", produces = "application/json")
@Tag(name = "Journey maps")
class JourneysApi {

    /** The service answers at most this many maps at once. */
    private static final int SERVICE_MAX = 100;

    private final JourneyService journeys;

    JourneysApi(JourneyService journeys) {
        this.journeys = journeys;
    }

    @GetMapping
    @Operation(summary = "Journey maps the token's person may see",
            description = "Members see published maps; with the staff scope drafts and archived maps too. "
                    + "Paged with an opaque cursor.")
    ApiPage<MapItem> list(@RequestParam(required = false) @Nullable String cursor,
                          @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        return ApiPage.byOffset(LookAhead.fetch(journeys::maps, offset, size, SERVICE_MAX), offset, size, MapItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One map with its stages, touchpoints and figures",
            description = "Emotion (-5 to +5), Net Emotional Value (-100 to +100), reach, segment shares and "
                    + "hotspot priority per touchpoint and stage, as the map view shows them. A draft or archived "
                    + "map is refused without the staff scope.")
    MapDetail read(@PathVariable long id) {
        return MapDetail.of(journeys.map(id));
    }
}
