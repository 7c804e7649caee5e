package app.rada.people.internal;

import app.rada.shared.Appearance;
import app.rada.shared.Language;
import app.rada.shared.Role;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Someone who takes part in the programme: a customer, a board member, staff or an admin.
 * The e-mail address is the login and is kept in lower case.
 */
@Entity
@Table(name = "person")
public class Person {

    public static final int NAME_MAX = 120;
    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true)
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(name = "password_hash")
    private @Nullable String passwordHash;

    @Column(name = "organisation_id")
    private @Nullable Long organisationId;

    @Column(nullable = false)
    private String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Appearance appearance = Appearance.SYSTEM;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "board_term_start")
    private @Nullable LocalDate boardTermStart;

    @Column(name = "board_term_end")
    private @Nullable LocalDate boardTermEnd;

    @Column(name = "terms_version")
    private @Nullable String termsVersion;

    @Column(name = "terms_accepted_at")
    private @Nullable Instant termsAcceptedAt;

    @Column(name = "erased_at")
    private @Nullable Instant erasedAt;

    /** Grows whenever roles or organisation change, so open sessions pick up the new rights. */
    @Column(name = "rights_version", nullable = false)
    private long rightsVersion;

    /** Grows whenever the person's open sessions must end; a session built on an older value is over. */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    @Version
    private long version;

    protected Person() {
        this.email = "";
        this.name = "";
        this.language = Language.EN.code();
        this.createdAt = Instant.EPOCH;
    }

    public Person(String email, String name, Set<Role> roles, @Nullable Long organisationId, Language language,
                  Instant createdAt) {
        this.email = normaliseEmail(email);
        this.name = name.strip();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.organisationId = organisationId;
        this.language = language.code();
        this.createdAt = createdAt;
    }

    public static String normaliseEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** A new password for an existing account: every login made with the old one ends. */
    public void replacePassword(String passwordHash) {
        this.passwordHash = passwordHash;
        this.sessionEpoch++;
    }

    public void changeMembership(Set<Role> newRoles, @Nullable Long newOrganisationId, @Nullable LocalDate termStart,
                          @Nullable LocalDate termEnd) {
        var rolesBefore = getRoles();
        var organisationBefore = this.organisationId;
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
        this.organisationId = newOrganisationId;
        if (!rolesBefore.equals(this.roles) || !Objects.equals(organisationBefore, newOrganisationId)) {
            this.rightsVersion++;
        }
        boolean board = this.roles.contains(Role.BOARD_MEMBER);
        this.boardTermStart = board ? termStart : null;
        this.boardTermEnd = board ? termEnd : null;
    }

    public void deactivate() {
        this.active = false;
        this.sessionEpoch++;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Removes everything that identifies the person; the row stays so their contributions keep an author. */
    public void erase(Instant at) {
        this.email = "erased-" + id + "@erased.invalid";
        this.name = "";
        this.passwordHash = null;
        this.active = false;
        this.roles = EnumSet.noneOf(Role.class);
        this.boardTermStart = null;
        this.boardTermEnd = null;
        this.erasedAt = at;
        this.sessionEpoch++;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public void acceptTerms(String version, Instant at) {
        this.termsVersion = version;
        this.termsAcceptedAt = at;
    }

    public void chooseLanguage(Language language) {
        this.language = language.code();
    }

    public void chooseAppearance(Appearance appearance) {
        this.appearance = appearance;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getPasswordHash() {
        return passwordHash;
    }

    public @Nullable Long getOrganisationId() {
        return organisationId;
    }

    public Language getLanguage() {
        return Language.of(language).orElse(Language.EN);
    }

    public Appearance getAppearance() {
        return appearance;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable LocalDate getBoardTermStart() {
        return boardTermStart;
    }

    public @Nullable LocalDate getBoardTermEnd() {
        return boardTermEnd;
    }

    public @Nullable String getTermsVersion() {
        return termsVersion;
    }

    public @Nullable Instant getTermsAcceptedAt() {
        return termsAcceptedAt;
    }

    public long getRightsVersion() {
        return rightsVersion;
    }

    public long getSessionEpoch() {
        return sessionEpoch;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
