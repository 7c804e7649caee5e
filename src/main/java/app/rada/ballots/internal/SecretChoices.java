package app.rada.ballots.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the choices of secret ballots with a key kept outside the database. The vote rows already
 * hold no person; but a database administrator can still match the row a voter's transaction wrote
 * (PostgreSQL's transaction ids, the write-ahead log) with the voter. Encrypted, that row reveals
 * nothing: only the portal, holding the key, reads choices to count them or to show a voter their
 * own vote by its receipt code.
 *
 * <p>The key is {@code rada.ballots.secret-key} (32 bytes, Base64), the same on every node. Without
 * it, a key is generated once into {@code rada.ballots.key-file} next to the embedded database, which
 * suits a single machine and the demo, and a warning says so.
 */
@Component
class SecretChoices {

    private static final Logger log = LoggerFactory.getLogger(SecretChoices.class);
    private static final String PREFIX = "e1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] masterKey;

    SecretChoices(@Value("${rada.ballots.secret-key:}") String configured,
                  @Value("${rada.ballots.key-file:data/ballot-secret.key}") Path keyFile) {
        this.masterKey = configured.isBlank() ? fromFile(keyFile) : decode(configured, "rada.ballots.secret-key");
    }

    String seal(long ballotId, String choice) {
        try {
            var iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            var cipher = cipher(Cipher.ENCRYPT_MODE, ballotKey(ballotId), ballotId, iv);
            var sealed = cipher.doFinal(choice.getBytes(StandardCharsets.UTF_8));
            var out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not encrypt a secret vote", e);
        }
    }

    String open(long ballotId, String stored) {
        return openAll(ballotId, java.util.List.of(stored)).getFirst();
    }

    /** Opens every choice of one ballot, deriving the ballot's key once. */
    java.util.List<String> openAll(long ballotId, java.util.List<String> stored) {
        try {
            var key = ballotKey(ballotId);
            var opened = new java.util.ArrayList<String>(stored.size());
            for (var one : stored) {
                if (!one.startsWith(PREFIX)) {
                    throw new IllegalStateException("A secret vote of ballot " + ballotId + " is not sealed");
                }
                var bytes = Base64.getDecoder().decode(one.substring(PREFIX.length()));
                var iv = java.util.Arrays.copyOf(bytes, IV_BYTES);
                var cipher = cipher(Cipher.DECRYPT_MODE, key, ballotId, iv);
                opened.add(new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8));
            }
            return opened;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A secret vote of ballot " + ballotId
                    + " cannot be read with this key: is rada.ballots.secret-key the one it was cast with?", e);
        }
    }

    /** Each ballot has a key of its own, derived from the master key. */
    private SecretKeySpec ballotKey(long ballotId) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(masterKey, "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal(("rada-ballot:" + ballotId).getBytes(StandardCharsets.UTF_8)), "AES");
    }

    /** The ballot id is bound to every vote, so a sealed choice cannot be moved to another ballot. */
    private static Cipher cipher(int mode, SecretKeySpec key, long ballotId, byte[] iv) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(ballotId).array());
        return cipher;
    }

    private static byte[] decode(String base64, String where) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + " is not Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException(where + " must hold 32 bytes (Base64 of 32 random bytes), not " + key.length);
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
                log.warn("rada.ballots.secret-key is not set: secret ballot choices are encrypted with the key "
                        + "generated in {}; set the property (the same on every node) in production", file);
            }
            return decode(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("Could not read or create the ballot key file " + file, e);
        }
    }
}
