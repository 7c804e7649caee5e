package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.mail.MailService;
import app.rada.mail.OutgoingMail;
import app.rada.people.internal.Invitation;
import app.rada.people.internal.InvitationRepository;
import app.rada.people.internal.Organisation;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.Person;
import app.rada.people.internal.PersonRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.Language;
import app.rada.shared.PortalLinks;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.i18n.Translations;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import app.rada.shared.security.PasswordPolicy;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rada is invitation-only. Staff invite people one by one or in bulk; the invitee gets a single-use
 * link valid for 14 days, sets their name and password, accepts the terms and is in.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    public static final Duration VALIDITY = Duration.ofDays(14);
    static final Pattern EMAIL = Pattern.compile(InvitationRequest.EMAIL_PATTERN);

    private final InvitationRepository invitations;
    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final MailService mail;
    private final AuditLog audit;
    private final Translations texts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TransactionTemplate rowTransaction;
    private final PortalLinks links;
    private final SecureRandom random = new SecureRandom();
    private final ApplicationEventPublisher events;
    private final PasswordPolicy passwordPolicy;
    private final Validator validator;

    InvitationService(InvitationRepository invitations, PersonRepository people, OrganisationRepository organisations,
                      MailService mail, AuditLog audit, Translations texts, PasswordEncoder passwordEncoder,
                      Clock clock, PlatformTransactionManager transactions,
                      PortalLinks links, ApplicationEventPublisher events,
                      PasswordPolicy passwordPolicy, Validator validator) {
        this.validator = validator;
        this.events = events;
        this.passwordPolicy = passwordPolicy;
        this.invitations = invitations;
        this.people = people;
        this.organisations = organisations;
        this.mail = mail;
        this.audit = audit;
        this.texts = texts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.rowTransaction = new TransactionTemplate(transactions);
        this.rowTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.links = links;
    }

    /** Invites one person and sends the invitation e-mail in their language. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public long invite(InvitationRequest request) {
        var actor = CurrentUser.require();
        var clean = request.normalised();
        DraftRules.firstProblem(validator, clean, InvitationRequest.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, InvitationRequest.messageArguments(key, request.email()));
        });
        var email = clean.email();
        var name = clean.name();
        if (request.role() == Role.ADMIN || (request.role() == Role.STAFF && !actor.has(Role.ADMIN))) {
            throw new Problem("invitations.problem.role");
        }
        if (request.organisationId() != null && organisations.findById(request.organisationId()).isEmpty()) {
            throw new Problem("invitations.problem.organisation");
        }
        if (people.existsByEmail(email)) {
            throw new Problem("invitations.problem.member", email);
        }
        var now = Instant.now(clock);
        if (invitations.findByEmailAndAcceptedAtIsNullAndRevokedAtIsNull(email).stream()
                .anyMatch(i -> i.state(now) == Invitation.State.PENDING)) {
            throw new Problem("invitations.problem.pending", email);
        }
        var token = newToken();
        var invitation = invitations.save(new Invitation(email, name, request.organisationId(), request.role(),
                request.language(), hash(token), actor.personId(), now, now.plus(VALIDITY)));
        sendMail(invitation, token);
        audit.record(AuditRecord.of(AuditAction.INVITATION_SENT).by(actor.personId(), actor.email())
                .on("invitation", invitation.getId(), email).detail(request.role().name()));
        return invitation.getId();
    }

    /**
     * Invites every valid row; each row succeeds or fails on its own, so one bad row never stops the
     * others. {@code progress} is told after each row.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize(Access.STAFF)
    public List<RowOutcome> inviteAll(List<InvitationCsv.Row> rows, IntConsumer progress) {
        var outcomes = new ArrayList<RowOutcome>(rows.size());
        int done = 0;
        for (var row : rows) {
            if (row.problemKey() != null) {
                outcomes.add(new RowOutcome(row.line(), row.email(), false, row.problemKey(), row.problemArgument()));
            } else {
                try {
                    rowTransaction.executeWithoutResult(status -> invite(row.request()));
                    outcomes.add(new RowOutcome(row.line(), row.email(), true, null, null));
                } catch (Problem problem) {
                    outcomes.add(new RowOutcome(row.line(), row.email(), false, problem.key(),
                            problem.args().length > 0 ? String.valueOf(problem.args()[0]) : null));
                }
            }
            progress.accept(++done);
        }
        return outcomes;
    }

    /** Sends a pending or expired invitation again with a new link; the old link stops working. */
    @Transactional
    @PreAuthorize(Access.STAFF)
    public void resend(long invitationId) {
        var actor = CurrentUser.require();
        var invitation = invitation(invitationId);
        if (invitation.state(Instant.now(clock)) == Invitation.State.ACCEPTED) {
            throw new Problem("invitations.problem.already-accepted");
        }
        if (people.existsByEmail(invitation.getEmail())) {
            throw new Problem("invitations.problem.member", invitation.getEmail());
        }
        var token = newToken();
        invitation.renew(hash(token), Instant.now(clock).plus(VALIDITY));
        sendMail(invitation, token);
        audit.record(AuditRecord.of(AuditAction.INVITATION_RESENT).by(actor.personId(), actor.email())
                .on("invitation", invitationId, invitation.getEmail()));
    }

    @Transactional
    @PreAuthorize(Access.STAFF)
    public void revoke(long invitationId) {
        var actor = CurrentUser.require();
        var invitation = invitation(invitationId);
        if (invitation.state(Instant.now(clock)) == Invitation.State.ACCEPTED) {
            throw new Problem("invitations.problem.already-accepted");
        }
        invitation.revoke(Instant.now(clock));
        audit.record(AuditRecord.of(AuditAction.INVITATION_REVOKED).by(actor.personId(), actor.email())
                .on("invitation", invitationId, invitation.getEmail()));
    }

    @PreAuthorize(Access.STAFF)
    public List<InvitationRow> find(@Nullable String text, int offset, int limit) {
        var now = Instant.now(clock);
        var page = PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1));
        return rows(invitations.page(like(text), page), now);
    }

    /** Invitations still waiting to be accepted, the oldest first. */
    @PreAuthorize(Access.STAFF)
    public List<InvitationRow> pending(int limit) {
        var now = Instant.now(clock);
        return rows(invitations.pending(now, PageRequest.of(0, Math.min(Math.max(limit, 1), 100))), now);
    }

    @PreAuthorize(Access.STAFF)
    public long countPending() {
        return invitations.countPending(Instant.now(clock));
    }

    private List<InvitationRow> rows(List<Invitation> page, Instant now) {
        var names = new HashMap<Long, String>();
        return page.stream().map(i -> new InvitationRow(i.getId(), i.getName(),
                i.getEmail(), i.getOrganisationId() == null ? null : names.computeIfAbsent(i.getOrganisationId(),
                        id -> organisations.findById(id).map(Organisation::getName).orElse(null)),
                i.getRole(), InvitationState.valueOf(i.state(now).name()), i.getCreatedAt(), i.getExpiresAt(),
                i.getSentCount())).toList();
    }

    @PreAuthorize(Access.STAFF)
    public long count(@Nullable String text) {
        return invitations.count(like(text));
    }

    /** What the invitation link leads to; anyone holding the link may ask. */
    public InvitationOpening open(String token) {
        var now = Instant.now(clock);
        return invitations.findByTokenHash(hash(token))
                .map(i -> {
                    var state = InvitationState.valueOf(i.state(now).name());
                    boolean pending = state == InvitationState.PENDING;
                    return new InvitationOpening(state, pending ? i.getName() : null, pending ? i.getEmail() : null,
                            pending && i.getOrganisationId() != null
                                    ? organisations.findById(i.getOrganisationId()).map(Organisation::getName).orElse(null)
                                    : null, i.getLanguage());
                })
                .orElse(new InvitationOpening(InvitationState.REVOKED, null, null, null, Language.EN));
    }

    /**
     * Accepts an invitation: creates the person with the invited role and organisation, records the
     * accepted terms version, and uses up the link. Returns the new person's id.
     */
    @Transactional
    public long accept(String token, String name, String password, boolean termsAccepted) {
        var now = Instant.now(clock);
        var invitation = invitations.findByTokenHash(hash(token))
                .filter(i -> i.state(now) == Invitation.State.PENDING)
                .orElseThrow(() -> new Problem("invitation.problem.link"));
        var cleanName = name.strip();
        DraftRules.firstProblem(validator, new InvitationAcceptance(cleanName, termsAccepted),
                InvitationAcceptance.PROPERTIES).ifPresent(key -> {
            throw new Problem(key, InvitationAcceptance.messageArguments(key));
        });
        var problems = passwordPolicy.problems(password, invitation.getEmail(), invitation.getLanguage().locale());
        if (!problems.isEmpty()) {
            throw new Problem("password.problem.policy", String.join(" ", problems));
        }
        if (people.existsByEmail(invitation.getEmail())) {
            throw new Problem("invitations.problem.member", invitation.getEmail());
        }
        var person = new Person(invitation.getEmail(), cleanName, EnumSet.of(invitation.getRole()),
                invitation.getOrganisationId(), invitation.getLanguage(), now);
        person.setPasswordHash(passwordEncoder.encode(password));
        person.acceptTerms(Terms.VERSION, now);
        var saved = people.save(person);
        invitation.accept(saved.getId(), now);
        events.publishEvent(new InvitationAccepted(saved.getId(), invitation.getInvitedBy()));
        audit.record(AuditRecord.of(AuditAction.INVITATION_ACCEPTED).by(saved.getId(), saved.getEmail())
                .on("invitation", invitation.getId(), saved.getEmail()).detail("terms " + Terms.VERSION));
        return saved.getId();
    }

    private void sendMail(Invitation invitation, String token) {
        var locale = invitation.getLanguage().locale();
        var link = links.absolute("invitation/" + token);
        mail.enqueue(new OutgoingMail(invitation.getEmail(), invitation.getLanguage(), "invitation",
                texts.getTranslation("invitations.mail.subject", locale),
                texts.getTranslation("invitations.mail.heading", locale, invitation.getName()),
                List.of(texts.getTranslation("invitations.mail.body", locale),
                        texts.getTranslation("invitations.mail.validity", locale, VALIDITY.toDays())),
                texts.getTranslation("invitations.mail.action", locale), link, null)
                .withSecretLink(invitation.getExpiresAt()));
    }

    private Invitation invitation(long id) {
        return invitations.findById(id).orElseThrow(() -> new NoSuchElementException("invitation " + id));
    }

    private @Nullable String like(@Nullable String text) {
        return text == null || text.isBlank() ? null : "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
    }

    private String newToken() {
        var bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
