package app.rada.people;

import java.util.Locale;

/** Why a single sign-on was refused; the login page shows {@code sso.refused.<code>}. */
public enum SsoRefusal {
    /** The provider does not vouch for the address, or sent none. */
    EMAIL_NOT_VERIFIED,
    /** No person, open invitation or sign-up rule matches the address. */
    NO_MATCH,
    /** The person was deactivated or erased. */
    DEACTIVATED,
    /** The address was invited once, but that invitation was already used, revoked or has expired. */
    INVITATION_CLOSED,
    /** Too many failed logins from this address or account for now. */
    THROTTLED,
    /** The provider answered with an error, or the exchange with it failed. */
    PROVIDER_ERROR;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "sso.refused." + code();
    }

    public static SsoRefusal ofCode(String code) {
        for (var refusal : values()) {
            if (refusal.code().equals(code)) {
                return refusal;
            }
        }
        return PROVIDER_ERROR;
    }
}
