package app.rada.people;

import app.rada.audit.AuditAction;
import app.rada.audit.AuditLog;
import app.rada.audit.AuditRecord;
import app.rada.people.internal.Organisation;
import app.rada.people.internal.OrganisationRepository;
import app.rada.people.internal.SignUpRule;
import app.rada.people.internal.SignUpRuleRepository;
import app.rada.shared.DraftRules;
import app.rada.shared.Problem;
import app.rada.shared.Role;
import app.rada.shared.security.Access;
import app.rada.shared.security.CurrentUser;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrators' sign-up rules for single sign-on: a verified address of a listed e-mail domain joins the
 * rule's organisation with its role at the first sign-in. A rule gives the customer or the staff role (staff for
 * the company's own domain); administrators, and board members, whose seat needs a term, are made only by an
 * administrator or by a provider's mapped groups.
 */
@Service
@Transactional(readOnly = true)
public class SignUpRules {

    /** The most rules the admin page lists; an installation has a handful. */
    public static final int LIST_LIMIT = 500;
    /** The roles a rule may give. */
    public static final List<Role> ROLES = List.of(Role.CUSTOMER, Role.STAFF);

    private final SignUpRuleRepository rules;
    private final OrganisationRepository organisations;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    SignUpRules(SignUpRuleRepository rules, OrganisationRepository organisations, AuditLog audit, Validator validator,
                Clock clock) {
        this.rules = rules;
        this.organisations = organisations;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    @PreAuthorize(Access.ADMIN)
    public List<SignUpRuleRow> rules() {
        var page = rules.findAllByOrderByDomain(PageRequest.of(0, LIST_LIMIT));
        var names = organisations.findAllById(page.stream().map(SignUpRule::getOrganisationId).distinct().toList())
                .stream().collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        return page.stream().map(r -> new SignUpRuleRow(Objects.requireNonNull(r.getId()), r.getDomain(),
                r.getOrganisationId(), names.getOrDefault(r.getOrganisationId(), ""), r.getRole(), r.getCreatedAt()))
                .toList();
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public long add(SignUpRuleDraft draft) {
        var clean = draft.normalised();
        DraftRules.firstProblem(validator, clean, SignUpRuleDraft.PROPERTIES).ifPresent(key -> {
            throw new Problem(key);
        });
        var domain = Objects.requireNonNull(clean.domain());
        var role = Objects.requireNonNull(clean.role());
        if (!ROLES.contains(role)) {
            throw new Problem("sso.problem.role");
        }
        var organisation = organisations.findById(Objects.requireNonNull(clean.organisationId()))
                .filter(Organisation::isActive)
                .orElseThrow(() -> new Problem("sso.problem.organisation"));
        if (rules.existsByDomain(domain)) {
            throw new Problem("sso.problem.domain-taken", domain);
        }
        var actor = CurrentUser.require();
        var saved = rules.save(new SignUpRule(domain, Objects.requireNonNull(organisation.getId()), role,
                actor.personId(), Instant.now(clock)));
        audit.record(AuditRecord.of(AuditAction.SSO_RULE_ADDED).by(actor.personId(), actor.email())
                .on("sso-rule", saved.getId(), domain).detail(organisation.getName() + " " + role.name()));
        return Objects.requireNonNull(saved.getId());
    }

    @Transactional
    @PreAuthorize(Access.ADMIN)
    public void remove(long ruleId) {
        var actor = CurrentUser.require();
        var rule = rules.findById(ruleId).orElseThrow(() -> new Problem("sso.problem.rule-gone"));
        rules.delete(rule);
        audit.record(AuditRecord.of(AuditAction.SSO_RULE_REMOVED).by(actor.personId(), actor.email())
                .on("sso-rule", ruleId, rule.getDomain()).detail(rule.getRole().name()));
    }
}
