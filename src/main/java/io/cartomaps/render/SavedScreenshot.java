package io.cartomaps.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a caller is told about a screenshot it asked for: where it was saved and how it was made.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SavedScreenshot(
    String path,
    int width,
    int height,
    String engine,
    long ms,
    List<String> warnings,
    List<ObjectNode> widgets) {

  public SavedScreenshot {
    warnings = List.copyOf(warnings);
    widgets = List.copyOf(widgets);
  }

  public static SavedScreenshot of(Screenshot shot, Path saved) {
    return new SavedScreenshot(
        saved.toString(),
        shot.width(),
        shot.height(),
        shot.engine().cliName(),
        shot.elapsedMillis(),
        shot.warnings(),
        shot.widgets());
  }
}
