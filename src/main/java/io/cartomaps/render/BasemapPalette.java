package io.cartomaps.render;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * The offline basemap look-alikes. Builder's basemap ids map to the nearest palette: Google styles
 * to their CARTO twins, imagery to dark-matter, road and terrain maps to voyager, and unknown or
 * custom styles to positron (which is also what Builder falls back to).
 */
public enum BasemapPalette {
  POSITRON("positron"),
  DARK_MATTER("dark-matter"),
  VOYAGER("voyager");

  private final String id;

  BasemapPalette(String id) {
    this.id = id;
  }

  /** The name the viewer page understands. */
  public String id() {
    return id;
  }

  public static BasemapPalette forStyle(String styleId) {
    if (styleId == null) {
      return POSITRON;
    }
    String s = styleId.trim().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "dark-matter", "google-dark-matter", "satellite", "hybrid" -> DARK_MATTER;
      case "voyager", "google-voyager", "roadmap", "terrain", "google-3d" -> VOYAGER;
      default -> POSITRON;
    };
  }

  /**
   * The palette for a map: {@code basemapConfig.styleId}, else the legacy {@code
   * mapStyle.styleType}.
   */
  public static BasemapPalette forMap(RenderInput input) {
    var config = input.config();
    String styleId = text(config.path("basemapConfig").get("styleId"));
    if (styleId == null) {
      styleId = text(config.path("mapStyle").get("styleType"));
    }
    return forStyle(styleId);
  }

  private static String text(JsonNode node) {
    return node != null && node.isString() ? node.asString() : null;
  }
}
