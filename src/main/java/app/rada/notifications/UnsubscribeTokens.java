package app.rada.notifications;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe tokens: a person id and a kind, with an HMAC so nobody can turn off
 * someone else's e-mail by guessing.
 */
@Component
public class UnsubscribeTokens {

    private static final Logger log = LoggerFactory.getLogger(UnsubscribeTokens.class);

    public record Subject(long personId, NotificationKind kind) {
    }

    private final byte[] key;

    UnsubscribeTokens(@Value("${rada.security.token-secret:}") String secret) {
        if (secret.isBlank()) {
            log.warn("rada.security.token-secret is not set: unsubscribe links stop working after a restart");
            key = new byte[32];
            new SecureRandom().nextBytes(key);
        } else {
            key = secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    public String token(long personId, NotificationKind kind) {
        var payload = personId + "." + kind.name();
        return payload + "." + sign(payload);
    }

    public Optional<Subject> read(String token) {
        var parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        var payload = parts[0] + "." + parts[1];
        if (!MessageDigest.isEqual(sign(payload).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Subject(Long.parseLong(parts[0]), NotificationKind.valueOf(parts[1])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
