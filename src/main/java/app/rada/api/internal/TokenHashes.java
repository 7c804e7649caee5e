package app.rada.api.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Makes new tokens and the hashes they are stored and looked up by. */
public final class TokenHashes {

    /** Every token starts with this, so a leaked one is easy to recognise (for example by secret scanners). */
    public static final String PREFIX = "rada_";
    private static final int PREFIX_SHOWN = PREFIX.length() + 6;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenHashes() {
    }

    /** 32 random bytes, URL-safe Base64 without padding, after {@link #PREFIX}. */
    public static String newToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String sha256(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first characters, enough for an administrator to tell tokens apart and never enough to use one. */
    public static String prefixOf(String token) {
        return token.substring(0, Math.min(PREFIX_SHOWN, token.length()));
    }
}
