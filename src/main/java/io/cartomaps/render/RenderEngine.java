package io.cartomaps.render;

import java.util.Locale;

/**
 * How much of the map a screenshot shows, as in {@code carto maps screenshot --render-engine}:
 * {@code light} draws layers and basemap only; {@code full} adds what a viewer sees around the map
 * (title, legend, description).
 */
public enum RenderEngine {
  LIGHT,
  FULL;

  /** The name used on the command line and in tool arguments. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code light} or {@code full} (any case); anything else is a clear option error. */
  public static RenderEngine fromName(String name) {
    if (name != null) {
      for (RenderEngine engine : values()) {
        if (engine.cliName().equalsIgnoreCase(name.trim())) {
          return engine;
        }
      }
    }
    throw new InvalidScreenshotOptionException(
        "--render-engine",
        "Unknown render engine '"
            + name
            + "'. Use 'light' (layers and basemap) or 'full' (adds title, legend and"
            + " description).");
  }
}
