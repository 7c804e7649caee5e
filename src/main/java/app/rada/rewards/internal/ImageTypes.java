package app.rada.rewards.internal;

import java.util.Optional;

/**
 * Tells PNG, JPEG and WebP pictures by their first bytes, whatever the file is called, so that a renamed
 * program or an SVG carrying a script is never stored or served as a reward's picture.
 */
public final class ImageTypes {

    private ImageTypes() {
    }

    public static Optional<String> of(byte[] content) {
        if (startsWith(content, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(content, 0, 'R', 'I', 'F', 'F') && startsWith(content, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int at, int... expected) {
        if (content.length < at + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((content[at + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
