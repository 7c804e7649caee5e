package app.rada.shared.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.rada.support.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class CleanImagesTest {

    @Test
    void a_jpeg_loses_its_exif_and_gps_position_and_keeps_its_picture() throws Exception {
        var photo = TestImages.jpegWithGps();
        var gps = ((JpegImageMetadata) Imaging.getMetadata(photo)).getExif().getGpsInfo();
        assertThat(gps.getLatitudeAsDegreesNorth()).isCloseTo(TestImages.LATITUDE, Offset.offset(0.001));
        assertThat(TestImages.contains(photo, "Exif")).isTrue();

        var stored = CleanImages.withoutMetadata(photo, "image/jpeg");

        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        var metadata = Imaging.getMetadata(stored);
        assertThat(metadata == null || ((JpegImageMetadata) metadata).getExif() == null).isTrue();
        var picture = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(picture.getWidth()).isEqualTo(64);
        assertThat(picture.getHeight()).isEqualTo(48);
    }

    @Test
    void a_photo_taken_sideways_is_turned_upright_before_its_orientation_is_dropped() throws Exception {
        var photo = TestImages.jpegWithGps(6);
        assertThat(CleanImages.exifOrientation(photo)).isEqualTo(6);

        var stored = CleanImages.withoutMetadata(photo, "image/jpeg");

        assertThat(TestImages.contains(stored, "Exif")).isFalse();
        var picture = ImageIO.read(new ByteArrayInputStream(stored));
        assertThat(picture.getWidth()).isEqualTo(48);
        assertThat(picture.getHeight()).isEqualTo(64);
        // the red mark of the top left corner is now top right
        var topRight = new Color(picture.getRGB(44, 3));
        assertThat(topRight.getRed()).isGreaterThan(200);
        assertThat(topRight.getGreen()).isLessThan(80);
    }

    @Test
    void every_orientation_maps_the_corner_where_a_viewer_would_see_it() {
        var image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        // where the top left pixel of the stored image ends up, per EXIF orientation 2 to 8
        int[][] corner = {{3, 0}, {3, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 3}, {0, 3}};
        for (int orientation = 2; orientation <= 8; orientation++) {
            var upright = CleanImages.upright(image, orientation);
            var at = corner[orientation - 2];
            assertThat(upright.getRGB(at[0], at[1]) & 0xFFFFFF).as("orientation %d", orientation).isEqualTo(0xFF0000);
        }
    }

    @Test
    void a_png_loses_its_exif_and_text_chunks() throws Exception {
        var photo = TestImages.pngWithMetadata();
        assertThat(TestImages.contains(photo, "eXIf")).isTrue();
        assertThat(TestImages.contains(photo, "Warsaw")).isTrue();

        var stored = CleanImages.withoutMetadata(photo, "image/png");

        assertThat(TestImages.contains(stored, "eXIf")).isFalse();
        assertThat(TestImages.contains(stored, "tEXt")).isFalse();
        assertThat(TestImages.contains(stored, "Warsaw")).isFalse();
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(40);
    }

    @Test
    void a_webp_keeps_its_image_chunks_only_and_no_longer_announces_metadata() {
        var photo = TestImages.webpWithMetadata();
        assertThat(TestImages.contains(photo, "EXIF")).isTrue();
        assertThat(TestImages.contains(photo, "XMP ")).isTrue();

        var stored = CleanImages.withoutMetadata(photo, "image/webp");

        assertThat(TestImages.contains(stored, "EXIF")).isFalse();
        assertThat(TestImages.contains(stored, "XMP ")).isFalse();
        assertThat(TestImages.contains(stored, "52.2318")).isFalse();
        assertThat(TestImages.contains(stored, "VP8L")).isTrue();
        var header = ByteBuffer.wrap(stored).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(header.getInt(4)).as("RIFF size").isEqualTo(stored.length - 8);
        assertThat(stored[20] & 0x0C).as("EXIF and XMP flags of VP8X").isZero();
    }

    @Test
    void an_image_that_would_unpack_into_too_many_pixels_is_refused_before_decoding() throws Exception {
        var huge = new BufferedImage(10_000, 5_000, BufferedImage.TYPE_BYTE_BINARY);
        var out = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", out);
        assertThat(out.size()).isLessThan(1024 * 1024);
        assertThatThrownBy(() -> CleanImages.withoutMetadata(out.toByteArray(), "image/png"))
                .isInstanceOfSatisfying(CleanImages.RefusedImage.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(CleanImages.Refusal.TOO_MANY_PIXELS));
    }

    @Test
    void a_file_that_only_starts_like_an_image_is_refused() {
        byte[] header = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};
        assertThatThrownBy(() -> CleanImages.withoutMetadata(header, "image/png"))
                .isInstanceOfSatisfying(CleanImages.RefusedImage.class,
                        refused -> assertThat(refused.refusal()).isEqualTo(CleanImages.Refusal.UNREADABLE));
    }
}
