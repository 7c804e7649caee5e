/**
 * E-mail that is never lost: an outbox written in the same transaction as the change that caused it,
 * delivered over SMTP with retries, and readable by staff when no SMTP server is configured.
 */
@ApplicationModule(displayName = "Mail")
@NullMarked
package app.rada.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
