package io.cartomaps.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A rendered map: PNG bytes and how they were made.
 *
 * @param downscaled true when the image was shrunk or re-encoded to fit a size budget (see {@link PngFitter})
 * @param warnings things the picture does not show (a raster layer, a layer without data, an unreadable layer)
 */
public record Screenshot(byte[] png, int width, int height, RenderEngine engine, long elapsedMillis,
    boolean downscaled, List<String> warnings) {

  public Screenshot {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }

  /** Writes the PNG, creating parent folders. */
  public Path writeTo(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      return Files.write(file, png);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the screenshot to " + file + ": " + e.getMessage(), e);
    }
  }
}
