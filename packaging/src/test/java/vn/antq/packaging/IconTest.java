package vn.antq.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The launcher icons: a 256×256 PNG (Linux) and a multi-size .ico (Windows), red shield with a gold star. */
class IconTest {
    private static final Path ICONS = Path.of(System.getProperty("packaging.basedir", ".")).resolve("src/icons");

    @Test
    void pngIsA256SquareRedShieldWithAGoldStarOnTransparency() throws IOException {
        BufferedImage img = ImageIO.read(ICONS.resolve("antq-desk.png").toFile());
        assertThat(img.getWidth()).isEqualTo(256);
        assertThat(img.getHeight()).isEqualTo(256);
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(img.getRGB(2, 2))).as("corner transparent").isZero();
        assertThat(alpha(img.getRGB(253, 253))).as("corner transparent").isZero();
        int star = img.getRGB(128, 130);
        assertThat(red(star)).isGreaterThan(200);
        assertThat(green(star)).isGreaterThan(150);
        assertThat(blue(star)).isLessThan(120);
        int shield = img.getRGB(128, 210);
        assertThat(red(shield)).isGreaterThan(140);
        assertThat(green(shield)).isLessThan(60);
        assertThat(blue(shield)).isLessThan(60);
    }

    @Test
    void icoHoldsTheUsualWindowsSizes() throws IOException {
        byte[] data = Files.readAllBytes(ICONS.resolve("antq-desk.ico"));
        ByteBuffer b = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getShort(0)).isZero();
        assertThat(b.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = b.getShort(4);
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int w = Byte.toUnsignedInt(data[entry]) == 0 ? 256 : Byte.toUnsignedInt(data[entry]);
            int h = Byte.toUnsignedInt(data[entry + 1]) == 0 ? 256 : Byte.toUnsignedInt(data[entry + 1]);
            assertThat(h).isEqualTo(w);
            int length = b.getInt(entry + 8);
            int offset = b.getInt(entry + 12);
            assertThat((long) offset + length).isLessThanOrEqualTo(data.length);
            byte[] image = Arrays.copyOfRange(data, offset, offset + length);
            if (image[1] == 'P' && image[2] == 'N' && image[3] == 'G') {
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(image));
                assertThat(png.getWidth()).isEqualTo(w);
            } else {
                ByteBuffer bmp = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
                assertThat(bmp.getInt(0)).as("BITMAPINFOHEADER").isEqualTo(40);
                assertThat(bmp.getInt(4)).isEqualTo(w);
                assertThat(bmp.getShort(14)).as("32-bit colour with alpha").isEqualTo((short) 32);
            }
            sizes.add(w);
        }
        assertThat(sizes).contains(16, 24, 32, 48, 64, 128, 256);
    }

    private static int alpha(int argb) {
        return argb >>> 24;
    }

    private static int red(int argb) {
        return (argb >> 16) & 0xff;
    }

    private static int green(int argb) {
        return (argb >> 8) & 0xff;
    }

    private static int blue(int argb) {
        return argb & 0xff;
    }
}
