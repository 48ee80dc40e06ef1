package io.cartomaps.render;

import java.nio.file.Path;
import java.util.List;

/** What a caller is told about a screenshot it asked for: where it was saved and how it was made. */
public record SavedScreenshot(String path, int width, int height, String engine, long ms, List<String> warnings) {

  public SavedScreenshot {
    warnings = List.copyOf(warnings);
  }

  public static SavedScreenshot of(Screenshot shot, Path saved) {
    return new SavedScreenshot(saved.toString(), shot.width(), shot.height(), shot.engine().cliName(),
        shot.elapsedMillis(), shot.warnings());
  }
}
