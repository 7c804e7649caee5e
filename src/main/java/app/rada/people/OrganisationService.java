package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.internal.Organisation;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.PeopleQueries;
import app.rada.people.internal.PersonRepository;
import app.rada.people.internal.Segment;
import app.rada.people.internal.SegmentRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisations taking part and the segments that weigh their voices. */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final SegmentRepository segments;
    private final PeopleQueries queries;
    private final Clock clock;
    private final AuditLog audit;
    private final Validator validator;

    OrganisationService(PersonRepository people, OrganisationRepository organisations, SegmentRepository segments,
                        PeopleQueries queries, Clock clock, AuditLog audit, Validator validator) {
        this.validator = validator;
        this.people = people;
        this.organisations = organisations;
        this.segments = segments;
        this.queries = queries;
        this.clock = clock;
        this.audit = audit;
    }

    @PreAuthorize(Access.STAFF)
    public List<OrganisationOption> organisations() {
        return organisations.findAll(Sort.by("name")).stream()
                .map(o -> new OrganisationOption(o.getId(), o.getName(), o.getSegmentId())).toList();
    }

    @PreAuthorize(Access.MEMBER)
    public List<SegmentOption> segments() {
        return segments.findAll(Sort.by("voteWeight").descending().and(Sort.by("code"))).stream()
                .map(s -> new SegmentOption(s.getId(), s.getCode(), s.getNameEn(), s.getNamePl(), s.getVoteWeight()))
                .toList();
    }

    /** Active members per segment, every segment listed, for the staff's overview. */
    @PreAuthorize(Access.STAFF)
    public List<SegmentCount> membersBySegment() {
        var counts = new HashMap<Long, Long>();
        for (Object[] row : people.countActiveBySegment()) {
            counts.put((Long) row[0], (Long) row[1]);
        }
        return segments().stream().map(s -> new SegmentCount(s, counts.getOrDefault(s.id(), 0L))).toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    /** A new segment; its id. */
    public long createSegment(String code, String nameEn, String namePl, @Nullable String description, int weight) {
        return segments.save(new Segment(code, nameEn, namePl, description, weight)).getId();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    /** A new organisation in the segment; its id. */
    public long createOrganisation(String name, long segmentId, @Nullable String notes) {
        if (segments.findById(segmentId).isEmpty()) {
            throw new IllegalArgumentException("Unknown segment " + segmentId);
        }
        return organisations.save(new Organisation(name.strip(), segmentId, notes, Instant.now(clock))).getId();
    }

    /** Creates or changes a segment; the code is fixed once created. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public SegmentOption saveSegment(@Nullable Long id, String code, String nameEn, String namePl,
                                     @Nullable String description, int weight) {
        // the code is fixed once created: a change leaves it out
        var draft = SegmentDraft.typed(id == null ? code : null, nameEn, namePl, description, weight);
        DraftRules.firstProblem(validator, draft, SegmentDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, SegmentDraft.messageArguments(key));
        });
        Segment segment;
        if (id == null) {
            var cleanCode = Objects.requireNonNull(draft.code());
            if (segments.findByCode(cleanCode).isPresent()) {
                throw new Problem("segments.problem.code-taken", cleanCode);
            }
            segment = segments.save(new Segment(cleanCode, draft.nameEn(), draft.namePl(), draft.description(),
                    weight));
        } else {
            segment = segments.findById(id).orElseThrow(() -> new NoSuchElementException("segment " + id));
            segment.change(draft.nameEn(), draft.namePl(), draft.description(), weight);
        }
        var actor = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.SEGMENT_SAVED).by(actor.personId(), actor.email())
                .on("segment", segment.getId(), segment.getCode()).detail("weight " + weight));
        return new SegmentOption(segment.getId(), segment.getCode(), segment.getNameEn(), segment.getNamePl(),
                segment.getVoteWeight());
    }

    /** Creates or changes an organisation; names are unique. */
    @Transactional
    @PreAuthorize(Access.ADMIN)
    public OrganisationRow saveOrganisation(@Nullable Long id, String name, long segmentId, @Nullable String notes,
                                            boolean active) {
        var cleanName = name.strip();
        DraftRules.firstProblem(validator, new OrganisationDraft(cleanName, segmentId, notes, active),
                OrganisationDraft.PROPERTIES).ifPresent(key -> {
                    throw new Problem(key, OrganisationDraft.messageArguments(key));
                });
        if (segments.findById(segmentId).isEmpty()) {
            throw new Problem("organisations.problem.segment");
        }
        var sameName = organisations.findFirstByNameIgnoreCase(cleanName);
        if (sameName.isPresent() && !sameName.get().getId().equals(id)) {
            throw new Problem("organisations.problem.name-taken", cleanName);
        }
        Organisation organisation;
        if (id == null) {
            organisation = organisations.save(new Organisation(cleanName, segmentId, notes, Instant.now(clock)));
            if (!active) {
                organisation.change(cleanName, segmentId, notes, false);
            }
        } else {
            organisation = organisations.findById(id).orElseThrow(() -> new NoSuchElementException("organisation " + id));
            organisation.change(cleanName, segmentId, notes, active);
        }
        var actor = CurrentUser.require();
        audit.record(AuditRecord.of(AuditAction.ORGANISATION_SAVED).by(actor.personId(), actor.email())
                .on("organisation", organisation.getId(), cleanName));
        return organisationRow(organisation);
    }

    /** A page of organisations with their member counts, by name. */
    @PreAuthorize(Access.STAFF)
    public List<OrganisationRow> findOrganisations(@Nullable String text, int offset, int limit) {
        return queries.organisations(text, offset, limit);
    }

    @PreAuthorize(Access.STAFF)
    public long countOrganisations(@Nullable String text) {
        return queries.countOrganisations(text);
    }

    @PreAuthorize(Access.STAFF)
    public Optional<Long> organisationIdByName(String name) {
        return organisations.findFirstByNameIgnoreCase(name.strip()).map(Organisation::getId);
    }

    /** The segment an organisation carries now, for contributions that record it at the time they are made. */
    @PreAuthorize(Access.MEMBER)
    public Optional<Long> segmentOf(long organisationId) {
        return organisations.findById(organisationId).map(Organisation::getSegmentId);
    }

    /** One organisation with its member count, for staff's overview of it. */
    @PreAuthorize(Access.STAFF)
    public Optional<OrganisationRow> organisation(long organisationId) {
        return organisations.findById(organisationId).map(this::organisationRow);
    }

    /** The ids of everyone who belongs to an organisation now, for figures about its people. */
    @PreAuthorize(Access.STAFF)
    public List<Long> memberIdsOf(long organisationId) {
        return people.idsByOrganisation(organisationId);
    }

    private OrganisationRow organisationRow(Organisation o) {
        return new OrganisationRow(o.getId(), o.getName(), o.getSegmentId(), o.getNotes(), o.isActive(),
                people.countByOrganisationId(o.getId()));
    }
}
