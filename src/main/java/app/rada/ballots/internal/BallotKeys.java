package app.rada.ballots.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The keys that seal the choices of secret ballots, kept outside the database: the current key
 * {@code rada.ballots.secret-key} seals, and the retired ones ({@code rada.ballots.retired-secret-keys})
 * still open the ballots sealed before a rotation. Every sealed row names its key by a short
 * fingerprint, which tells nothing about the key itself.
 *
 * <p>Only the embedded H2 demo may run without a configured key: it then generates one into
 * {@code rada.ballots.key-file}. Anywhere else a generated key would differ per node (a second node
 * could not count the first node's votes) and be lost with the file, so the portal refuses to start.
 */
@Component
class BallotKeys {

    static final String MISSING = "rada.ballots.secret-key is not set. Outside the embedded H2 demo every node "
            + "needs the same key for secret ballots: set RADA_BALLOTS_SECRET_KEY to 32 random bytes in Base64 "
            + "(generate them with `openssl rand -base64 32`) and keep it outside the database and its backups. "
            + "An installation that ran without it sealed its secret ballots with the key in data/ballot-secret.key: "
            + "use that one. After changing the key, keep the previous one in RADA_BALLOTS_RETIRED_SECRET_KEYS.";

    private static final Logger log = LoggerFactory.getLogger(BallotKeys.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key and its public fingerprint. */
    record Key(String id, byte[] bytes) {

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    private final Key current;
    private final Map<String, Key> byId = new LinkedHashMap<>();

    BallotKeys(@Value("${rada.ballots.secret-key:}") String configured,
               @Value("${rada.ballots.retired-secret-keys:}") String retired,
               @Value("${rada.ballots.key-file:data/ballot-secret.key}") Path keyFile,
               @Value("${spring.datasource.url:}") String databaseUrl) {
        if (configured.isBlank() && !embedded(databaseUrl)) {
            throw new MissingBallotKey.Refused();
        }
        this.current = key(configured.isBlank() ? fromFile(keyFile) : decode(configured, "rada.ballots.secret-key"));
        byId.put(current.id(), current);
        for (var one : retired.split("[,\\s]+")) {
            if (!one.isBlank()) {
                var key = key(decode(one, "a key in rada.ballots.retired-secret-keys"));
                byId.putIfAbsent(key.id(), key);
            }
        }
    }

    /** The embedded demo database: H2, or none given (Spring Boot then starts an embedded one). */
    static boolean embedded(String databaseUrl) {
        return databaseUrl.isBlank() || databaseUrl.startsWith("jdbc:h2:");
    }

    Key current() {
        return current;
    }

    Optional<Key> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The current key first, then the retired ones. */
    List<Key> all() {
        return new ArrayList<>(byId.values());
    }

    /** The first 6 bytes of an HMAC under the key: names the key, and cannot be turned back into it. */
    static String fingerprint(byte[] key) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(Arrays.copyOf(
                    mac.doFinal("rada-ballot-key-id".getBytes(StandardCharsets.UTF_8)), 6));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Key key(byte[] bytes) {
        return new Key(fingerprint(bytes), bytes);
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(where + " must hold 32 bytes (Base64 of 32 random bytes, "
                    + "e.g. `openssl rand -base64 32`), not " + key.length);
        }
        return key;
    }

    private static byte[] fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                var key = new byte[32];
                RANDOM.nextBytes(key);
                var parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                var temporary = Files.createTempFile(parent, "ballot-key", ".tmp");
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the file keeps its folder's permissions
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException another) {
                    Files.deleteIfExists(temporary);
                }
                log.warn("rada.ballots.secret-key is not set: the embedded demo seals secret ballots with the key "
                        + "generated in {}; any other database refuses to start without the property", file);
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or create the ballot key file " + file, e);
        }
    }
}
