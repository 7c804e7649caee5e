package app.rada.people;

/** The terms of use and privacy notice a person accepts when joining. */
public final class Terms {

    /** Raised whenever the wording changes, so each person's accepted version is known. */
    public static final String VERSION = "2026-11";

    private Terms() {
    }
}
