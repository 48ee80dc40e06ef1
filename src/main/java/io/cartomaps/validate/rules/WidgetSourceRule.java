package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;

/**
 * Widgets against what their source can serve: over h3/quadbin sources Builder needs to know how to
 * roll cells up ({@code spatialIndexAggregation}); over a tileset or raster that no layer draws, a
 * viewport widget has no tiles to read and stays empty unless it is {@code global}.
 */
final class WidgetSourceRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (WidgetEntry w : b.widgets()) {
      DatasetEntry d = w.dataset();
      if (d == null || !w.node().isObject()) {
        continue;
      }
      if (!"table".equals(w.type())
          && b.isSpatialIndexSource(d)
          && Nodes.isMissing(w.node(), "spatialIndexAggregation")) {
        out.add(
            RuleCode.WIDGET_MISSING_SPATIAL_INDEX_AGGREGATION.at(
                w.path("spatialIndexAggregation"),
                w.label()
                    + " reads spatial-index dataset "
                    + d.label()
                    + " but says nothing about rolling cells up.",
                "Set \"spatialIndexAggregation\" (e.g. \"sum\" for numbers, \"mode\" for strings)."));
      }
      if (d.isTilesetOrRaster() && b.layersOf(d).isEmpty() && !Nodes.isTrue(w.node(), "global")) {
        out.add(
            RuleCode.TILESET_OR_RASTER_WITHOUT_LAYER.at(
                w.path("global"),
                w.label()
                    + " reads "
                    + d.type()
                    + " dataset "
                    + d.label()
                    + ", which no layer draws, so it has no "
                    + "viewport data.",
                "Set \"global\": true, or add a layer over " + d.label() + "."));
      }
    }
  }
}
