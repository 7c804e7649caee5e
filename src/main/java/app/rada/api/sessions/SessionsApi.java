package app.rada.api.sessions;

import app.rada.api.ApiError;
import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.api.paging.LookAhead;
import app.rada.sessions.SessionList;
import app.rada.sessions.SessionReadingService;
import app.rada.sessions.SessionRegistrationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Design sessions as the token's person may see them (members only those of their audience), and their
 * registration: signing up takes a seat or a place on the waitlist, cancelling frees it for the next.
 */
@RestController
@RequestMapping(path = "/api/v1/sessions", produces = "application/json")
@Tag(name = "Design sessions")
class SessionsApi {

    /** The service answers at most this many sessions at once. */
    private static final int SERVICE_MAX = 100;

    private final SessionReadingService reading;
    private final SessionRegistrationService registration;

    SessionsApi(SessionReadingService reading, SessionRegistrationService registration) {
        this.reading = reading;
        this.registration = registration;
    }

    @GetMapping
    @Operation(summary = "Sessions the token's person may see",
            description = "upcoming (the next first), past, and with the staff scope drafts and cancelled. Paged "
                    + "with an opaque cursor.")
    ApiPage<SessionItem> list(
            @Parameter(description = "upcoming (default), past, drafts, cancelled")
            @RequestParam(defaultValue = "upcoming") String list,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "at most 100") @RequestParam(required = false) @Nullable Integer limit) {
        var which = listOf(list);
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        var fetched = LookAhead.fetch((from, count) -> reading.list(which, from, count), offset, size, SERVICE_MAX);
        return ApiPage.byOffset(fetched, offset, size, SessionItem::of);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One session, with the token's person's registration")
    SessionDetail read(@PathVariable long id) {
        return SessionDetail.of(reading.details(id));
    }

    @PostMapping("/{id}/registration")
    @Operation(summary = "Register the token's person",
            description = "A seat while there is one, else a place on the waitlist. Registering again changes "
                    + "nothing. Refused (422) once registration has closed.")
    RegistrationItem register(@PathVariable long id) {
        return RegistrationItem.of(registration.register(id));
    }

    @DeleteMapping("/{id}/registration")
    @Operation(summary = "Cancel the token's person's registration",
            description = "Until the session starts; a freed seat goes to the first on the waitlist. 204.")
    ResponseEntity<Void> cancel(@PathVariable long id) {
        registration.cancelRegistration(id);
        return ResponseEntity.noContent().build();
    }

    private static SessionList listOf(String code) {
        try {
            return SessionList.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("api-resources.error.bad-value", "list", code);
        }
    }
}
