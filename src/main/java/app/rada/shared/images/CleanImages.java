package app.rada.shared.images;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;

/**
 * Takes everything but the picture out of an uploaded image before it is stored: camera make, time,
 * GPS position, thumbnails and comments. PNG and JPEG are decoded and encoded again with
 * {@code javax.imageio}, which writes no metadata; the JDK cannot encode WebP, so a WebP keeps its image
 * chunks and loses every other one (EXIF and XMP among them). Decoding also proves the file is the
 * image it claims to be, and the pixel count is checked first so a small file cannot unpack into
 * gigabytes. A JPEG's EXIF orientation is applied to the pixels before the EXIF goes, so a phone photo
 * taken upright stays upright.
 */
public final class CleanImages {

    /** Enough for any photo a phone stores by default (48 megapixels binned to 12). */
    public static final long MAX_PIXELS = 40_000_000L;

    private static final float JPEG_QUALITY = 0.9f;
    private static final Set<String> WEBP_IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final int VP8X_EXIF_FLAG = 0x08;
    private static final int VP8X_XMP_FLAG = 0x04;

    private CleanImages() {
    }

    /** Why an image was not taken. */
    public enum Refusal { UNREADABLE, TOO_MANY_PIXELS }

    /** An image that cannot be stored. */
    public static final class RefusedImage extends RuntimeException {

        private final Refusal refusal;

        RefusedImage(Refusal refusal, String message) {
            super(message);
            this.refusal = refusal;
        }

        public Refusal refusal() {
            return refusal;
        }
    }

    /**
     * The same picture without metadata, in the same format. {@code contentType} is the type already
     * recognised from the content: {@code image/png}, {@code image/jpeg} or {@code image/webp}.
     */
    public static byte[] withoutMetadata(byte[] content, String contentType) {
        return switch (contentType) {
            case "image/png" -> reencode(content, "png");
            case "image/jpeg" -> reencode(content, "jpeg");
            case "image/webp" -> webpImageChunks(content);
            default -> throw new RefusedImage(Refusal.UNREADABLE, "Not an image type kept here: " + contentType);
        };
    }

    private static byte[] reencode(byte[] content, String format) {
        var image = decode(content);
        if (format.equals("jpeg")) {
            image = upright(image, exifOrientation(content));
        }
        var out = new ByteArrayOutputStream(content.length);
        try {
            if (format.equals("png")) {
                ImageIO.write(image, "png", out);
            } else {
                writeJpeg(withoutAlpha(image), out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] content) {
        try (var in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new RefusedImage(Refusal.UNREADABLE, "No reader for this image");
            }
            var reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new RefusedImage(Refusal.TOO_MANY_PIXELS, pixels + " pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedImage refused) {
                throw refused;
            }
            throw new RefusedImage(Refusal.UNREADABLE, "Unreadable image: " + e.getMessage());
        }
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        try {
            graphics.drawImage(image, 0, 0, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static void writeJpeg(BufferedImage image, ByteArrayOutputStream out) throws IOException {
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            var parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } finally {
            writer.dispose();
        }
    }

    /** The EXIF orientation (1 to 8) of a JPEG; 1, as it is stored, when it has none. */
    static int exifOrientation(byte[] jpeg) {
        int position = 2;
        while (position + 4 <= jpeg.length && (jpeg[position] & 0xFF) == 0xFF) {
            int marker = jpeg[position + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                break;
            }
            int length = (jpeg[position + 2] & 0xFF) << 8 | jpeg[position + 3] & 0xFF;
            int end = Math.min(jpeg.length, position + 2 + length);
            if (marker == 0xE1 && position + 10 <= end
                    && new String(jpeg, position + 4, 6, StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return tiffOrientation(jpeg, position + 10, end);
            }
            position += 2 + length;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] bytes, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little = bytes[start] == 'I';
        long directory = start + unsigned32(bytes, start + 4, little);
        if (directory + 2 > end) {
            return 1;
        }
        int entries = unsigned16(bytes, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + i * 12;
            if (entry + 12 > end) {
                break;
            }
            if (unsigned16(bytes, entry, little) == 0x0112) {
                int value = unsigned16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int unsigned16(byte[] bytes, int at, boolean little) {
        return little ? (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8 : (bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF;
    }

    private static long unsigned32(byte[] bytes, int at, boolean little) {
        return little ? littleEndian(bytes, at)
                : (bytes[at] & 0xFFL) << 24 | (bytes[at + 1] & 0xFFL) << 16 | (bytes[at + 2] & 0xFFL) << 8
                | bytes[at + 3] & 0xFFL;
    }

    /** The pixels turned and mirrored as the orientation asks, so they show right without it. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean turned = orientation >= 5;
        int newWidth = turned ? height : width;
        var source = image.getRGB(0, 0, width, height, null, 0, width);
        var target = new int[source.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int toX;
                int toY;
                switch (orientation) {
                    case 2 -> { toX = width - 1 - x; toY = y; }
                    case 3 -> { toX = width - 1 - x; toY = height - 1 - y; }
                    case 4 -> { toX = x; toY = height - 1 - y; }
                    case 5 -> { toX = y; toY = x; }
                    case 6 -> { toX = height - 1 - y; toY = x; }
                    case 7 -> { toX = height - 1 - y; toY = width - 1 - x; }
                    default -> { toX = y; toY = width - 1 - x; }
                }
                target[toY * newWidth + toX] = source[y * width + x];
            }
        }
        var result = new BufferedImage(newWidth, turned ? width : height, BufferedImage.TYPE_INT_RGB);
        result.setRGB(0, 0, newWidth, turned ? width : height, target, 0, newWidth);
        return result;
    }

    /** The RIFF container again with only the chunks that draw the image, and no metadata flags. */
    private static byte[] webpImageChunks(byte[] content) {
        if (content.length < 20) {
            throw new RefusedImage(Refusal.UNREADABLE, "WebP too short");
        }
        long declared = littleEndian(content, 4);
        int end = (int) Math.min(content.length, 8 + declared);
        var out = new ByteArrayOutputStream(content.length);
        out.write(content, 0, 12);
        int position = 12;
        boolean drawn = false;
        while (position + 8 <= end) {
            var type = new String(content, position, 4, StandardCharsets.US_ASCII);
            long size = littleEndian(content, position + 4);
            long next = position + 8 + size + (size & 1);
            if (position + 8 + size > end) {
                throw new RefusedImage(Refusal.UNREADABLE, "WebP chunk " + type + " runs past the end");
            }
            if (WEBP_IMAGE_CHUNKS.contains(type)) {
                int copied = (int) Math.min(next, end) - position;
                var chunk = new byte[copied];
                System.arraycopy(content, position, chunk, 0, copied);
                if (type.equals("VP8X")) {
                    chunk[8] = (byte) (chunk[8] & ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG));
                }
                out.write(chunk, 0, copied);
                drawn |= !type.equals("VP8X") && !type.equals("ICCP");
            }
            position = (int) next;
        }
        if (!drawn) {
            throw new RefusedImage(Refusal.UNREADABLE, "WebP without image data");
        }
        var bytes = out.toByteArray();
        int riffSize = bytes.length - 8;
        bytes[4] = (byte) riffSize;
        bytes[5] = (byte) (riffSize >>> 8);
        bytes[6] = (byte) (riffSize >>> 16);
        bytes[7] = (byte) (riffSize >>> 24);
        return bytes;
    }

    private static long littleEndian(byte[] content, int at) {
        return (content[at] & 0xFFL) | (content[at + 1] & 0xFFL) << 8 | (content[at + 2] & 0xFFL) << 16
                | (content[at + 3] & 0xFFL) << 24;
    }
}
