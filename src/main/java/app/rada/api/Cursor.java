package app.rada.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of a list: where the next page starts. Callers pass back what they were given and
 * never build one. The services behind the lists offered so far page by position (offset and limit), so the
 * cursor holds that position; a list whose service pages by key later can put its last key in the cursor
 * instead, without callers noticing.
 */
public final class Cursor {

    /** The most items a page may have; {@code limit} is capped to it. */
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 25;
    private static final String VERSION = "o1:";

    private Cursor() {
    }

    /** The position a cursor stands for; the start of the list when there is none. */
    public static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (!text.startsWith(VERSION)) {
                throw ApiError.badRequest("api.error.bad-cursor");
            }
            int offset = Integer.parseInt(text.substring(VERSION.length()));
            if (offset < 0) {
                throw ApiError.badRequest("api.error.bad-cursor");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("api.error.bad-cursor");
        }
    }

    public static String at(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((VERSION + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The page size asked for, refused when below 1 and capped at {@link #MAX_LIMIT}. */
    public static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1) {
            throw ApiError.badRequest("api.error.bad-limit", MAX_LIMIT);
        }
        return Math.min(limit, MAX_LIMIT);
    }
}
