package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * R23: "scale with zoom level" is the third radius mode of point layers. It scales a fixed {@code
 * radius} (without one points render zero pixels wide at the reference zoom) and excludes the
 * by-column mode ({@code radiusField}).
 */
final class RadiusScaleWithZoomRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      JsonNode visConfig = l.visConfig();
      if (!Nodes.isTrue(visConfig, "radiusScaleWithZoom")) {
        continue;
      }
      JsonNode radius = Nodes.get(visConfig, "radius");
      if (radius == null || radius.isNull()) {
        out.add(
            RuleCode.RADIUS_SCALE_WITHOUT_RADIUS.at(
                l.path("config", "visConfig", "radius"),
                l.label()
                    + " scales its radius with zoom but sets no radius, so points render zero pixels wide.",
                "Set \"radius\" (e.g. 4) next to \"radiusScaleWithZoom\": true."));
      }
      JsonNode radiusField = Nodes.get(l.visualChannels(), "radiusField");
      if (radiusField != null && !radiusField.isNull()) {
        out.add(
            RuleCode.RADIUS_SCALE_WITH_RADIUS_FIELD.at(
                l.path("visualChannels", "radiusField"),
                l.label()
                    + " both scales its radius with zoom and sizes points by a column; the modes exclude each other.",
                "Set \"radiusField\": null, or drop \"radiusScaleWithZoom\"."));
      }
    }
  }
}
