/**
 * Webhooks: administrators register endpoints of the company's other systems, and Rada tells them
 * what happens (ideas submitted, answered, merged, discussed and voted on, ballots, sessions,
 * annotations, rewards) with signed JSON, or with a readable line for a Slack or Teams channel.
 * Deliveries are queued in the transaction of the change that caused them and sent in order per
 * endpoint, with retries.
 */
@ApplicationModule(displayName = "Webhooks")
@NullMarked
package app.rada.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
