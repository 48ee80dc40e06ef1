package io.cartomaps.validate.rules;

import io.cartomaps.validate.Finding;
import io.cartomaps.validate.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Map-level shapes that pass CARTO's validator and create, then crash Builder's loader: an incomplete
 * {@code uiState}, {@code spatialFilter: {}}, {@code filters} as an array, missing {@code visState} boilerplate, and
 * a {@code null} description.
 */
final class BuilderConfigRule implements Rule {

  private static final List<String> UI_STATE_KEYS =
      List.of("commentsVisible", "controlsPaneOpen", "descriptionOpen", "descriptionPreview");
  private static final String UI_STATE_DEFAULT = "{\"commentsVisible\": true, \"controlsPaneOpen\": false, "
      + "\"descriptionOpen\": false, \"descriptionPreview\": false}";

  /** visState keys Builder expects, with the default a Builder-made map carries. */
  private static final List<String[]> VIS_STATE_DEFAULTS = List.of(
      new String[] {"animationConfig", "{\"currentTime\": null, \"speed\": 1}"},
      new String[] {"filters", "[]"},
      new String[] {"interactionConfig", "{\"tooltip\": {\"enabled\": true, \"compareMode\": false, "
          + "\"compareType\": \"absolute\"}, \"brush\": {\"enabled\": false, \"size\": 0.5}, "
          + "\"coordinate\": {\"enabled\": false}, \"geocoder\": {\"enabled\": false}}"},
      new String[] {"layerBlending", "\"normal\""},
      new String[] {"layers", "[]"},
      new String[] {"splitMaps", "[]"});

  @Override
  public void check(BundleView b, List<Finding> out) {
    JsonNode description = Nodes.get(b.root(), "description");
    if (description != null && description.isNull()) {
      out.add(RuleCode.DESCRIPTION_NULL.at("/description",
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
      out.add(RuleCode.SPATIAL_FILTER_EMPTY_OBJECT.at(Pointer.CONFIG + "/spatialFilter",
          "spatialFilter is {}, which crashes Builder.", "Use \"spatialFilter\": null when there is no filter."));
    }
    JsonNode filters = config.get("filters");
    if (filters != null && filters.isArray()) {
      out.add(RuleCode.FILTERS_AS_ARRAY.at(Pointer.CONFIG + "/filters",
          "config.filters is an array; Builder iterates it as an object keyed by dataset id and crashes.",
          "Use \"filters\": {} (or one {} entry per dataset id), or omit it."));
    }
    JsonNode visState = b.visState();
    if (visState == null) {
      return;
    }
    for (String[] key : VIS_STATE_DEFAULTS) {
      if (!visState.has(key[0])) {
        out.add(RuleCode.VIS_STATE_BOILERPLATE_MISSING.at(Pointer.of(Pointer.VIS_STATE, key[0]),
            "visState has no " + key[0] + ", which Builder expects on every map.",
            "Add \"" + key[0] + "\": " + key[1] + "."));
      }
    }
  }

  private static void checkUiState(JsonNode config, List<Finding> out) {
    JsonNode uiState = config.get("uiState");
    String path = Pointer.CONFIG + "/uiState";
    if (uiState == null || uiState.isNull()) {
      out.add(RuleCode.UI_STATE_INCOMPLETE.at(path, "config.uiState is missing; Builder's loader needs it.",
          "Add \"uiState\": " + UI_STATE_DEFAULT + "."));
      return;
    }
    if (!uiState.isObject()) {
      return;
    }
    for (String key : UI_STATE_KEYS) {
      if (!uiState.has(key)) {
        out.add(RuleCode.UI_STATE_INCOMPLETE.at(path + "/" + key,
            "uiState lacks " + key + "; Builder's loader needs all four of " + String.join(", ", UI_STATE_KEYS) + ".",
            "Add \"" + key + "\": " + (key.equals("commentsVisible") ? "true" : "false") + "."));
      }
    }
  }
}
