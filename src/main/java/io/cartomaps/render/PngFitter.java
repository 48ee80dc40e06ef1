package io.cartomaps.render;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/**
 * Keeps a PNG under a byte budget. MCP clients take inline images only up to a limit (about 700 KB
 * raw keeps the base64 form under 1 MB), so a large screenshot is re-encoded without alpha and, if
 * still too big, scaled down.
 */
public final class PngFitter {

  /** Raw PNG budget for an image returned inline to an MCP client. */
  public static final int MCP_IMAGE_BUDGET_BYTES = 700_000;

  private static final int MIN_SIDE = 64;
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  /** A PNG after fitting; {@code changed} says whether it differs from the input. */
  public record FittedPng(byte[] png, int width, int height, boolean changed) {}

  private PngFitter() {}

  /**
   * The screenshot itself when it fits, else a re-encoded or downscaled copy marked {@code
   * downscaled}.
   */
  public static Screenshot fit(Screenshot shot, int maxBytes) {
    FittedPng fitted = fit(shot.png(), maxBytes);
    if (!fitted.changed()) {
      return shot;
    }
    return new Screenshot(
        fitted.png(),
        fitted.width(),
        fitted.height(),
        shot.engine(),
        shot.elapsedMillis(),
        true,
        shot.warnings(),
        shot.widgets());
  }

  public static FittedPng fit(byte[] png, int maxBytes) {
    if (png.length <= maxBytes && isPng(png)) {
      return new FittedPng(png, readInt(png, 16), readInt(png, 20), false);
    }
    BufferedImage image = read(png);
    if (png.length <= maxBytes) {
      return new FittedPng(png, image.getWidth(), image.getHeight(), false);
    }
    BufferedImage opaque = scaled(image, image.getWidth(), image.getHeight());
    byte[] encoded = encode(opaque);
    double scale = 1.0;
    while (encoded.length > maxBytes) {
      scale *= Math.max(0.5, Math.min(0.9, Math.sqrt((double) maxBytes / encoded.length) * 0.95));
      int w = (int) Math.round(image.getWidth() * scale);
      int h = (int) Math.round(image.getHeight() * scale);
      if (w < MIN_SIDE || h < MIN_SIDE) {
        throw new RenderException(
            "The image cannot be made smaller than "
                + maxBytes
                + " bytes without going"
                + " below "
                + MIN_SIDE
                + " px; render it with a smaller --width/--height.");
      }
      opaque = scaled(image, w, h);
      encoded = encode(opaque);
    }
    return new FittedPng(encoded, opaque.getWidth(), opaque.getHeight(), true);
  }

  /**
   * A PNG signature followed by its IHDR chunk, whose width and height sit at bytes 16 and 20; no
   * decoding.
   */
  private static boolean isPng(byte[] png) {
    return png.length >= 24
        && Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)
        && png[12] == 'I'
        && png[13] == 'H'
        && png[14] == 'D'
        && png[15] == 'R';
  }

  private static int readInt(byte[] bytes, int at) {
    return ((bytes[at] & 0xff) << 24)
        | ((bytes[at + 1] & 0xff) << 16)
        | ((bytes[at + 2] & 0xff) << 8)
        | (bytes[at + 3] & 0xff);
  }

  private static BufferedImage read(byte[] png) {
    try {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
      if (image == null) {
        throw new RenderException("The screenshot is not a readable PNG image.");
      }
      return image;
    } catch (IOException e) {
      throw new RenderException("The screenshot is not a readable PNG image: " + e.getMessage(), e);
    }
  }

  private static BufferedImage scaled(BufferedImage source, int w, int h) {
    BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = out.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.drawImage(source, 0, 0, w, h, null);
    } finally {
      g.dispose();
    }
    return out;
  }

  private static byte[] encode(BufferedImage image) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new RenderException("Could not encode the PNG: " + e.getMessage(), e);
    }
  }
}
