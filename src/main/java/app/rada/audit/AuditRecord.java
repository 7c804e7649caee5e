package app.rada.audit;

import org.jspecify.annotations.Nullable;

/**
 * An event to write into the audit log.
 *
 * @param actorId who did it, or null for the system or an unknown visitor
 * @param actorLabel how to show the actor (an e-mail at the time), kept because people can be erased
 * @param targetType the kind of thing it was done to, for example {@code person}
 */
public record AuditRecord(AuditAction action, @Nullable Long actorId, @Nullable String actorLabel,
                          @Nullable String targetType, @Nullable String targetId, @Nullable String targetLabel,
                          @Nullable String detail, @Nullable String clientAddress) {

    public static AuditRecord of(AuditAction action) {
        return new AuditRecord(action, null, null, null, null, null, null, null);
    }

    public AuditRecord by(@Nullable Long id, @Nullable String label) {
        return new AuditRecord(action, id, label, targetType, targetId, targetLabel, detail, clientAddress);
    }

    public AuditRecord on(String type, @Nullable Object id, @Nullable String label) {
        return new AuditRecord(action, actorId, actorLabel, type, id == null ? null : id.toString(), label, detail,
                clientAddress);
    }

    public AuditRecord detail(@Nullable String text) {
        return new AuditRecord(action, actorId, actorLabel, targetType, targetId, targetLabel, text, clientAddress);
    }

    public AuditRecord from(@Nullable String address) {
        return new AuditRecord(action, actorId, actorLabel, targetType, targetId, targetLabel, detail, address);
    }
}
