package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngFitterTest {

  private static byte[] noise(int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    Random random = new Random(1);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, 0xff000000 | random.nextInt(0xffffff));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  @Test
  void leavesASmallImageAlone() throws IOException {
    byte[] png = noise(64, 64);
    Screenshot shot = new Screenshot(png, 64, 64, RenderEngine.LIGHT, 1, false, List.of());
    assertSame(shot, PngFitter.fit(shot, PngFitter.MCP_IMAGE_BUDGET_BYTES));
  }

  @Test
  void downscalesALargeImageUnderTheBudgetAndSaysSo() throws IOException {
    byte[] png = noise(1000, 600);
    assertTrue(
        png.length > PngFitter.MCP_IMAGE_BUDGET_BYTES, "fixture must be too big: " + png.length);
    Screenshot shot = new Screenshot(png, 1000, 600, RenderEngine.FULL, 5, false, List.of("w"));
    Screenshot fitted = PngFitter.fit(shot, PngFitter.MCP_IMAGE_BUDGET_BYTES);
    assertTrue(fitted.downscaled());
    assertTrue(
        fitted.png().length <= PngFitter.MCP_IMAGE_BUDGET_BYTES, "size " + fitted.png().length);
    assertTrue(fitted.width() < 1000);
    assertEquals(1000.0 / 600, (double) fitted.width() / fitted.height(), 0.02);
    BufferedImage decoded = ImageIO.read(new java.io.ByteArrayInputStream(fitted.png()));
    assertEquals(fitted.width(), decoded.getWidth());
    assertEquals(List.of("w"), fitted.warnings());
    assertEquals(RenderEngine.FULL, fitted.engine());
  }

  @Test
  void refusesABudgetNoImageCanMeet() throws IOException {
    byte[] png = noise(300, 300);
    var e = assertThrows(RenderException.class, () -> PngFitter.fit(png, 100));
    assertTrue(e.getMessage().contains("smaller --width/--height"), e.getMessage());
  }

  @Test
  void reportsUnchangedForAnImageThatFits() throws IOException {
    assertFalse(PngFitter.fit(noise(100, 100), 1_000_000).changed());
  }
}
