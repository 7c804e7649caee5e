package app.rada.journeys;

import java.util.Locale;

/** What a member marks on a touchpoint. */
public enum AnnotationKind {
    LOVE_POINT, HATE_POINT, MOMENT_OF_TRUTH, PAIN_POINT, IDEA, QUESTION;

    public String labelKey() {
        return "journeys.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
