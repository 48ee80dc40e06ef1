package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The rows a screenshot hands to the page: only drawn columns, packed by column, nothing else lost.
 */
class ScreenshotHandOverTest {

  private static final String CONFIG =
      """
      {"version":"v1","config":{"visState":{"layers":[{"id":"a","type":"point","config":{"dataId":"d",
       "columns":{}},"visualChannels":{"colorField":{"name":"pop_sum","type":"real"}}}],
       "interactionConfig":{"tooltip":{"fieldsToShow":{"d":[{"name":"label"}]}}}},"mapState":{},"mapStyle":{}}}
      """;

  private static JsonNode dataset(String features) {
    return Json.parse(
        "{\"id\":\"d\",\"geoColumn\":\"h3:cell\",\"aggregationExp\":\"avg(score) as score\","
            + "\"data\":{\"type\":\"FeatureCollection\",\"features\":"
            + features
            + "}}");
  }

  private static UsedColumns used() {
    return UsedColumns.of(new RenderInput(Json.parse(CONFIG), List.of(), "", ""));
  }

  @Test
  void keepsColumnsNamedByLayersTooltipsAggregationsAndTheGeoColumn() {
    JsonNode d =
        dataset(
            "[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"pop\":1,\"label\":\"x\","
                + "\"score\":2,\"cell\":\"8a\",\"unused\":\"drop me\"}}]");
    JsonNode props = used().prune(d).path("data").path("features").get(0).path("properties");
    assertEquals(List.of("pop", "label", "score", "cell"), List.copyOf(props.propertyNames()));
    assertTrue(
        d.path("data").path("features").get(0).path("properties").has("unused"), "input untouched");
  }

  @Test
  void aDatasetWithNothingToDropIsHandedOverAsIs() {
    JsonNode d =
        dataset("[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"label\":\"x\"}}]");
    assertSame(d, used().prune(d));
  }

  @Test
  void packsPointsAndPropertiesByColumn() {
    JsonNode packed =
        ColumnarRows.pack(
            dataset(
                "[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[1.5,2]},\"properties\":{\"a\":1,\"b\":null}},{\"type\":\"Feature\",\"geometry\":"
                    + "{\"type\":\"Point\",\"coordinates\":[3,4.25]},\"properties\":{\"a\":2,\"b\":\"y\"}}]"));
    assertEquals(
        Json.parse(
            "{\"count\":2,\"properties\":{\"a\":[1,2],\"b\":[null,\"y\"]},\"points\":[1.5,2,3,4.25]}"),
        packed.path("data").path("columnar"));
    assertFalse(packed.path("data").has("features"));
  }

  @Test
  void packsCellIdsAndOtherGeometriesAsTheyAre() {
    JsonNode packed =
        ColumnarRows.pack(
            dataset(
                "[{\"type\":\"Feature\",\"id\":\"8a\",\"geometry\":null,"
                    + "\"properties\":{\"a\":1}},{\"type\":\"Feature\",\"id\":\"8b\",\"geometry\":{\"type\":\"LineString\","
                    + "\"coordinates\":[[0,0],[1,1]]},\"properties\":{\"a\":2}}]"));
    JsonNode c = packed.path("data").path("columnar");
    assertEquals(Json.parse("[\"8a\",\"8b\"]"), c.get("ids"));
    assertTrue(c.get("geometries").get(0).isNull());
    assertEquals("LineString", c.get("geometries").get(1).path("type").asString());
  }

  @Test
  void rowsOfDifferentShapesOrWithExtraMembersStayGeoJson() {
    JsonNode mixed =
        dataset(
            "[{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"a\":1}},"
                + "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"b\":1}}]");
    assertSame(mixed, ColumnarRows.pack(mixed));
    JsonNode bbox =
        dataset("[{\"type\":\"Feature\",\"geometry\":null,\"bbox\":[0,0,1,1],\"properties\":{}}]");
    assertSame(bbox, ColumnarRows.pack(bbox));
  }
}
