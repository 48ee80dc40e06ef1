package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class RenderSpecTest {

  @Test
  void takesTheViewFromTheMapState() {
    ObjectNode spec =
        RenderSpec.forScreenshot(TestMaps.points("positron", 3), ScreenshotOptions.defaults());
    assertEquals(TestMaps.LAT, spec.get("viewState").get("latitude").asDouble());
    assertEquals(10, spec.get("viewState").get("zoom").asDouble());
    assertEquals(1280, spec.get("width").asInt());
  }

  @Test
  void optionsOverrideTheMapState() {
    var options =
        ScreenshotOptions.builder()
            .latitude(10.0)
            .longitude(20.0)
            .zoom(3.0)
            .pitch(30.0)
            .bearing(45.0)
            .build();
    var view = RenderSpec.forScreenshot(TestMaps.points("positron", 3), options).get("viewState");
    assertEquals(10, view.get("latitude").asDouble());
    assertEquals(20, view.get("longitude").asDouble());
    assertEquals(3, view.get("zoom").asDouble());
    assertEquals(30, view.get("pitch").asDouble());
    assertEquals(45, view.get("bearing").asDouble());
  }

  @Test
  void searchSetsTheCentre() {
    var view =
        RenderSpec.forScreenshot(
                TestMaps.points("positron", 3),
                ScreenshotOptions.builder().search("51.5,-0.12").build())
            .get("viewState");
    assertEquals(51.5, view.get("latitude").asDouble());
    assertEquals(-0.12, view.get("longitude").asDouble());
  }

  @Test
  void fitsTheDataWhenTheMapHasNoMapState() {
    RenderInput input = TestMaps.points("positron", 50);
    ((ObjectNode) input.config()).remove("mapState");
    var view = RenderSpec.forScreenshot(input, ScreenshotOptions.defaults()).get("viewState");
    assertEquals(TestMaps.LAT, view.get("latitude").asDouble(), 0.1);
    assertEquals(TestMaps.LNG, view.get("longitude").asDouble(), 0.1);
    assertTrue(view.get("zoom").asDouble() > 8, view.toString());
  }

  @Test
  void rejectsALayerIndexTheMapDoesNotHave() {
    var e =
        assertThrows(
            InvalidScreenshotOptionException.class,
            () ->
                RenderSpec.forScreenshot(
                    TestMaps.points("positron", 3),
                    ScreenshotOptions.builder().layers(List.of(0, 2)).build()));
    assertTrue(
        e.getMessage().contains("Layer index 2 does not exist: the map has 1 layer"),
        e.getMessage());
  }

  @Test
  void passesVisibleLayers() {
    var spec =
        RenderSpec.forScreenshot(
            TestMaps.mixed(10), ScreenshotOptions.builder().layers(List.of(2, 0)).build());
    assertEquals("[2,0]", spec.get("layers").toString());
  }

  @Test
  void addsOverlaysOnlyForTheFullEngine() {
    RenderInput input = TestMaps.withOverlays();
    assertFalse(RenderSpec.forScreenshot(input, ScreenshotOptions.defaults()).has("overlays"));
    var full =
        RenderSpec.forScreenshot(
            input, ScreenshotOptions.builder().engine(RenderEngine.FULL).build());
    assertEquals("Madrid <overview>", full.get("overlays").get("title").asString());
    var hidden =
        RenderSpec.forScreenshot(
            input,
            ScreenshotOptions.builder().engine(RenderEngine.FULL).hideOverlays(true).build());
    assertFalse(hidden.has("overlays"));
    assertTrue(hidden.get("hideOverlays").asBoolean());
  }

  @Test
  void leavesTheInPageTimeoutShorterThanTheRenderTimeout() {
    var spec =
        RenderSpec.forScreenshot(
            TestMaps.points("positron", 3), ScreenshotOptions.builder().timeoutSeconds(10).build());
    assertEquals(8000, spec.get("timeoutMs").asLong());
  }

  @Test
  void viewerSpecCarriesTitleDescriptionAndLegend() {
    var spec = RenderSpec.forViewer(TestMaps.withOverlays());
    assertTrue(spec.get("overlays").get("legend").asBoolean());
    assertTrue(spec.get("overlays").get("description").asString().startsWith("## About"));
  }

  @Test
  void rejectsAMapWithoutVersionOne() {
    ObjectNode kepler = Json.object();
    kepler.put("version", "v0");
    kepler.putObject("config");
    var e = assertThrows(RenderException.class, () -> new RenderInput(kepler, List.of(), "t", ""));
    assertTrue(e.getMessage().contains("\"v1\""), e.getMessage());
  }
}
