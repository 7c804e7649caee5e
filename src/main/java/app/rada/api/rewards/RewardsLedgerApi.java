package app.rada.api.rewards;

import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.api.paging.LookAhead;
import app.rada.rewards.RewardService;
import app.rada.shared.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rewards ledger, for administrators' systems only (the {@code admin} scope): every row that added or took
 * points from a person, newest first.
 */
@RestController
@RequestMapping(path = "/api/v1/rewards/ledger", produces = "application/json")
@Tag(name = "Rewards")
@PreAuthorize(Access.ADMIN)
class RewardsLedgerApi {

    /** The service answers at most this many rows at once. */
    private static final int SERVICE_MAX = 100;

    private final RewardService rewards;

    RewardsLedgerApi(RewardService rewards) {
        this.rewards = rewards;
    }

    @GetMapping("/{personId}")
    @Operation(summary = "A person's ledger entries, newest first (admin)",
            description = "Points earned by the point rules, manual changes by staff and redemptions. Paged with an "
                    + "opaque cursor.")
    public ApiPage<LedgerItem> ledger(@PathVariable long personId,
                                      @RequestParam(required = false) @Nullable String cursor,
                                      @Parameter(description = "at most 100")
                                      @RequestParam(required = false) @Nullable Integer limit) {
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        var fetched = LookAhead.fetch((from, count) -> rewards.history(personId, from, count), offset, size,
                SERVICE_MAX);
        return ApiPage.byOffset(fetched, offset, size, LedgerItem::of);
    }
}
