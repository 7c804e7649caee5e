package app.rada.people;

import app.rada.shared.Language;
import app.rada.shared.Role;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The people module's API as the other modules have known it. The work is done by the use-case services
 * ({@link LoginAccounts}, {@link ProfileService}, {@link PeopleDirectory}, {@link MembershipService},
 * {@link OrganisationService}), which also hold the access rules and transactions; new callers use those
 * directly. This class keeps no transaction of its own so that each call runs under the rules of the
 * service that does the work.
 */
@Service
public class PeopleService {

    private final LoginAccounts accounts;
    private final ProfileService profiles;
    private final PeopleDirectory directory;
    private final MembershipService memberships;
    private final OrganisationService organisations;

    PeopleService(LoginAccounts accounts, ProfileService profiles, PeopleDirectory directory,
                  MembershipService memberships, OrganisationService organisations) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.directory = directory;
        this.memberships = memberships;
        this.organisations = organisations;
    }

    public Optional<LoginAccount> findLoginAccount(String email) {
        return accounts.findLoginAccount(email);
    }

    public LoginAccount findLoginAccountOf(long personId) {
        return accounts.findLoginAccountOf(personId);
    }

    public Optional<LoginAccount> loginAccountOf(long personId) {
        return accounts.loginAccountOf(personId);
    }

    public Map<Long, LoginAccount> loginAccountsOf(Collection<Long> personIds) {
        return accounts.loginAccountsOf(personIds);
    }

    public Optional<AccountStamps> accountStamps(long personId) {
        return accounts.accountStamps(personId);
    }

    public void setPassword(long personId, String rawPassword) {
        accounts.setPassword(personId, rawPassword);
    }

    public PersonProfile profile(long personId) {
        return profiles.profile(personId);
    }

    public ProgrammeSummary summary() {
        return directory.summary();
    }

    public Map<Long, Optional<String>> displayNames(Collection<Long> personIds) {
        return directory.displayNames(personIds);
    }

    public int voteWeightOf(long personId) {
        return directory.voteWeightOf(personId);
    }

    public List<PersonName> mentionable(String prefix, int limit) {
        return directory.mentionable(prefix, limit);
    }

    public List<Long> currentBoardMembers() {
        return directory.currentBoardMembers();
    }

    public List<PersonName> staff() {
        return directory.staff();
    }

    public List<BoardTerm> boardTermsEndedBetween(LocalDate from, LocalDate to) {
        return directory.boardTermsEndedBetween(from, to);
    }

    public List<OrganisationOption> organisations() {
        return organisations.organisations();
    }

    public List<SegmentOption> segments() {
        return organisations.segments();
    }

    public List<SegmentCount> membersBySegment() {
        return organisations.membersBySegment();
    }

    public List<OrganisationRow> findOrganisations(@Nullable String text, int offset, int limit) {
        return organisations.findOrganisations(text, offset, limit);
    }

    public long countOrganisations(@Nullable String text) {
        return organisations.countOrganisations(text);
    }

    public Optional<OrganisationRow> organisation(long organisationId) {
        return organisations.organisation(organisationId);
    }

    public Optional<Long> organisationIdByName(String name) {
        return organisations.organisationIdByName(name);
    }

    public Optional<Long> segmentOf(long organisationId) {
        return organisations.segmentOf(organisationId);
    }

    public List<Long> memberIdsOf(long organisationId) {
        return organisations.memberIdsOf(organisationId);
    }

    public long createPerson(String email, String name, Set<Role> roles, @Nullable Long organisationId,
                             Language language, String rawPassword) {
        return memberships.createPerson(email, name, roles, organisationId, language, rawPassword);
    }

    public PersonDetails details(long personId) {
        return memberships.details(personId);
    }

    public void changeMembership(long personId, MembershipChange change) {
        memberships.changeMembership(personId, change);
    }

    public void deactivate(long personId) {
        memberships.deactivate(personId);
    }
}
