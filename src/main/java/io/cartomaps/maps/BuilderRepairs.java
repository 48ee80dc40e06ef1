package io.cartomaps.maps;

import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Palettes;
import io.cartomaps.json.Json;
import io.cartomaps.validate.rules.BuilderDefaults;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what Builder needs and whose value is known before a create or an update: {@code uiState}
 * and {@code visState} boilerplate, each layer's {@code textLabel} and {@code visualChannels}, the
 * colours of a palette given by name, and a complete {@code layerOrder}; and repairs the shapes
 * CARTO accepts but Builder breaks on ({@code filters: []} becomes {@code {}}, {@code
 * spatialFilter: {}} becomes {@code null}, {@code description: null} becomes {@code ""}). Each
 * change is one line of the write's plan, so nothing changes silently.
 */
final class BuilderRepairs {

  /**
   * Findings about boilerplate these repairs write, so a report for a write need not ask for it.
   */
  static final Set<String> FILLED_ON_WRITE =
      Set.of(
          "UI_STATE_INCOMPLETE",
          "VIS_STATE_BOILERPLATE_MISSING",
          "LAYER_TEXT_LABEL_MISSING",
          "LAYER_VISUAL_CHANNELS_MISSING");

  private BuilderRepairs() {}

  /** Repairs {@code bundle} in place and returns one plan line per change. */
  static List<String> apply(ObjectNode bundle) {
    List<String> plan = new ArrayList<>();
    JsonNode description = bundle.get("description");
    if (description != null && description.isNull()) {
      bundle.put("description", "");
      plan.add("description: null replaced by \"\" (null shows a placeholder)");
    }
    ObjectNode config = BundleView.config(bundle);
    if (config == null) {
      return plan;
    }
    repairConfig(config, plan);
    if (!(config.get("visState") instanceof ObjectNode visState)) {
      return plan;
    }
    for (Map.Entry<String, String> e : BuilderDefaults.VIS_STATE.entrySet()) {
      if (!visState.has(e.getKey())) {
        visState.set(e.getKey(), Json.parse(e.getValue()));
        plan.add("visState." + e.getKey() + " = " + e.getValue());
      }
    }
    for (ObjectNode layer : BundleView.layers(bundle)) {
      repairLayer(layer, plan);
    }
    completeLayerOrder(visState, BundleView.layers(bundle), plan);
    return plan;
  }

  /** Filters in the shape Builder reads, and every uiState key it expects. */
  private static void repairConfig(ObjectNode config, List<String> plan) {
    JsonNode filters = config.get("filters");
    if (filters != null && filters.isArray()) {
      config.putObject("filters");
      plan.add(
          "config.filters: "
              + (filters.isEmpty() ? "[]" : "array")
              + " replaced by {} (Builder reads an object)");
    }
    JsonNode spatialFilter = config.get("spatialFilter");
    if (spatialFilter != null && spatialFilter.isObject() && spatialFilter.isEmpty()) {
      config.putNull("spatialFilter");
      plan.add("config.spatialFilter: {} replaced by null ({} crashes Builder)");
    }
    JsonNode ui = config.get("uiState");
    if (ui == null || ui.isNull()) {
      config.set("uiState", Json.parse(BuilderDefaults.uiStateObject()));
      plan.add("config.uiState: Builder's defaults " + BuilderDefaults.uiStateObject());
    } else if (ui instanceof ObjectNode uiState) {
      for (Map.Entry<String, String> e : BuilderDefaults.UI_STATE.entrySet()) {
        if (!uiState.has(e.getKey())) {
          uiState.set(e.getKey(), Json.parse(e.getValue()));
          plan.add("config.uiState." + e.getKey() + " = " + e.getValue());
        }
      }
    }
  }

  /**
   * Visual channels, full palettes and an empty text label, without which Builder fails to draw the
   * layer.
   */
  private static void repairLayer(ObjectNode layer, List<String> plan) {
    String label = "layer " + Json.text(layer, "id");
    JsonNode channels = layer.get("visualChannels");
    if (channels == null || channels.isNull()) {
      layer.set("visualChannels", Json.parse(BuilderDefaults.VISUAL_CHANNELS));
      plan.add(label + ": visualChannels = " + BuilderDefaults.VISUAL_CHANNELS);
    }
    if (layer.get("config") instanceof ObjectNode lc) {
      if (lc.get("visConfig") instanceof ObjectNode vis) {
        for (String key : List.of("colorRange", "strokeColorRange")) {
          ObjectNode full =
              vis.get(key) instanceof ObjectNode range && !range.has("colors")
                  ? Palettes.colorRange(Json.text(range, "name"))
                  : null;
          if (full != null) {
            ((ObjectNode) vis.get(key)).setAll(full);
            plan.add(
                label
                    + ": visConfig."
                    + key
                    + " = CARTO palette "
                    + Json.text(full, "name")
                    + " "
                    + full.get("colors"));
          }
        }
      }
      JsonNode text = lc.get("textLabel");
      if (text == null || text.isNull()) {
        lc.set("textLabel", Json.parse(BuilderDefaults.TEXT_LABEL));
        plan.add(label + ": config.textLabel = Builder's empty label");
      }
    }
  }

  /**
   * Every layer once in {@code layerOrder} (first on top): a new layer goes on top, in bundle
   * order; an id whose layer is gone is dropped. Index-based orders of older maps are left alone.
   */
  static void completeLayerOrder(ObjectNode visState, List<ObjectNode> layers, List<String> plan) {
    List<String> ids = new ArrayList<>();
    layers.forEach(
        l -> {
          String id = Json.text(l, "id");
          if (id != null) {
            ids.add(id);
          }
        });
    JsonNode order = visState.get("layerOrder");
    if (order == null || order.isNull()) {
      if (!ids.isEmpty()) {
        ArrayNode fresh = visState.putArray("layerOrder");
        ids.forEach(fresh::add);
        plan.add("visState.layerOrder: " + ids + " (bundle order, first on top)");
      }
      return;
    }
    if (!order.isArray()) {
      return;
    }
    Set<String> listed = new LinkedHashSet<>();
    for (JsonNode id : order.values()) {
      if (!id.isString()) {
        return;
      }
      listed.add(id.stringValue());
    }
    List<String> added = ids.stream().filter(id -> !listed.contains(id)).toList();
    List<String> dropped = listed.stream().filter(id -> !ids.contains(id)).toList();
    if (added.isEmpty() && dropped.isEmpty()) {
      return;
    }
    ArrayNode complete = Json.array();
    added.forEach(complete::add);
    listed.stream().filter(ids::contains).forEach(complete::add);
    visState.set("layerOrder", complete);
    plan.add(
        "visState.layerOrder: "
            + (added.isEmpty() ? "" : "added " + added + " on top")
            + (added.isEmpty() || dropped.isEmpty() ? "" : ", ")
            + (dropped.isEmpty() ? "" : "dropped removed " + dropped));
  }
}
