package app.rada.journeys;

/** What staff fill in for a touchpoint; departments are free text, as organisations name them their own way. */
public record TouchpointDraft(String name, String description, TouchpointChannel channel, String frontOffice,
                              String backOffice) {

    public static final int NAME_MAX = 120;
    public static final int DESCRIPTION_MAX = 1000;
    public static final int DEPARTMENT_MAX = 120;
}
