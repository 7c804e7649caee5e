package app.rada.api.ballots;

import app.rada.api.ApiError;
import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.ballots.BallotReadingService;
import app.rada.ballots.BallotStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The advisory board's ballots, for board members and staff: lists by status, one ballot, and its counted
 * result when the portal shows it. Nothing here tells who chose what, in a secret ballot or a named one.
 */
@RestController
@RequestMapping(path = "/api/v1/ballots", produces = "application/json")
@Tag(name = "Ballots")
class BallotsApi {

    private final BallotReadingService ballots;

    BallotsApi(BallotReadingService ballots) {
        this.ballots = ballots;
    }

    @GetMapping
    @Operation(summary = "Ballots in one status (board members and staff)",
            description = "open (closing soonest first, the default), closed (latest first), and with the staff "
                    + "scope draft. The service pages in pages of the same size, so keep the same limit while "
                    + "following the cursor.")
    ApiPage<BallotItem> list(
            @Parameter(description = "open (default), closed, draft") @RequestParam(defaultValue = "open") String status,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        var which = statusOf(status);
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        if (offset % size != 0) {
            throw ApiError.badRequest("api-resources.error.limit-changed");
        }
        var items = ballots.list(which, offset, size).stream().map(BallotItem::of).toList();
        boolean more = items.size() == size && offset + size < ballots.count(which);
        return new ApiPage<>(items, more ? Cursor.at(offset + size) : null);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One ballot (board members and staff)",
            description = "Whether the token's person may vote and has voted, never what they chose.")
    BallotDetail read(@PathVariable long id) {
        return BallotDetail.of(ballots.details(id));
    }

    @GetMapping("/{id}/results")
    @Operation(summary = "The ballot's counted result (board members and staff)",
            description = "Once the ballot has closed, or while it is open when its results are live; otherwise "
                    + "404. Counts only: nothing links a voter to a choice.")
    ResultsItem results(@PathVariable long id) {
        var ballot = ballots.details(id);
        var result = ballot.result().orElseThrow(() -> new ApiError(404, "api-resources.ballot.results-hidden"));
        return ResultsItem.of(ballot, result);
    }

    private static BallotStatus statusOf(String code) {
        try {
            return BallotStatus.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("api-resources.error.bad-value", "status", code);
        }
    }
}
