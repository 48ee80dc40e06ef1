package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Set;

/**
 * R2: authored datasets use {@code tilejson} (table, query, tileset) or {@code raster} (raster);
 * older formats are accepted so a bundle read from a legacy map round-trips.
 */
final class DatasetFormatRule implements Rule {

  private static final Set<String> LEGACY = Set.of("json", "table", "geojson", "binary");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (DatasetEntry d : b.datasets()) {
      String format = Nodes.text(d.node(), "format");
      if (format == null || d.type() == null) {
        continue;
      }
      boolean raster = d.type().equals("raster");
      if (raster != format.equals("raster")) {
        String expected = raster ? "raster" : "tilejson";
        out.add(
            RuleCode.DATASET_FORMAT_MISMATCH.at(
                d.path("format"),
                "Dataset " + d.label() + " of type '" + d.type() + "' has format '" + format + "'.",
                "Set \"format\": \"" + expected + "\"."));
      } else if (LEGACY.contains(format)) {
        out.add(
            RuleCode.DATASET_FORMAT_LEGACY.at(
                d.path("format"),
                "Dataset "
                    + d.label()
                    + " uses the legacy format '"
                    + format
                    + "', kept only for round trips.",
                "Use \"format\": \"tilejson\" for new datasets."));
      }
    }
  }
}
