package app.rada.journeys;

import java.time.Instant;

/** A saved version of a map: its touchpoints' figures as they were at that moment. */
public record MapVersion(long id, int number, String label, Instant createdAt) {

    public static final int LABEL_MAX = 120;
}
