package app.rada.ballots.internal;

import app.rada.ballots.BallotType;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals the slots of secret ballots with AES-GCM under a key per ballot, derived from a key of
 * {@link BallotKeys}. A slot's plain text is padded to the ballot's capacity before sealing, so every
 * envelope of a ballot has the same length whether it is empty or holds {@code NO} or a long ranking:
 * the length tells only the ballot's shape, which its page shows anyway. A fresh nonce makes every
 * sealing of the same content look different.
 */
@Component
class SecretChoices {

    /** Envelopes of slots; the older single-vote rows began with {@code e1:}. */
    private static final String PREFIX = "e2:";
    private static final String LEGACY_PREFIX = "e1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HASH_BYTES = 32;
    /** Used flag, receipt hash, choice length. */
    private static final int HEADER = 1 + HASH_BYTES + 2;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What a slot holds: nothing yet, or a vote under the hash of its receipt code. */
    record Slot(Optional<String> receiptHash, Optional<String> choice) {

        static final Slot EMPTY = new Slot(Optional.empty(), Optional.empty());

        static Slot vote(String receiptHash, String choice) {
            return new Slot(Optional.of(receiptHash), Optional.of(choice));
        }

        boolean isEmpty() {
            return choice.isEmpty();
        }

        boolean holds(String hash) {
            return receiptHash.filter(hash::equals).isPresent();
        }
    }

    /** A sealed slot as stored: the key's fingerprint and the envelope. */
    record Sealed(String keyId, String envelope) {
    }

    private final BallotKeys keys;

    SecretChoices(BallotKeys keys) {
        this.keys = keys;
    }

    /**
     * The longest choice a ballot of this shape can hold, in bytes: every envelope of the ballot is
     * padded to it. Rankings and points are option positions or numbers joined by commas.
     */
    static int capacity(BallotType type, int optionCount, int pointsBudget) {
        int options = Math.max(optionCount, 1);
        return switch (type) {
            case APPROVE_REJECT -> "ABSTAIN".length();
            case SINGLE_CHOICE -> digits(options - 1);
            case RANKED -> {
                int length = options - 1;
                for (int position = 0; position < options; position++) {
                    length += digits(position);
                }
                yield length;
            }
            case POINTS -> options * digits(Math.max(pointsBudget, 0)) + options - 1;
        };
    }

    private static int digits(int number) {
        return Integer.toString(number).length();
    }

    Sealed seal(long ballotId, Slot slot, int capacity) {
        var choice = slot.choice().orElse("").getBytes(StandardCharsets.UTF_8);
        if (choice.length > capacity) {
            throw new IllegalStateException("A choice of ballot " + ballotId + " is longer than its envelope");
        }
        var plain = ByteBuffer.allocate(HEADER + capacity)
                .put((byte) (slot.isEmpty() ? 0 : 1))
                .put(slot.receiptHash().map(SecretChoices::hashBytes).orElse(new byte[HASH_BYTES]))
                .putShort((short) choice.length)
                .put(choice)
                .array();
        var key = keys.current();
        try {
            var iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            var sealed = cipher(Cipher.ENCRYPT_MODE, ballotKey(key.bytes(), ballotId), ballotId, iv).doFinal(plain);
            var out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return new Sealed(key.id(), PREFIX + Base64.getEncoder().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a slot of secret ballot " + ballotId, e);
        }
    }

    Slot open(long ballotId, String keyId, String envelope) {
        var key = keys.byId(keyId).orElseThrow(() -> new IllegalStateException("Secret ballot " + ballotId
                + " was sealed with the ballot key " + keyId + ", which is not configured: add that key to "
                + "rada.ballots.retired-secret-keys (RADA_BALLOTS_RETIRED_SECRET_KEYS)"));
        try {
            if (!envelope.startsWith(PREFIX)) {
                throw new IllegalArgumentException("not an envelope");
            }
            var plain = ByteBuffer.wrap(openBytes(key.bytes(), ballotId, envelope.substring(PREFIX.length())));
            boolean used = plain.get() == 1;
            var hash = new byte[HASH_BYTES];
            plain.get(hash);
            var choice = new byte[plain.getShort()];
            plain.get(choice);
            return used ? Slot.vote(HexFormat.of().formatHex(hash), new String(choice, StandardCharsets.UTF_8))
                    : Slot.EMPTY;
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("A slot of secret ballot " + ballotId + " cannot be opened with the key "
                    + keyId + " configured here", e);
        }
    }

    /** Opens a vote stored before slots existed ({@code e1:}, no key id): tries every configured key. */
    String openLegacy(long ballotId, String stored) {
        if (!stored.startsWith(LEGACY_PREFIX)) {
            throw new IllegalStateException("A secret vote of ballot " + ballotId + " is not sealed");
        }
        for (var key : keys.all()) {
            try {
                return new String(openBytes(key.bytes(), ballotId, stored.substring(LEGACY_PREFIX.length())),
                        StandardCharsets.UTF_8);
            } catch (GeneralSecurityException | IllegalArgumentException wrongKey) {
                // the next key, maybe
            }
        }
        throw new IllegalStateException("A secret vote of ballot " + ballotId + " opens with none of the configured "
                + "ballot keys: add the key it was cast with to rada.ballots.retired-secret-keys");
    }

    /** Seals as votes were sealed before slots existed; only to test their conversion. */
    String sealLegacy(long ballotId, String choice) throws GeneralSecurityException {
        var iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        var sealed = cipher(Cipher.ENCRYPT_MODE, ballotKey(keys.current().bytes(), ballotId), ballotId, iv)
                .doFinal(choice.getBytes(StandardCharsets.UTF_8));
        return LEGACY_PREFIX + Base64.getEncoder().encodeToString(
                ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
    }

    private static byte[] openBytes(byte[] master, long ballotId, String base64) throws GeneralSecurityException {
        var bytes = Base64.getDecoder().decode(base64);
        var iv = Arrays.copyOf(bytes, IV_BYTES);
        return cipher(Cipher.DECRYPT_MODE, ballotKey(master, ballotId), ballotId, iv)
                .doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
    }

    /** A stored receipt hash as bytes; a hash of another form (none the portal writes) is hashed again. */
    private static byte[] hashBytes(String hash) {
        try {
            var bytes = HexFormat.of().parseHex(hash);
            if (bytes.length == HASH_BYTES) {
                return bytes;
            }
        } catch (IllegalArgumentException notHex) {
            // below
        }
        return HexFormat.of().parseHex(Receipts.hash(0, hash));
    }

    /** Each ballot has a key of its own, derived from the master key. */
    private static SecretKeySpec ballotKey(byte[] master, long ballotId) throws GeneralSecurityException {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(master, "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal(("rada-ballot:" + ballotId).getBytes(StandardCharsets.UTF_8)), "AES");
    }

    /** The ballot id is bound to every envelope, so a sealed slot cannot be moved to another ballot. */
    private static Cipher cipher(int mode, SecretKeySpec key, long ballotId, byte[] iv) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(ByteBuffer.allocate(Long.BYTES).putLong(ballotId).array());
        return cipher;
    }
}
