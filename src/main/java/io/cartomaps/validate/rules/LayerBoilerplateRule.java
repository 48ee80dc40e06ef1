package io.cartomaps.validate.rules;

import io.cartomaps.bundle.Palettes;
import io.cartomaps.validate.finding.ClosestValue;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Layer parts the CARTO validator accepts missing or null but Builder's layer code dereferences:
 * {@code config.textLabel}, {@code visualChannels}, and non-null initial colours, opacity, radius
 * and thickness.
 */
final class LayerBoilerplateRule implements Rule {

  private static final List<String> NON_NULL =
      List.of("initialStrokeColor", "initialFillColor", "opacity", "radius", "thickness");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      if (!l.node().isObject()) {
        continue;
      }
      JsonNode config = l.config();
      if (config != null && isAbsent(config.get("textLabel"))) {
        out.add(
            RuleCode.LAYER_TEXT_LABEL_MISSING.at(
                l.path("config", "textLabel"),
                l.label()
                    + " has no config.textLabel; Builder flashes \"Cannot convert undefined or null to object\".",
                "Add \"textLabel\": [{\"field\": null, \"size\": 12, \"color\": [40,40,40], \"anchor\": \"start\", "
                    + "\"alignment\": \"center\", \"offset\": [0,0], \"outlineColor\": [255,255,255]}]."));
      }
      if (isAbsent(l.node().get("visualChannels"))) {
        out.add(
            RuleCode.LAYER_VISUAL_CHANNELS_MISSING.at(
                l.path("visualChannels"),
                l.label()
                    + " has no visualChannels; Builder flashes \"Cannot convert undefined or null to object\".",
                "Add \"visualChannels\": {\"colorField\": null, \"colorScale\": \"quantize\"}."));
      }
      JsonNode visConfig = l.visConfig();
      for (String key : List.of("colorRange", "strokeColorRange")) {
        JsonNode range = Nodes.object(visConfig, key);
        String name = Nodes.text(range, "name");
        if (range != null
            && !range.has("colors")
            && name != null
            && !Palettes.names().contains(name)) {
          out.add(
              RuleCode.PALETTE_UNKNOWN.at(
                  l.path("config", "visConfig", key, "name"),
                  l.label()
                      + " names palette '"
                      + name
                      + "' without colors, and it is not a CARTO palette.",
                  ClosestValue.among(name, Palettes.list())
                          .map(n -> "Did you mean '" + n + "'? ")
                          .orElse("")
                      + "CARTO palettes: "
                      + String.join(", ", Palettes.list())
                      + "; or give type, category and colors."));
        }
      }
      for (String key : NON_NULL) {
        JsonNode v = Nodes.get(visConfig, key);
        if (v != null && v.isNull()) {
          out.add(
              RuleCode.VIS_CONFIG_NULL_VALUE.at(
                  l.path("config", "visConfig", key),
                  l.label()
                      + " has visConfig."
                      + key
                      + " = null, which crashes Builder's layer initialisation.",
                  suggestion(key)));
        }
      }
    }
  }

  private static boolean isAbsent(JsonNode v) {
    return v == null || v.isNull();
  }

  private static String suggestion(String key) {
    return switch (key) {
      case "initialStrokeColor" -> "Mirror strokeColor, e.g. [220, 220, 220].";
      case "initialFillColor" -> "Mirror the layer colour (config.color), e.g. [200, 60, 40].";
      case "opacity" -> "Set a number from 0 to 1, e.g. 0.8.";
      case "radius" -> "Set a number, e.g. 4.";
      default -> "Set a number, e.g. 1.";
    };
  }
}
