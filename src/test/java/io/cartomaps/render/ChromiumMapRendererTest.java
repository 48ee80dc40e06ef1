package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Renderer behaviour in a real browser: determinism, layer selection, warnings, recovery. */
class ChromiumMapRendererTest {

  private static ChromiumMapRenderer renderer;

  @BeforeAll
  static void startBrowser() {
    BrowserRequirement.assumeChromium();
    renderer = new ChromiumMapRenderer(BrowserSettings.fromSystem());
  }

  @AfterAll
  static void stopBrowser() {
    if (renderer != null) {
      renderer.close();
    }
  }

  private static ScreenshotOptions.Builder small() {
    return ScreenshotOptions.builder().width(320).height(200);
  }

  @Test
  void rendersTheSameMapToTheSameBytes() {
    byte[] first = renderer.render(TestMaps.points("positron", 200), small().build()).png();
    renderer.render(TestMaps.heatmap(), small().build());
    byte[] second = renderer.render(TestMaps.points("positron", 200), small().build()).png();
    assertArrayEquals(first, second);
  }

  @Test
  void reportsTheRequestedSizeAndEngine() {
    Screenshot shot = renderer.render(TestMaps.lines(), small().engine(RenderEngine.FULL).build());
    assertEquals(320, GoldenImages.decode(shot.png()).getWidth());
    assertEquals(200, GoldenImages.decode(shot.png()).getHeight());
    assertEquals(RenderEngine.FULL, shot.engine());
    assertTrue(shot.elapsedMillis() > 0);
  }

  @Test
  void showsOnlyTheRequestedLayers() {
    RenderInput mixed = TestMaps.mixed(300);
    byte[] all = renderer.render(mixed, small().build()).png();
    byte[] onlyPolygons = renderer.render(mixed, small().layers(List.of(2)).build()).png();
    byte[] polygonsAlone = renderer.render(TestMaps.polygons(), small().zoom(9.6).build()).png();
    assertTrue(
        GoldenImages.differingPixels(GoldenImages.decode(all), GoldenImages.decode(onlyPolygons))
            > 1000);
    assertEquals(
        0,
        GoldenImages.differingPixels(
            GoldenImages.decode(onlyPolygons), GoldenImages.decode(polygonsAlone)));
  }

  @Test
  void hidesLayersTheMapMarksInvisible() {
    RenderInput input = TestMaps.points("positron", 200);
    ((ObjectNode) input.config().get("visState").get("layers").get(0).get("config"))
        .put("isVisible", false);
    byte[] hidden = renderer.render(input, small().build()).png();
    byte[] noLayers = renderer.render(input, small().layers(List.of()).build()).png();
    assertArrayEquals(noLayers, hidden);
  }

  @Test
  void warnsThatRasterLayersCannotBeDrawnOffline() {
    RenderInput points = TestMaps.points("positron", 10);
    ObjectNode raster =
        TestMaps.layer(
            "L_raster",
            "raster",
            "$ref:elevation",
            "Elevation",
            TestMaps.vis(v -> v.put("opacity", 1)));
    List<JsonNode> layers = new ArrayList<>();
    layers.add(raster);
    layers.add(points.config().get("visState").get("layers").get(0));
    List<JsonNode> datasets = new ArrayList<>(points.datasets());
    ObjectNode elevation =
        Json.object().put("$ref", "elevation").put("type", "raster").put("format", "raster");
    datasets.add(elevation);
    Screenshot shot =
        renderer.render(
            TestMaps.map("Raster", "", "positron", 10, layers, datasets), small().build());
    assertTrue(
        shot.warnings().stream().anyMatch(w -> w.contains("raster tiles cannot be drawn offline")),
        shot.warnings().toString());
  }

  @Test
  void drawsCustomMarkersAsCirclesBecauseIconUrlsAreOutOfReach() {
    RenderInput plain = TestMaps.points("positron", 100);
    RenderInput markers = TestMaps.points("positron", 100);
    ((ObjectNode)
            markers.config().get("visState").get("layers").get(0).get("config").get("visConfig"))
        .put("customMarkers", true)
        .put("customMarkersUrl", "https://example.com/pin.svg");
    byte[] empty = renderer.render(plain, small().layers(List.of()).build()).png();
    Screenshot shot = renderer.render(markers, small().build());
    assertTrue(shot.warnings().isEmpty(), shot.warnings().toString());
    long drawn =
        GoldenImages.differingPixels(GoldenImages.decode(empty), GoldenImages.decode(shot.png()));
    assertTrue(drawn > 300, "markers should be drawn, changed pixels: " + drawn);
  }

  @Test
  void warnsAboutALayerWhoseDatasetIsMissing() {
    RenderInput input = TestMaps.points("positron", 10);
    ((ObjectNode) input.config().get("visState").get("layers").get(0).get("config"))
        .put("dataId", "$ref:ghost");
    Screenshot shot = renderer.render(input, small().build());
    assertTrue(
        shot.warnings().stream().anyMatch(w -> w.contains("$ref:ghost")),
        shot.warnings().toString());
  }

  @Test
  void recoversAfterARenderThatFailsInThePage() {
    RenderInput broken = TestMaps.points("positron", 10);
    ((ObjectNode) broken.config().get("visState")).put("layers", "not a list");
    var e = assertThrows(RenderException.class, () -> renderer.render(broken, small().build()));
    assertTrue(e.getMessage().startsWith("The map could not be drawn: "), e.getMessage());
    assertTrue(
        e.getMessage().contains("is not a function") && !e.getMessage().contains("Error {"),
        e.getMessage());
    Screenshot next = renderer.render(TestMaps.points("positron", 50), small().build());
    GoldenImages.assertNotBlank("after-recovery", GoldenImages.decode(next.png()));
  }

  @Test
  void warmUpDrawsEveryLayerType() {
    renderer.warmUp();
    Screenshot next = renderer.render(TestMaps.clusters(), small().build());
    assertEquals(320, next.width());
  }
}
