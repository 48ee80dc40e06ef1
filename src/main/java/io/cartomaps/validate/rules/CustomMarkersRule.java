package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * R18: a marker map assigns icons by the values of a column, so it needs {@code
 * visualChannels.customMarkersField}; each entry names its icon exactly once, as an uploaded asset
 * ({@code markerId}) or a URL ({@code markerUrl}).
 */
final class CustomMarkersRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      JsonNode markerMap =
          Nodes.array(Nodes.object(l.visConfig(), "customMarkersRange"), "markerMap");
      if (markerMap == null) {
        continue;
      }
      if (Nodes.isTrue(l.visConfig(), "customMarkers")
          && !markerMap.isEmpty()
          && Nodes.object(l.visualChannels(), "customMarkersField") == null) {
        out.add(
            RuleCode.CUSTOM_MARKERS_WITHOUT_FIELD.at(
                l.visualChannels() == null
                    ? l.path("visualChannels")
                    : l.path("visualChannels", "customMarkersField"),
                l.label()
                    + " maps values to markers but has no customMarkersField to read the values from.",
                "Set \"customMarkersField\": {\"name\": \"<column>\", \"type\": \"string\"} in visualChannels."));
      }
      int i = 0;
      for (JsonNode entry : markerMap.values()) {
        if (entry.isObject()) {
          boolean id = !Nodes.isMissing(entry, "markerId");
          boolean url = !Nodes.isMissing(entry, "markerUrl");
          if (id == url) {
            out.add(
                RuleCode.CUSTOM_MARKER_ENTRY_INVALID.at(
                    l.path("config", "visConfig", "customMarkersRange", "markerMap", i),
                    "markerMap entry "
                        + i
                        + " of "
                        + l.label()
                        + (id
                            ? " sets both markerId and markerUrl."
                            : " sets neither markerId nor markerUrl."),
                    "Keep exactly one: \"markerId\" for an uploaded icon or \"markerUrl\" for an icon URL."));
          }
        }
        i++;
      }
    }
  }
}
