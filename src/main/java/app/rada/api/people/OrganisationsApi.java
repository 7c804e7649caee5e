package app.rada.api.people;

import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.people.OrganisationService;
import app.rada.shared.security.Access;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The customer organisations of the programme, by name, for staff systems (the {@code staff} scope). */
@RestController
@RequestMapping(path = "/api/v1/organisations", produces = "application/json")
@Tag(name = "People")
@PreAuthorize(Access.STAFF)
class OrganisationsApi {

    private final OrganisationService organisations;

    OrganisationsApi(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GetMapping
    @Operation(summary = "Organisations by name, with their member counts (staff)",
            description = "q narrows to names containing it. Paged with an opaque cursor.")
    public ApiPage<OrganisationItem> list(
            @Parameter(description = "part of the name") @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        return ApiPage.byOffset(organisations.findOrganisations(q, offset, size + 1), offset, size,
                OrganisationItem::of);
    }
}
