package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import javax.imageio.ImageIO;

/**
 * Compares a render with {@code src/test/resources/golden/NAME.png} with a small per-pixel
 * tolerance, so a Chromium update that moves anti-aliasing a little does not fail, but a missing
 * layer or wrong colour does. {@code -Drender.updateGoldens=true} rewrites the goldens; every
 * actual image is also kept in {@code target/render-actual/} for a person to look at.
 */
final class GoldenImages {

  /** A pixel differs when any channel differs by more than this. */
  static final int CHANNEL_TOLERANCE = 16;

  /** Share of differing pixels a render may have and still match. */
  static final double PIXEL_SHARE_TOLERANCE = 0.01;

  private static final Path GOLDEN_DIR = Path.of("src", "test", "resources", "golden");
  private static final Path ACTUAL_DIR = Path.of("target", "render-actual");

  private GoldenImages() {}

  static void assertMatches(String name, byte[] png) {
    BufferedImage actual = decode(png);
    write(ACTUAL_DIR.resolve(name + ".png"), png);
    assertNotBlank(name, actual);
    Path golden = GOLDEN_DIR.resolve(name + ".png");
    if (Boolean.getBoolean("render.updateGoldens")) {
      write(golden, png);
      return;
    }
    if (!Files.exists(golden)) {
      fail(
          "No golden image "
              + golden
              + "; look at "
              + ACTUAL_DIR.resolve(name + ".png")
              + " and, if it is right, run the test with -Drender.updateGoldens=true.");
    }
    BufferedImage expected;
    try {
      expected = decode(Files.readAllBytes(golden));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(expected.getWidth(), actual.getWidth(), name + ": width");
    assertEquals(expected.getHeight(), actual.getHeight(), name + ": height");
    long differing = differingPixels(expected, actual);
    double share = (double) differing / ((long) actual.getWidth() * actual.getHeight());
    assertTrue(
        share <= PIXEL_SHARE_TOLERANCE,
        name
            + ": "
            + differing
            + " pixels ("
            + String.format("%.2f", share * 100)
            + " %) differ from the golden image by more than "
            + CHANNEL_TOLERANCE
            + "; see "
            + ACTUAL_DIR);
  }

  /** A map image must show more than a couple of flat colours. */
  static void assertNotBlank(String name, BufferedImage image) {
    var colours = new HashSet<Integer>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        colours.add(image.getRGB(x, y) & 0xffffff);
      }
    }
    assertTrue(colours.size() >= 8, name + " looks blank: only " + colours.size() + " colours");
  }

  static long differingPixels(BufferedImage a, BufferedImage b) {
    long count = 0;
    for (int y = 0; y < a.getHeight(); y++) {
      for (int x = 0; x < a.getWidth(); x++) {
        int p = a.getRGB(x, y);
        int q = b.getRGB(x, y);
        int dr = Math.abs(((p >> 16) & 255) - ((q >> 16) & 255));
        int dg = Math.abs(((p >> 8) & 255) - ((q >> 8) & 255));
        int db = Math.abs((p & 255) - (q & 255));
        if (Math.max(dr, Math.max(dg, db)) > CHANNEL_TOLERANCE) {
          count++;
        }
      }
    }
    return count;
  }

  static BufferedImage decode(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        fail("not a PNG image");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The colour at a pixel as 0xRRGGBB. */
  static int rgbAt(byte[] png, int x, int y) {
    return decode(png).getRGB(x, y) & 0xffffff;
  }

  private static void write(Path file, byte[] png) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
