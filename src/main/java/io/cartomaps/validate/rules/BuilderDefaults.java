package io.cartomaps.validate.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The boilerplate Builder's loader needs on every map and layer, with the value a Builder-made map
 * carries (JSON text). Validation warns when a part is missing; create and update write it in.
 */
public final class BuilderDefaults {

  /** {@code config.uiState}: all four keys are read on load. */
  public static final Map<String, String> UI_STATE =
      ordered(
          "commentsVisible", "true",
          "controlsPaneOpen", "false",
          "descriptionOpen", "false",
          "descriptionPreview", "false");

  /** {@code visState} keys Builder expects. */
  public static final Map<String, String> VIS_STATE =
      ordered(
          "animationConfig", "{\"currentTime\": null, \"speed\": 1}",
          "filters", "[]",
          "interactionConfig",
              "{\"tooltip\": {\"enabled\": true, \"compareMode\": false, \"compareType\": \"absolute\"}, "
                  + "\"brush\": {\"enabled\": false, \"size\": 0.5}, \"coordinate\": {\"enabled\": false}, "
                  + "\"geocoder\": {\"enabled\": false}}",
          "layerBlending", "\"normal\"",
          "layers", "[]",
          "splitMaps", "[]");

  /** A layer's {@code config.textLabel} with no label shown. */
  public static final String TEXT_LABEL =
      "[{\"field\": null, \"size\": 12, \"color\": [40,40,40], "
          + "\"anchor\": \"start\", \"alignment\": \"center\", \"offset\": [0,0], \"outlineColor\": [255,255,255]}]";

  /** A layer's {@code visualChannels} with no data-driven channel. */
  public static final String VISUAL_CHANNELS =
      "{\"colorField\": null, \"colorScale\": \"quantize\"}";

  private BuilderDefaults() {}

  /** {@code {"uiState": {…}}}'s value as one JSON text. */
  public static String uiStateObject() {
    StringBuilder sb = new StringBuilder("{");
    UI_STATE.forEach(
        (k, v) ->
            sb.append(sb.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
    return sb.append('}').toString();
  }

  private static Map<String, String> ordered(String... kv) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put(kv[i], kv[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }
}
