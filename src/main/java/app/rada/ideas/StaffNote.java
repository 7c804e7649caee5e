package app.rada.ideas;

import java.time.Instant;
import java.util.Optional;

/** A note staff keep on an idea for each other; customers never see it. */
public record StaffNote(long id, long staffId, Optional<String> staffName, String text, Instant at) {

    public static final int TEXT_MAX = 5000;
}
