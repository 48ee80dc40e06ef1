package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Widget values computed by the local spatial engine, each pinned against a plain SQL statement
 * over the same sample table, with SQL parameter defaults applied as a viewer first sees them.
 */
class MapWidgetsTest {

  @TempDir static Path home;
  private static LocalBackend backend;
  private static Map<String, ObjectNode> main;
  private static Map<String, ObjectNode> more;

  @BeforeAll
  static void compute() {
    backend = LocalBackend.open(home, null);
    main = byId("widgets.json");
    more = byId("widgets-more.json");
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  private static Map<String, ObjectNode> byId(String bundle) {
    ObjectNode b = (ObjectNode) TestMaps.resource("/bundles/" + bundle);
    MapPreviews.withData(b, backend);
    Map<String, ObjectNode> out = new HashMap<>();
    MapWidgets.compute(b, backend).forEach(w -> out.put(w.get("id").asString(), w));
    return out;
  }

  /** The first row of a plain SQL statement on the sample data. */
  private static JsonNode sql(String query) {
    return backend
        .features(LocalConnection.ID, SourceKind.query, query, null, List.of(), 1000)
        .get("features")
        .get(0)
        .get("properties");
  }

  @Test
  void formulaSumsTheColumn() {
    long total = sql("SELECT SUM(population) AS s FROM samples.places").get("s").asLong();
    assertEquals(total, main.get("w_pop").get("value").asLong());
    assertTrue(total > 1_000_000_000L, "the sample places hold billions of people: " + total);
    assertEquals("formula", main.get("w_pop").get("type").asString());
  }

  @Test
  void categoryCountsPerValue() {
    JsonNode cats = main.get("w_cont").get("categories");
    var rows =
        backend
            .features(
                LocalConnection.ID,
                SourceKind.query,
                "SELECT continent, COUNT(*) AS n FROM samples.countries GROUP BY continent ORDER BY n DESC, continent",
                null,
                List.of(),
                100)
            .get("features");
    assertEquals(rows.size(), cats.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(
          rows.get(i).get("properties").get("continent").asString(),
          cats.get(i).get("name").asString());
      assertEquals(
          rows.get(i).get("properties").get("n").asLong(), cats.get(i).get("value").asLong());
    }
  }

  @Test
  void pieSumsTheOperationColumnPerCategory() {
    JsonNode first = main.get("w_pie").get("categories").get(0);
    double expected =
        sql("SELECT SUM(area_km2) AS a FROM samples.countries WHERE continent = '"
                + first.get("name").asString()
                + "'")
            .get("a")
            .asDouble();
    assertEquals(expected, first.get("value").asDouble(), 1e-6);
    double max =
        sql("SELECT MAX(a) AS m FROM (SELECT SUM(area_km2) AS a FROM samples.countries GROUP BY continent)")
            .get("m")
            .asDouble();
    assertEquals(max, expected, 1e-6, "ordered by value, largest first");
  }

  @Test
  void histogramBinsCoverTheBoundsAndCountEveryRowOnce() {
    ObjectNode h = main.get("w_hist");
    assertEquals(20, h.get("bins").size());
    long inBounds =
        sql("SELECT COUNT(*) AS n FROM samples.places WHERE population BETWEEN 50000 AND 2000000")
            .get("n")
            .asLong();
    long sum = 0;
    for (JsonNode b : h.get("bins")) {
      sum += b.get("value").asLong();
    }
    assertEquals(inBounds, sum);
    long first =
        sql("SELECT COUNT(*) AS n FROM samples.places WHERE population >= 50000 AND population < 147500")
            .get("n")
            .asLong();
    assertEquals(first, h.get("bins").get(0).get("value").asLong());
    assertEquals(147500.0, h.get("bins").get(0).get("end").asDouble(), 1e-9);
  }

  @Test
  void sqlParameterDefaultsFilterTheRowsWidgetsSee() {
    long big =
        sql("SELECT COUNT(*) AS n FROM samples.places WHERE population >= 1000000")
            .get("n")
            .asLong();
    long steps = 0;
    for (JsonNode s : main.get("w_ts").get("steps")) {
      steps += s.get("value").asLong();
    }
    assertEquals(
        big, steps, "time series counts the places the Numeric parameter's default lets through");
    assertEquals(12, main.get("w_ts").get("steps").size(), "one step per month of 2024");
    assertEquals("2024-01-01", main.get("w_ts").get("steps").get(0).get("start").asString());
    assertEquals(big, main.get("w_table").get("total").asLong());
    assertEquals(5, main.get("w_table").get("rows").size());
    assertEquals(
        List.of("Place", "Country", "Population"),
        main.get("w_table").get("headers").valueStream().map(JsonNode::asString).toList());
  }

  @Test
  void rangeCustomAndAverage() {
    JsonNode r =
        sql(
            "SELECT MIN(population) AS lo, MAX(population) AS hi, SUM(population) / COUNT(*) AS per"
                + " FROM samples.places WHERE population >= 1000000");
    assertEquals(r.get("lo").asLong(), more.get("w_range").get("min").asLong());
    assertEquals(r.get("hi").asLong(), more.get("w_range").get("max").asLong());
    assertEquals(r.get("per").asLong(), more.get("w_custom").get("value").asLong());
    double avg = sql("SELECT AVG(area_km2) AS a FROM samples.countries").get("a").asDouble();
    assertEquals(avg, more.get("w_avg").get("value").asDouble(), 1e-6);
    assertTrue(more.get("w_avg").get("note").asString().contains("whole dataset"));
  }

  @Test
  void scatterReturnsPairs() {
    long big =
        sql("SELECT COUNT(*) AS n FROM samples.places WHERE population >= 1000000")
            .get("n")
            .asLong();
    JsonNode points = more.get("w_scatter").get("points");
    assertEquals(big, points.size());
    assertEquals(2, points.get(0).size());
  }

  @Test
  void aWidgetWhoseValueCannotBeComputedSaysWhy() {
    String error = more.get("w_bad").get("error").asString();
    assertTrue(error.contains("column 'kontinent'") && error.contains("continent,"), error);
    assertTrue(!more.get("w_bad").has("categories"));
    ObjectNode unknown =
        Json.object().put("id", "x").put("type", "sparkline").put("dataSource", "$ref:places");
    ObjectNode b = (ObjectNode) TestMaps.resource("/bundles/widgets.json");
    b.withObject("/keplerMapConfig/config")
        .putArray("widgets")
        .add(unknown)
        .add(
            Json.object()
                .put("id", "y")
                .put("type", "formula")
                .put("operation", "count")
                .put("dataSource", "$ref:nope"));
    List<ObjectNode> out = MapWidgets.compute(b, backend);
    assertTrue(out.get(0).get("error").asString().contains("sparkline"), out.get(0).toString());
    assertTrue(out.get(1).get("error").asString().contains("$ref:nope"), out.get(1).toString());
  }
}
