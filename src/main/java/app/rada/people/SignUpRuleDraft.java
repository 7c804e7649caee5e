package app.rada.people;

import app.rada.people.internal.SignUpRule;
import app.rada.shared.Role;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** A sign-up rule as the administrator enters it: an e-mail domain, the organisation it joins and the role. */
public record SignUpRuleDraft(
        @NotBlank(message = "{sso.problem.domain}")
        @Size(max = SignUpRule.DOMAIN_MAX, message = "{sso.problem.domain}")
        @Pattern(regexp = DOMAIN_PATTERN, message = "{sso.problem.domain}") @Nullable String domain,
        @NotNull(message = "{sso.problem.organisation}") @Nullable Long organisationId,
        @NotNull(message = "{sso.problem.role}") @Nullable Role role) {

    /** Letters, digits and hyphens in dot-separated labels, at least two of them, no "@". */
    public static final String DOMAIN_PATTERN = "^(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
            + "[\\p{L}\\p{N}-]{2,63}$";

    /** The properties in the order their refusals are reported. */
    public static final List<String> PROPERTIES = List.of("domain", "organisationId", "role");

    public static SignUpRuleDraft empty() {
        return new SignUpRuleDraft("", null, Role.CUSTOMER);
    }

    /** The domain as rules keep it: trimmed, without a leading "@", in lower case. */
    public SignUpRuleDraft normalised() {
        var clean = domain == null ? null : domain.strip().toLowerCase(Locale.ROOT);
        if (clean != null && clean.startsWith("@")) {
            clean = clean.substring(1);
        }
        return new SignUpRuleDraft(clean, organisationId, role);
    }
}
