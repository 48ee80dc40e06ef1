package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Map;

/**
 * R1: document-mode layer types of the old kepler editor are rejected on create and update; {@code
 * unknown} is what such a layer reads back as and only survives a round trip.
 */
final class LegacyLayerTypeRule implements Rule {

  private static final Map<String, String> REPLACEMENTS =
      Map.ofEntries(
          Map.entry("point", "tileset"),
          Map.entry("geojson", "tileset"),
          Map.entry("line", "tileset"),
          Map.entry("trip", "tileset"),
          Map.entry("arc", "tileset"),
          Map.entry("s2", "tileset"),
          Map.entry("grid", "quadbin"),
          Map.entry("hexagon", "h3"),
          Map.entry("hexagonId", "h3"),
          Map.entry("heatmap", "heatmapTile"),
          Map.entry("cluster", "clusterTile"));

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      if (l.type() == null) {
        continue;
      }
      String replacement = REPLACEMENTS.get(l.type());
      if (replacement != null) {
        out.add(
            RuleCode.LAYER_TYPE_LEGACY.at(
                l.path("type"),
                "Layer type '"
                    + l.type()
                    + "' is a legacy document-mode type; create and update reject it.",
                "Use \"type\": \"" + replacement + "\" over a dataset of a matching kind."));
      } else if (l.type().equals("unknown")) {
        out.add(
            RuleCode.LAYER_TYPE_UNKNOWN.at(
                l.path("type"),
                "Layer type 'unknown' is a legacy layer read back from the server; Builder cannot edit it.",
                "Replace it with a tileset, h3, quadbin, heatmapTile, clusterTile or raster layer."));
      }
    }
  }
}
