package io.cartomaps.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * A rendered map: PNG bytes and how they were made.
 *
 * @param downscaled true when the image was shrunk or re-encoded to fit a size budget (see {@link
 *     PngFitter})
 * @param warnings things the picture does not show (a raster layer, a layer without data, an
 *     unreadable layer)
 * @param widgets each widget's computed values, or why a value could not be had (full engine)
 */
public record Screenshot(
    byte[] png,
    int width,
    int height,
    RenderEngine engine,
    long elapsedMillis,
    boolean downscaled,
    List<String> warnings,
    List<ObjectNode> widgets) {

  public Screenshot {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
    widgets = widgets == null ? List.of() : List.copyOf(widgets);
  }

  /** A screenshot without widget values. */
  public Screenshot(
      byte[] png,
      int width,
      int height,
      RenderEngine engine,
      long elapsedMillis,
      boolean downscaled,
      List<String> warnings) {
    this(png, width, height, engine, elapsedMillis, downscaled, warnings, List.of());
  }

  /** The same picture with the values of the widgets it shows. */
  public Screenshot withWidgets(List<ObjectNode> values) {
    return new Screenshot(png, width, height, engine, elapsedMillis, downscaled, warnings, values);
  }

  /**
   * Writes the PNG, creating parent folders. It goes to a new temporary file beside {@code file}
   * that is then renamed over it, so an existing symbolic link at {@code file} is replaced rather
   * than followed (its target is never written) and a reader never sees half a PNG.
   */
  public Path writeTo(Path file) {
    Path target = file.toAbsolutePath();
    Path parent = target.getParent();
    Path tmp = null;
    try {
      Files.createDirectories(parent);
      tmp = Files.createTempFile(parent, "." + target.getFileName(), ".tmp");
      Files.write(tmp, png);
      try {
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return target;
    } catch (IOException e) {
      deleteQuietly(tmp);
      throw new UncheckedIOException(
          "Could not write the screenshot to " + file + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp != null) {
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // the write already failed; that error is the one to report
      }
    }
  }
}
