package app.rada.sessions.internal;

import app.rada.sessions.SessionAudience;
import app.rada.sessions.SessionFormat;
import app.rada.sessions.SessionStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A design session. Its seat count and arrival counter change only while the row is locked
 * ({@link SessionRepository#findForUpdate}), so registrations take turns.
 */
@Entity
@Table(name = "design_session")
public class DesignSession {

    /** Letters and digits that cannot be mistaken for one another when read off a screen. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String purpose;

    @Column(nullable = false)
    private String agenda;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionFormat format;

    @Column(name = "meeting_url")
    private @Nullable String meetingUrl;

    @Column(name = "address")
    private @Nullable String address;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "registration_deadline")
    private @Nullable Instant registrationDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionAudience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionStatus status;

    @Column(name = "cancel_reason")
    private @Nullable String cancelReason;

    @Column(nullable = false)
    private int sequence;

    @Column(name = "registered_count", nullable = false)
    private int registeredCount;

    @Column(nullable = false)
    private long arrivals;

    @Column(name = "attendance_code", nullable = false)
    private String attendanceCode;

    @Column(nullable = false)
    private String minutes;

    @Column(name = "pulse_invited", nullable = false)
    private boolean pulseInvited;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "design_session_organisation", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "organisation_id", nullable = false)
    private Set<Long> organisationIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "design_session_segment", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "segment_id", nullable = false)
    private Set<Long> segmentIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "design_session_facilitator", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> facilitatorIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "design_session_idea", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "idea_id", nullable = false)
    private Set<Long> ideaIds = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "design_session_touchpoint", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    @Column(name = "touchpoint_id", nullable = false)
    private List<Long> touchpointIds = new ArrayList<>();

    @Version
    private long version;

    protected DesignSession() {
        this.title = "";
        this.purpose = "";
        this.agenda = "";
        this.format = SessionFormat.ONLINE;
        this.startsAt = Instant.EPOCH;
        this.endsAt = Instant.EPOCH;
        this.timeZone = "UTC";
        this.audience = SessionAudience.ALL;
        this.status = SessionStatus.DRAFT;
        this.attendanceCode = newCode();
        this.minutes = "";
        this.createdAt = Instant.EPOCH;
    }

    public DesignSession(long createdBy, Instant createdAt) {
        this();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /** Sets the whole content; the caller has checked it. Every change counts for the calendar entries. */
    public void edit(String title, String purpose, String agenda, SessionFormat format, @Nullable String meetingUrl,
                     @Nullable String address, Instant startsAt, Instant endsAt, String timeZone, int capacity,
                     @Nullable Instant registrationDeadline, Set<Long> facilitatorIds, SessionAudience audience,
                     Set<Long> organisationIds, Set<Long> segmentIds, Set<Long> ideaIds, List<Long> touchpointIds) {
        if (status == SessionStatus.CANCELLED) {
            throw new IllegalStateException("A cancelled session cannot change");
        }
        this.title = title;
        this.purpose = purpose;
        this.agenda = agenda;
        this.format = format;
        this.meetingUrl = meetingUrl;
        this.address = address;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.timeZone = timeZone;
        this.capacity = capacity;
        this.registrationDeadline = registrationDeadline;
        replace(this.facilitatorIds, facilitatorIds);
        this.audience = audience;
        replace(this.organisationIds, organisationIds);
        replace(this.segmentIds, segmentIds);
        replace(this.ideaIds, ideaIds);
        this.touchpointIds.clear();
        this.touchpointIds.addAll(touchpointIds);
        if (id != null) {
            sequence++;
        }
    }

    private static void replace(Set<Long> target, Set<Long> values) {
        target.clear();
        target.addAll(values);
    }

    public void publish() {
        if (status != SessionStatus.DRAFT) {
            throw new IllegalStateException("Not a draft");
        }
        status = SessionStatus.SCHEDULED;
    }

    public void cancel(String reason) {
        if (status == SessionStatus.CANCELLED) {
            throw new IllegalStateException("Already cancelled");
        }
        status = SessionStatus.CANCELLED;
        cancelReason = reason;
        sequence++;
    }

    /** The next arrival number, for a member joining the list now. */
    public long arrive() {
        return ++arrivals;
    }

    public void seatTaken() {
        registeredCount++;
    }

    public void seatFreed() {
        registeredCount = Math.max(0, registeredCount - 1);
    }

    public boolean full() {
        return registeredCount >= capacity;
    }

    public void writeMinutes(String markdown) {
        this.minutes = markdown;
    }

    public void pulseInvited() {
        this.pulseInvited = true;
    }

    /** When registration closes: at the deadline, or at the start. */
    public Instant registrationClosesAt() {
        return registrationDeadline == null || registrationDeadline.isAfter(startsAt) ? startsAt : registrationDeadline;
    }

    public long getId() {
        return id == null ? 0 : id;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getAgenda() {
        return agenda;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public @Nullable String getMeetingUrl() {
        return meetingUrl;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public int getCapacity() {
        return capacity;
    }

    public @Nullable Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public SessionAudience getAudience() {
        return audience;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public int getSequence() {
        return sequence;
    }

    public int getRegisteredCount() {
        return registeredCount;
    }

    public String getAttendanceCode() {
        return attendanceCode;
    }

    public String getMinutes() {
        return minutes;
    }

    public boolean isPulseInvited() {
        return pulseInvited;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Set<Long> getOrganisationIds() {
        return Set.copyOf(organisationIds);
    }

    public Set<Long> getSegmentIds() {
        return Set.copyOf(segmentIds);
    }

    public List<Long> getFacilitatorIds() {
        return List.copyOf(facilitatorIds);
    }

    public List<Long> getIdeaIds() {
        return List.copyOf(ideaIds);
    }

    public List<Long> getTouchpointIds() {
        return List.copyOf(touchpointIds);
    }
}
