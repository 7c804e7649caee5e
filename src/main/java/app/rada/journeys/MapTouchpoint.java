package app.rada.journeys;

/** A touchpoint as the map shows it. */
public record MapTouchpoint(long id, long stageId, String name, String description, TouchpointChannel channel,
                            String frontOffice, String backOffice) {

    public TouchpointDraft draft() {
        return new TouchpointDraft(name, description, channel, frontOffice, backOffice);
    }
}
