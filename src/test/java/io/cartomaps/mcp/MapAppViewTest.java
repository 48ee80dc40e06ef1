package io.cartomaps.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.render.RenderInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The MCP Apps view: its resource, the tool that links it, and a payload cut to fit with a note
 * saying what.
 */
class MapAppViewTest {

  private static RenderInput map(int rows) {
    ObjectNode kepler =
        (ObjectNode)
            Json.parse(
                """
        {"version":"v1","config":{"visState":{"layers":[]},"mapState":{"latitude":0,"longitude":0,"zoom":1},
         "mapStyle":{"styleType":"positron"}}}""");
    ObjectNode dataset =
        Json.object().put("$ref", "pts").put("label", "Points").put("type", "table");
    ArrayNode features =
        dataset.putObject("data").put("type", "FeatureCollection").putArray("features");
    for (int i = 0; i < rows; i++) {
      ObjectNode f = features.addObject().put("type", "Feature");
      f.putObject("geometry")
          .put("type", "Point")
          .putArray("coordinates")
          .add(i % 360 - 180.0)
          .add(i % 170 - 85.0);
      f.putObject("properties").put("name", "place number " + i).put("value", i);
    }
    return new RenderInput(kepler, List.of(dataset), "t", "");
  }

  @Test
  void aSmallMapGoesWhole() {
    ObjectNode payload = MapAppView.payload(map(1000));
    assertEquals(1000, payload.at("/map/datasets/0/data/features").size());
    assertFalse(payload.has("cut"));
  }

  @Test
  void aLargeMapIsCutToFitAndSaysWhatWasCut() {
    ObjectNode payload = MapAppView.payload(map(40_000));
    int kept = payload.at("/map/datasets/0/data/features").size();
    assertTrue(kept < 40_000 && kept >= 100, "kept " + kept);
    assertTrue(Json.compact(payload).length() <= MapAppView.MAX_PAYLOAD_CHARS);
    assertEquals(
        "Too large to show whole here: this view has "
            + kept
            + " of 40000 rows of Points; the screenshot"
            + " shows them all.",
        payload.get("cut").asString());
  }

  @Test
  void aMapTooLargeEvenCutSaysSoAndWhatItTriedInsteadOfAMap() {
    RenderInput input = map(150);
    for (JsonNode f : input.datasets().get(0).at("/data/features")) {
      ((ObjectNode) f.get("properties")).put("name", "x".repeat(40_000));
    }
    ObjectNode payload = MapAppView.payload(input);
    assertFalse(payload.has("map"));
    assertEquals(
        "The map is too large for an inline view even with 100 of 150 rows of Points; look at the screenshot"
            + " or open the map's viewerUrl.",
        payload.get("tooLarge").asString());
  }

  @Test
  void aMapTooLargeWithNothingToCutSaysSoPlainly() {
    RenderInput input = map(80);
    for (JsonNode f : input.datasets().get(0).at("/data/features")) {
      ((ObjectNode) f.get("properties")).put("name", "x".repeat(40_000));
    }
    assertEquals(
        "The map is too large for an inline view; look at the screenshot or open the map's viewerUrl.",
        MapAppView.payload(input).get("tooLarge").asString());
  }

  @Test
  void theResourceIsAnInlineAppThatNeedsNoNetwork() {
    var contents =
        (io.modelcontextprotocol.spec.McpSchema.TextResourceContents)
            MapAppView.read().contents().get(0);
    assertEquals("ui://carto-maps/map-view.html", contents.uri());
    assertEquals("text/html;profile=mcp-app", contents.mimeType());
    assertTrue(
        contents.meta() == null || !contents.meta().containsKey("ui"), "no CSP domains declared");
    String html = contents.text();
    assertFalse(
        html.contains("src=\"http") || html.contains("href=\"http"),
        "nothing loaded from elsewhere");
    assertTrue(html.contains("ui/initialize") && html.contains("MapShot"));
  }

  @Test
  void onlyTheScreenshotToolLinksTheView() {
    var screenshot = MapAppView.linked(io.cartomaps.mcp.tools.ScreenshotTool.DEF.toTool());
    assertEquals(Map.of("ui", Map.of("resourceUri", MapAppView.URI)), screenshot.meta());
    var other =
        MapAppView.linked(
            ToolDef.builder("list_maps", "List maps")
                .description("d")
                .inputSchema("{\"type\":\"object\"}")
                .outputSchema("{\"type\":\"object\"}")
                .readOnly()
                .idempotent()
                .build()
                .toTool());
    assertEquals(null, other.meta());
    assertFalse(MapAppView.supported(null), "no exchange (stateless HTTP): no view");
  }
}
