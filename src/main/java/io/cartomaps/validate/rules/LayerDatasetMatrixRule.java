package io.cartomaps.validate.rules;

import io.cartomaps.bundle.GeoColumn;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which layer types can draw which dataset types: table/query feed tileset, h3, quadbin,
 * heatmapTile and clusterTile layers; tilesets feed tileset layers (and heatmap/cluster layers when
 * quadbin-indexed); rasters feed raster layers. h3 and quadbin layers over a table or query also
 * need a geoColumn of their own index kind.
 */
final class LayerDatasetMatrixRule implements Rule {

  private static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "table", Set.of("tileset", "h3", "quadbin", "heatmapTile", "clusterTile"),
          "query", Set.of("tileset", "h3", "quadbin", "heatmapTile", "clusterTile"),
          "tileset", Set.of("tileset"),
          "raster", Set.of("raster"));

  private static final Set<String> LAYER_TYPES =
      Set.of("tileset", "h3", "quadbin", "heatmapTile", "clusterTile", "raster");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      DatasetEntry d = l.dataset();
      if (d == null
          || d.type() == null
          || l.type() == null
          || !LAYER_TYPES.contains(l.type())
          || !ALLOWED.containsKey(d.type())) {
        continue;
      }
      boolean quadbinTileset =
          d.type().equals("tileset")
              && d.geoColumn() != null
              && d.geoColumn().kind() == GeoColumn.Kind.QUADBIN
              && (l.type().equals("heatmapTile") || l.type().equals("clusterTile"));
      if (!ALLOWED.get(d.type()).contains(l.type()) && !quadbinTileset) {
        out.add(
            RuleCode.LAYER_DATASET_INCOMPATIBLE.at(
                l.path("type"),
                l.label()
                    + " of type '"
                    + l.type()
                    + "' cannot draw "
                    + d.type()
                    + " dataset "
                    + d.label()
                    + ".",
                "Use a layer of type "
                    + String.join(" or ", sorted(ALLOWED.get(d.type())))
                    + " for a "
                    + d.type()
                    + " dataset."));
        continue;
      }
      if (!d.isTableOrQuery() || !(l.type().equals("h3") || l.type().equals("quadbin"))) {
        continue;
      }
      GeoColumn.Kind needed = l.type().equals("h3") ? GeoColumn.Kind.H3 : GeoColumn.Kind.QUADBIN;
      if (d.geoColumn() != null && d.geoColumn().kind() != needed) {
        out.add(
            RuleCode.LAYER_NEEDS_SPATIAL_INDEX.at(
                l.path("type"),
                l.label()
                    + " is an "
                    + l.type()
                    + " layer but dataset "
                    + d.label()
                    + " has geoColumn '"
                    + Nodes.text(d.node(), "geoColumn")
                    + "'.",
                "Set "
                    + d.path("geoColumn")
                    + " to \""
                    + l.type()
                    + ":"
                    + d.geoColumn().column()
                    + "\" (binned on the fly from points) or to a pre-computed "
                    + l.type()
                    + " column."));
      }
    }
  }

  private static List<String> sorted(Set<String> types) {
    return types.stream().sorted().toList();
  }
}
