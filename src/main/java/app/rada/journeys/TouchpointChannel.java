package app.rada.journeys;

import java.util.Locale;

/** How the customer meets the company at a touchpoint. */
public enum TouchpointChannel {
    PHONE, EMAIL, WEB, MOBILE, IN_PERSON, SOCIAL_MEDIA, OTHER;

    public String labelKey() {
        return "journeys.channel." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
