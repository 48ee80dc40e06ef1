package io.cartomaps.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rendered map: PNG bytes and how they were made.
 *
 * @param downscaled true when the image was shrunk or re-encoded to fit a size budget (see {@link PngFitter})
 * @param warnings things the picture does not show (a raster layer, a layer without data, an unreadable layer)
 * @param widgets  each widget's computed values, or why a value could not be had (full engine)
 */
public record Screenshot(byte[] png, int width, int height, RenderEngine engine, long elapsedMillis,
    boolean downscaled, List<String> warnings, List<ObjectNode> widgets) {

  public Screenshot {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    widgets = widgets == null ? List.of() : List.copyOf(widgets);
  }

  /** A screenshot without widget values. */
  public Screenshot(byte[] png, int width, int height, RenderEngine engine, long elapsedMillis, boolean downscaled,
                    List<String> warnings) {
    this(png, width, height, engine, elapsedMillis, downscaled, warnings, List.of());
  }

  /** The same picture with the values of the widgets it shows. */
  public Screenshot withWidgets(List<ObjectNode> values) {
    return new Screenshot(png, width, height, engine, elapsedMillis, downscaled, warnings, values);
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
