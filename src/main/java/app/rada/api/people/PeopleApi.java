package app.rada.api.people;

import app.rada.api.ApiError;
import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.people.MembershipService;
import app.rada.people.PeopleFilter;
import app.rada.people.ProfileService;
import app.rada.shared.Role;
import app.rada.shared.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme's people, for staff systems only: a token needs the {@code staff} scope for every call here,
 * even for the token owner's own profile. The people list is the administrators' list, so it needs the
 * {@code admin} scope as well.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = "application/json")
@Tag(name = "People")
@PreAuthorize(Access.STAFF)
class PeopleApi {

    private static final Set<String> SORTS = Set.of("name", "email", "organisation", "createdAt");

    private final MembershipService memberships;
    private final ProfileService profiles;

    PeopleApi(MembershipService memberships, ProfileService profiles) {
        this.memberships = memberships;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(summary = "People, with the people list's filters (admin)",
            description = "Filters: q (part of the name or e-mail), role, organisation, segment, active. Sort by "
                    + "name (default), email, organisation or createdAt; a leading '-' sorts descending. Paged with "
                    + "an opaque cursor.")
    public ApiPage<PersonItem> list(
            @Parameter(description = "part of the name or e-mail") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "customer, board_member, staff, admin")
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable Long organisation,
            @RequestParam(required = false) @Nullable Long segment,
            @Parameter(description = "true: active people, false: deactivated; both when absent")
            @RequestParam(required = false) @Nullable Boolean active,
            @RequestParam(defaultValue = "name") String sort,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        var filter = new PeopleFilter(q == null || q.isBlank() ? null : q.strip(), roleOf(role), organisation,
                segment, active);
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        return ApiPage.byOffset(memberships.findPeople(filter, offset, size + 1, sortOf(sort)), offset, size,
                PersonItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One person's profile (staff)")
    public PersonDetail read(@PathVariable long id) {
        return PersonDetail.of(profiles.profile(id));
    }

    private static @Nullable Role roleOf(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("api-resources.error.bad-value", "role", code);
        }
    }

    private static Sort sortOf(String code) {
        var text = code.strip();
        boolean descending = text.startsWith("-");
        var property = descending ? text.substring(1) : text;
        if (!SORTS.contains(property)) {
            throw ApiError.badRequest("api-resources.error.bad-value", "sort", code);
        }
        return descending ? Sort.by(Sort.Order.desc(property)) : Sort.by(Sort.Order.asc(property));
    }
}
