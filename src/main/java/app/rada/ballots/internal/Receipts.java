package app.rada.ballots.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Receipt codes of secret votes: 20 random characters (100 bits) shown once to the voter; only their
 * SHA-256 hash is stored, so the database alone cannot lead from a vote to a code either.
 */
public final class Receipts {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Receipts() {
    }

    /** A new code, in groups of five: {@code K7QF2-MZP9A-...}. */
    public static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The stored form of a code for one ballot; spaces, dashes and case do not matter. */
    public static String hash(long ballotId, String code) {
        var clean = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((ballotId + ":" + clean).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
