package app.rada.journeys;

/** What staff fill in for a journey map. */
public record MapDraft(String title, String description, String persona) {

    public static final int TITLE_MAX = 160;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int PERSONA_MAX = 300;
}
