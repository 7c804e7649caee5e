package app.rada.ideas.internal;

import java.util.Optional;

/**
 * Recognises PNG, JPEG and WebP by their first bytes, whatever the file is called, so a renamed
 * executable or an SVG with a script never passes as an image.
 */
public final class ImageCheck {

    private ImageCheck() {
    }

    public static Optional<String> contentType(byte[] content) {
        if (content.length >= 8 && (content[0] & 0xFF) == 0x89 && content[1] == 'P' && content[2] == 'N'
                && content[3] == 'G' && content[4] == 0x0D && content[5] == 0x0A && content[6] == 0x1A
                && content[7] == 0x0A) {
            return Optional.of("image/png");
        }
        if (content.length >= 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (content.length >= 12 && content[0] == 'R' && content[1] == 'I' && content[2] == 'F' && content[3] == 'F'
                && content[8] == 'W' && content[9] == 'E' && content[10] == 'B' && content[11] == 'P') {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }
}
