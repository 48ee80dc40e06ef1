package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * R6 and R7: aggregating a table or query into h3/quadbin cells is not supported on Oracle, and
 * binning geometries on the fly only works for points.
 */
final class DynamicBinningRule implements Rule {

  private static final Set<String> POINT_TYPES = Set.of("point", "multipoint");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (DatasetEntry d : b.datasets()) {
      if (!d.isTableOrQuery() || d.geoColumn() == null || !d.geoColumn().isSpatialIndex()) {
        continue;
      }
      if ("oracle".equals(d.provider())) {
        out.add(
            RuleCode.SPATIAL_INDEX_ON_ORACLE.at(
                d.path("geoColumn"),
                "Dataset "
                    + d.label()
                    + " aggregates into "
                    + d.geoColumn().kindName()
                    + " cells on an Oracle connection, which does not support it.",
                "Use a plain geometry column (\"geoColumn\": \""
                    + d.geoColumn().column()
                    + "\") with a tileset layer."));
      }
      String geomType = Nodes.text(d.node(), "geomType");
      if (d.isDynamicallyBinned()
          && geomType != null
          && !POINT_TYPES.contains(geomType.toLowerCase(Locale.ROOT))) {
        out.add(
            RuleCode.DYNAMIC_BINNING_NON_POINT.at(
                d.path("geomType"),
                "Dataset "
                    + d.label()
                    + " bins '"
                    + d.geoColumn().column()
                    + "' into "
                    + d.geoColumn().kindName()
                    + " cells on the fly, which needs POINT geometries, but declares geomType '"
                    + geomType
                    + "'.",
                "Use a pre-computed "
                    + d.geoColumn().kindName()
                    + " index column, or draw it with a tileset layer "
                    + "(\"geoColumn\": \""
                    + d.geoColumn().column()
                    + "\")."));
      }
    }
  }
}
