package app.rada.api.sessions;

import app.rada.api.ApiPage;
import app.rada.api.Cursor;
import app.rada.api.paging.LookAhead;
import app.rada.sessions.SessionAttendanceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A session's list of people for staff: registered, the waitlist in order, those who cancelled; attendance. */
@RestController
@RequestMapping(path = "/api/v1/sessions/{id}/attendees", produces = "application/json")
@Tag(name = "Design sessions")
class SessionAttendeesApi {

    /** The service answers at most this many people at once. */
    private static final int SERVICE_MAX = 100;

    private final SessionAttendanceService attendance;

    SessionAttendeesApi(SessionAttendanceService attendance) {
        this.attendance = attendance;
    }

    @GetMapping
    @Operation(summary = "The session's registrations (staff)",
            description = "Registered first, then the waitlist in order, then those who cancelled, each with their "
                    + "attendance. Paged with an opaque cursor.")
    ApiPage<AttendeeItem> list(@PathVariable long id, @RequestParam(required = false) @Nullable String cursor,
                               @Parameter(description = "at most 100")
                               @RequestParam(required = false) @Nullable Integer limit) {
        int offset = Cursor.offset(cursor);
        int size = Cursor.limit(limit);
        var fetched = LookAhead.fetch((from, count) -> attendance.attendees(id, from, count), offset, size,
                SERVICE_MAX);
        return ApiPage.byOffset(fetched, offset, size, AttendeeItem::of);
    }

    @PutMapping(path = "/{personId}/attendance", consumes = "application/json")
    @Operation(summary = "Record whether a registered person came (staff)",
            description = "From half an hour before the start on; the person must be registered. 204.")
    ResponseEntity<Void> record(@PathVariable long id, @PathVariable long personId,
                                @Valid @RequestBody AttendanceRequest request) {
        attendance.markAttendance(id, personId, Objects.requireNonNull(request.attendance()));
        return ResponseEntity.noContent().build();
    }
}
