package io.cartomaps.export;

import static io.cartomaps.export.TestDestinations.count;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cartomaps.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** The export contract on the default destination, an embedded DuckDB file. */
class DuckDbEstateExportTest extends EstateExportContract {

  @TempDir Path dir;

  @Override
  Destination destination() {
    return new Destination.DuckDbFile(dir.resolve("estate.duckdb"));
  }

  /**
   * The appenders stay open across batches of maps: a load of more maps than one batch, whose
   * batches each replace maps, writes every map's rows exactly once.
   */
  @Test
  void loadsSpanningSeveralBatchesWriteEachMapsRowsOnce() {
    int extra = 2 * EstateExport.BATCH + 10;
    List<String> ids =
        estate.local.atomically(
            () -> {
              List<String> created = new ArrayList<>();
              for (int i = 0; i < extra; i++) {
                ObjectNode body = Json.object();
                body.put("title", "Batch map " + i);
                String id = Json.text(estate.local.createMap(body), "id");
                ObjectNode tags = Json.object();
                tags.set("tags", Json.array().add("batch").add("n" + i));
                estate.local.patchMap(id, tags);
                created.add(id);
              }
              return created;
            });
    int total = extra + 4;
    assertEquals(total, export(false).loaded());
    estate.local.atomically(
        () -> {
          for (String id : ids) {
            ObjectNode patch = Json.object();
            patch.put("title", "Renamed " + id);
            estate.local.patchMap(id, patch);
          }
          return null;
        });
    ExportSummary again = export(false);
    assertEquals(extra, again.loaded());
    assertEquals(total, count(destination, "SELECT COUNT(*) FROM " + t("maps")));
    assertEquals(
        extra,
        count(destination, "SELECT COUNT(*) FROM " + t("maps") + " WHERE title LIKE 'Renamed %'"));
    assertEquals(
        extra,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("maps")
                + " WHERE _dlt_load_id = '"
                + again.loadId()
                + "'"));
    assertEquals(
        0,
        count(
            destination,
            "SELECT COUNT(*) FROM (SELECT map_id, tag FROM "
                + t("map_tags")
                + " GROUP BY map_id, tag HAVING COUNT(*) > 1)"));
    assertEquals(
        2L * extra,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("map_tags")
                + " WHERE map_id IN (SELECT map_id FROM "
                + t("maps")
                + " WHERE title LIKE 'Renamed %')"));
  }
}
