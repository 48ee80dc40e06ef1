package io.cartomaps.maps;

import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * keplerMapConfig is replaced wholesale by the backend, so a partial one silently wipes what it
 * leaves out. This guard names each wipe (layers, viewport, widgets, SQL parameters, popups) before
 * anything is written.
 */
public final class KeplerWipeGuard {

  public static final String CODE = "KEPLER_WIPE";

  private KeplerWipeGuard() {}

  /**
   * Findings describing what {@code incoming} would drop from {@code current}; empty when nothing
   * is lost.
   */
  public static List<Finding> wipes(JsonNode current, JsonNode incoming) {
    List<Finding> out = new ArrayList<>();
    JsonNode cur = current == null ? null : current.path("config");
    JsonNode inc = incoming == null ? null : incoming.path("config");
    if (cur == null || cur.isMissingNode() || !cur.isObject()) {
      return out;
    }
    if (inc == null || !inc.isObject()) {
      out.add(
          wipe(
              "/keplerMapConfig",
              "Input has no keplerMapConfig.config: the whole map configuration would be replaced."));
      return out;
    }
    Set<String> curLayers = layerIds(cur);
    Set<String> incLayers = layerIds(inc);
    Set<String> dropped = new HashSet<>(curLayers);
    dropped.removeAll(incLayers);
    if (!dropped.isEmpty()) {
      out.add(
          wipe(
              "/keplerMapConfig/config/visState/layers",
              "Input provides "
                  + incLayers.size()
                  + " layer(s); the map has "
                  + curLayers.size()
                  + ": layers "
                  + new TreeSet<>(dropped)
                  + " would be dropped."));
    }
    if (cur.has("mapState") && !inc.has("mapState")) {
      out.add(
          wipe(
              "/keplerMapConfig/config/mapState",
              "Input omits keplerMapConfig.config.mapState: the viewport would reset."));
    }
    for (String list : List.of("widgets", "sqlParameters")) {
      int had = cur.path(list).size();
      if (had > 0 && inc.path(list).size() < had) {
        out.add(
            wipe(
                "/keplerMapConfig/config/" + list,
                "Input provides "
                    + inc.path(list).size()
                    + " of the map's "
                    + had
                    + " "
                    + list
                    + ": the others would be dropped."));
      }
    }
    int popups = cur.path("popupSettings").path("layers").size();
    if (popups > 0 && !inc.has("popupSettings")) {
      out.add(
          wipe(
              "/keplerMapConfig/config/popupSettings",
              "Input omits popupSettings: "
                  + popups
                  + " layer popup configuration(s) would be dropped."));
    }
    return out;
  }

  private static Finding wipe(String path, String message) {
    return Finding.error(
        CODE,
        path,
        message,
        "Read-modify-write: get_bundle, change what you need in the full keplerMapConfig, then update; or pass "
            + "allow_kepler_replace: true if the replacement is intended.");
  }

  private static Set<String> layerIds(JsonNode config) {
    Set<String> ids = new HashSet<>();
    for (JsonNode layer : config.path("visState").path("layers")) {
      JsonNode id = layer.get("id");
      ids.add(id != null && id.isString() ? id.asString() : "#" + ids.size());
    }
    return ids;
  }
}
