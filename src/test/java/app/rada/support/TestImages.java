package app.rada.support;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Real, small images for upload tests, some carrying the metadata a phone camera adds. */
public final class TestImages {

    /** Warsaw's Palace of Culture, the position the GPS test images claim. */
    public static final double LATITUDE = 52.2318;
    public static final double LONGITUDE = 21.0060;

    private TestImages() {
    }

    private static BufferedImage picture(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0x2E7D32));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        // a corner mark, to tell which way up the picture is
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 8, 8);
        graphics.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png() {
        return encode(picture(40, 30), "png");
    }

    public static byte[] jpeg() {
        return encode(picture(64, 48), "jpeg");
    }

    /** A JPEG with an EXIF block holding a GPS position, as a phone writes it. */
    public static byte[] jpegWithGps() {
        return jpegWithGps(1);
    }

    /** The same, with the EXIF orientation a phone held sideways writes (6: turn right to view). */
    public static byte[] jpegWithGps(int orientation) {
        try {
            var exif = new TiffOutputSet();
            exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_ORIENTATION, (short) orientation);
            exif.setGpsInDegrees(LONGITUDE, LATITUDE);
            var out = new ByteArrayOutputStream();
            new ExifRewriter().updateExifMetadataLossless(jpeg(), out, exif);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PNG with an {@code eXIf} chunk and a text chunk naming where it was taken. */
    public static byte[] pngWithMetadata() {
        var png = png();
        var withGps = jpegWithGps();
        // the TIFF structure inside the JPEG's APP1 segment, after "Exif\0\0"
        int exifAt = indexOf(withGps, "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1)) + 6;
        int segmentLength = ((withGps[exifAt - 8] & 0xFF) << 8) | (withGps[exifAt - 7] & 0xFF);
        var tiff = Arrays.copyOfRange(withGps, exifAt, exifAt - 6 + segmentLength - 2);
        var out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        chunk(out, "eXIf", tiff);
        chunk(out, "tEXt", "Location\0Warsaw, Palace of Culture".getBytes(StandardCharsets.ISO_8859_1));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** A real PNG carrying a UTF-8 text chunk ({@code iTXt}), as an editor leaves the author's name in a file. */
    public static byte[] pngWithText(String keyword, String text) {
        var png = png();
        var out = new ByteArrayOutputStream();
        out.write(png, 0, 33); // signature and IHDR
        // keyword, no compression, no language tag, no translated keyword, then the text
        chunk(out, "iTXt", (keyword + "\0\0\0\0\0" + text).getBytes(StandardCharsets.UTF_8));
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * A WebP container with an extended header flagging EXIF and XMP, a (dummy) lossless image chunk,
     * an EXIF chunk and an XMP chunk. The JDK cannot decode WebP, so the image data need not draw.
     */
    public static byte[] webpWithMetadata() {
        var chunks = new ArrayList<byte[]>();
        chunks.add(riffChunk("VP8X", new byte[] {0x0C, 0, 0, 0, 39, 0, 0, 29, 0, 0}));
        chunks.add(riffChunk("VP8L", new byte[] {0x2F, 39, (byte) 0xC0, 0x1D, 0, 1, 2}));
        chunks.add(riffChunk("EXIF", "Exif GPS 52.2318 21.0060".getBytes(StandardCharsets.US_ASCII)));
        chunks.add(riffChunk("XMP ", "<x:xmpmeta>Warsaw</x:xmpmeta>".getBytes(StandardCharsets.US_ASCII)));
        return riff(chunks);
    }

    private static byte[] riffChunk(String type, byte[] data) {
        var buffer = ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
        return buffer.array();
    }

    private static byte[] riff(List<byte[]> chunks) {
        int size = 4 + chunks.stream().mapToInt(c -> c.length).sum();
        var buffer = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        chunks.forEach(buffer::put);
        return buffer.array();
    }

    public static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    public static boolean contains(byte[] haystack, String text) {
        return indexOf(haystack, text.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
    }
}
