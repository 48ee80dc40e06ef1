package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Map-level shapes that pass CARTO's validator and create, then crash Builder's loader: an
 * incomplete {@code uiState}, {@code spatialFilter: {}}, {@code filters} as an array, missing
 * {@code visState} boilerplate, and a {@code null} description.
 */
final class BuilderConfigRule implements Rule {

  private static final List<String> UI_STATE_KEYS = List.copyOf(BuilderDefaults.UI_STATE.keySet());

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    JsonNode description = Nodes.get(b.root(), "description");
    if (description != null && description.isNull()) {
      out.add(
          RuleCode.DESCRIPTION_NULL.at(
              "/description",
              "description is null, which shows a placeholder in the viewer's info panel.",
              "Use \"description\": \"\" for no description."));
    }
    JsonNode config = b.config();
    if (config == null) {
      return;
    }
    checkUiState(config, out);
    JsonNode spatialFilter = config.get("spatialFilter");
    if (spatialFilter != null && spatialFilter.isObject() && spatialFilter.isEmpty()) {
      out.add(
          RuleCode.SPATIAL_FILTER_EMPTY_OBJECT.at(
              Pointer.CONFIG + "/spatialFilter",
              "spatialFilter is {}, which crashes Builder.",
              "Use \"spatialFilter\": null when there is no filter (create and update write null)."));
    }
    JsonNode filters = config.get("filters");
    if (filters != null && filters.isArray()) {
      out.add(
          RuleCode.FILTERS_AS_ARRAY.at(
              Pointer.CONFIG + "/filters",
              "config.filters is an array; Builder iterates it as an object keyed by dataset id and crashes.",
              "Use \"filters\": {} (or one {} entry per dataset id), or omit it; create and update write {}."));
    }
    JsonNode visState = b.visState();
    if (visState == null) {
      return;
    }
    for (var key : BuilderDefaults.VIS_STATE.entrySet()) {
      if (!visState.has(key.getKey())) {
        out.add(
            RuleCode.VIS_STATE_BOILERPLATE_MISSING.at(
                Pointer.of(Pointer.VIS_STATE, key.getKey()),
                "visState has no " + key.getKey() + ", which Builder expects on every map.",
                "Add \""
                    + key.getKey()
                    + "\": "
                    + key.getValue()
                    + " (create and update add it)."));
      }
    }
    checkLayerOrder(b, visState, out);
  }

  private static void checkUiState(JsonNode config, List<Finding> out) {
    JsonNode uiState = config.get("uiState");
    String path = Pointer.CONFIG + "/uiState";
    if (uiState == null || uiState.isNull()) {
      out.add(
          RuleCode.UI_STATE_INCOMPLETE.at(
              path,
              "config.uiState is missing; Builder's loader needs it.",
              "Add \"uiState\": "
                  + BuilderDefaults.uiStateObject()
                  + " (create and update add it)."));
      return;
    }
    if (!uiState.isObject()) {
      return;
    }
    for (String key : UI_STATE_KEYS) {
      if (!uiState.has(key)) {
        out.add(
            RuleCode.UI_STATE_INCOMPLETE.at(
                path + "/" + key,
                "uiState lacks "
                    + key
                    + "; Builder's loader needs all four of "
                    + String.join(", ", UI_STATE_KEYS)
                    + ".",
                "Add \""
                    + key
                    + "\": "
                    + BuilderDefaults.UI_STATE.get(key)
                    + " (create and update add it)."));
      }
    }
  }

  /**
   * {@code layerOrder} must name each layer once: a layer left out is drawn in no defined place.
   */
  private static void checkLayerOrder(IndexedBundle b, JsonNode visState, List<Finding> out) {
    JsonNode order = visState.get("layerOrder");
    if (order == null || !order.isArray()) {
      return;
    }
    Set<String> listed = new LinkedHashSet<>();
    for (JsonNode id : order.values()) {
      if (!id.isString()) {
        return; // index-based orders of older maps are kept as they are
      }
      listed.add(id.stringValue());
    }
    Set<String> ids = new LinkedHashSet<>();
    b.layers()
        .forEach(
            l -> {
              if (l.id() != null) {
                ids.add(l.id());
              }
            });
    Set<String> missing = new LinkedHashSet<>(ids);
    missing.removeAll(listed);
    Set<String> extra = new LinkedHashSet<>(listed);
    extra.removeAll(ids);
    if (!missing.isEmpty() || !extra.isEmpty()) {
      out.add(
          RuleCode.LAYER_ORDER_STALE.at(
              Pointer.VIS_STATE + "/layerOrder",
              "layerOrder "
                  + (missing.isEmpty() ? "" : "lacks " + missing + (extra.isEmpty() ? "" : " and "))
                  + (extra.isEmpty() ? "" : "names removed layers " + extra)
                  + ".",
              "List every layer id once, top first; create and update complete it."));
    }
  }
}
