package app.rada.api.ideas;

import app.rada.api.ApiError;
import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.ideas.BoardFilter;
import app.rada.ideas.BoardSort;
import app.rada.ideas.IdeaCard;
import app.rada.ideas.IdeaService;
import app.rada.ideas.IdeaStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ideas as the board shows them to the token's person: the list with the board's filters and sorts, and one idea. */
@RestController
@RequestMapping(path = "/api/v1/ideas", produces = "application/json")
@Tag(name = "Ideas")
class IdeasApi {

    /** The board answers at most this many ideas at once. */
    private static final int BOARD_PAGE_MAX = 100;

    private final IdeaService ideas;

    IdeasApi(IdeaService ideas) {
        this.ideas = ideas;
    }

    @GetMapping
    @Operation(summary = "Ideas the token's person may see, in the board's order",
            description = "Filters are the board's: status (repeatable), category, tag, mine, voted, followed and a "
                    + "search text. Paged with an opaque cursor.")
    ApiPage<IdeaItem> list(
            @Parameter(description = "new, under_review, planned, in_progress, done, declined, merged; repeat for several")
            @RequestParam(required = false) @Nullable List<String> status,
            @RequestParam(required = false) @Nullable Long category,
            @RequestParam(required = false) @Nullable String tag,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(defaultValue = "false") boolean voted,
            @RequestParam(defaultValue = "false") boolean followed,
            @Parameter(description = "search text, in any word form") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "trending, top, newest, answered") @RequestParam(defaultValue = "trending") String sort,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new BoardFilter(statuses(status), category, tag, mine, voted, followed, q);
        var order = sortOf(sort);
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        return ApiPage.byOffset(board(filter, order, offset, size + 1), offset, size, IdeaItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One idea, with staff's public answers")
    IdeaDetail read(@PathVariable long id) {
        return IdeaDetail.of(ideas.page(id));
    }

    /** The board's pages are at most 100 ideas; a longer look-ahead takes a second, small page. */
    private List<IdeaCard> board(BoardFilter filter, BoardSort sort, int offset, int count) {
        var cards = new ArrayList<>(ideas.board(filter, sort, offset, Math.min(count, BOARD_PAGE_MAX)));
        if (count > BOARD_PAGE_MAX && cards.size() == BOARD_PAGE_MAX) {
            cards.addAll(ideas.board(filter, sort, offset + BOARD_PAGE_MAX, count - BOARD_PAGE_MAX));
        }
        return cards;
    }

    static BoardSort sortOf(String sort) {
        for (var candidate : BoardSort.values()) {
            if (candidate.param().equalsIgnoreCase(sort.strip())) {
                return candidate;
            }
        }
        throw ApiError.badRequest("api.error.bad-sort", sort);
    }

    static EnumSet<IdeaStatus> statuses(@Nullable List<String> codes) {
        var statuses = EnumSet.noneOf(IdeaStatus.class);
        if (codes == null) {
            return statuses;
        }
        for (var code : codes) {
            for (var part : code.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(IdeaStatus.valueOf(part.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException e) {
                    throw ApiError.badRequest("api.error.bad-status", part.strip());
                }
            }
        }
        return statuses;
    }
}
