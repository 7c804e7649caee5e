package app.rada.shared.ui;

import app.rada.shared.security.RadaUser;
import java.time.Instant;

/**
 * What a start-page card knows of its reader: who they are, and when they last opened the start page,
 * so a card can tell what is new since then.
 */
public record StartContext(RadaUser user, Instant lastVisit) {
}
