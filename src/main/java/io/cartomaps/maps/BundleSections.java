package io.cartomaps.maps;

import io.cartomaps.bundle.BundleView;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Picks parts of a bundle so large maps can be read a section at a time. */
final class BundleSections {

  /** Sections that can be read on their own: bundle fields and keplerMapConfig.config keys. */
  static final List<String> NAMES =
      List.of(
          "title",
          "description",
          "privacy",
          "collaborative",
          "tags",
          "datasets",
          "agent",
          "keplerMapConfig",
          "mapState",
          "visState",
          "layers",
          "widgets",
          "sqlParameters",
          "popupSettings",
          "legendSettings",
          "mapSettings",
          "layerGrouping",
          "basemapConfig",
          "mapStyle",
          "uiState",
          "filters",
          "spatialFilter");

  private static final List<String> TOP =
      List.of(
          "title",
          "description",
          "privacy",
          "collaborative",
          "tags",
          "datasets",
          "agent",
          "keplerMapConfig");

  private BundleSections() {}

  /**
   * A partial bundle with {@code id} and the chosen sections; kepler config keys stay under
   * keplerMapConfig.config.
   */
  static ObjectNode select(ObjectNode full, List<String> sections) {
    ObjectNode out = Json.object();
    out.put("id", Json.text(full, "id"));
    ObjectNode config = BundleView.config(full);
    ObjectNode partialConfig = null;
    for (String asked : sections) {
      String s = canonical(asked);
      if (!NAMES.contains(s)) {
        throw new MapsException(
            "UNKNOWN_SECTION",
            "Unknown bundle section '" + s + "'. Sections: " + String.join(", ", NAMES) + ".");
      }
      if (TOP.contains(s)) {
        if (full.has(s)) {
          out.set(s, full.get(s).deepCopy());
        }
        continue;
      }
      if (config == null) {
        continue;
      }
      if (partialConfig == null) {
        ObjectNode kepler = out.putObject("keplerMapConfig");
        kepler.put("version", Json.text(full.get("keplerMapConfig"), "version"));
        partialConfig = kepler.putObject("config");
      }
      if (s.equals("layers")) {
        JsonNode layers = config.path("visState").path("layers");
        partialConfig.putObject("visState").set("layers", layers.deepCopy());
      } else if (config.has(s)) {
        partialConfig.set(s, config.get(s).deepCopy());
      }
    }
    return out;
  }

  /**
   * The bundle section a name means: its own spelling, any capitalisation of it, or a schema
   * section's name ({@code popupsettings}, {@code layer.h3}, {@code dataset}), so the names of
   * {@code schema_section} work here too.
   */
  static String canonical(String name) {
    if (name == null) {
      return "";
    }
    if (name.startsWith("layer.")) {
      return "layers";
    }
    if (name.equalsIgnoreCase("dataset")) {
      return "datasets";
    }
    for (String s : NAMES) {
      if (s.equalsIgnoreCase(name)) {
        return s;
      }
    }
    return name;
  }

  /**
   * The keplerMapConfig.config keys to leave out, largest first, until the bundle ({@code
   * totalChars} of compact JSON) fits in {@code maxChars}.
   */
  static List<String> largest(ObjectNode full, int totalChars, int maxChars) {
    ObjectNode config = BundleView.config(full);
    List<String> out = new ArrayList<>();
    if (config == null) {
      return out;
    }
    List<Map.Entry<String, Integer>> sizes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> e : config.properties()) {
      sizes.add(Map.entry(e.getKey(), Json.compact(e.getValue()).length()));
    }
    sizes.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
    int total = totalChars;
    for (Map.Entry<String, Integer> e : sizes) {
      if (total <= maxChars) {
        break;
      }
      out.add(e.getKey());
      total -= e.getValue();
    }
    return out;
  }

  static ObjectNode without(ObjectNode full, List<String> configKeys) {
    ObjectNode copy = full.deepCopy();
    ObjectNode config = BundleView.config(copy);
    if (config != null) {
      configKeys.forEach(config::remove);
    }
    return copy;
  }
}
