package io.cartomaps.validate.rules;

import io.cartomaps.bundle.GeoColumn;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * R4: the aggregation resolution of h3 datasets lies in [1,6] and of quadbin datasets in [1,9]
 * (Builder's slider).
 */
final class AggregationResLevelRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (DatasetEntry d : b.datasets()) {
      JsonNode level = Nodes.get(d.node(), "aggregationResLevel");
      if (level == null
          || !level.isNumber()
          || d.isTilesetOrRaster()
          || d.geoColumn() == null
          || !d.geoColumn().isSpatialIndex()) {
        continue;
      }
      int max = d.geoColumn().kind() == GeoColumn.Kind.H3 ? 6 : 9;
      int fallback = d.geoColumn().kind() == GeoColumn.Kind.H3 ? 4 : 6;
      Integer value = Nodes.integer(d.node(), "aggregationResLevel");
      if (value == null || value < 1 || value > max) {
        out.add(
            RuleCode.AGGREGATION_RES_LEVEL_OUT_OF_RANGE.at(
                d.path("aggregationResLevel"),
                "aggregationResLevel "
                    + Nodes.show(level)
                    + " of "
                    + d.geoColumn().kindName()
                    + " dataset "
                    + d.label()
                    + " is outside [1,"
                    + max
                    + "].",
                "Use a whole number from 1 to " + max + " (default " + fallback + ")."));
      }
    }
  }
}
