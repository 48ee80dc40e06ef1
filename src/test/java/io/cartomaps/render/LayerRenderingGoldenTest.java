package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each Builder layer type drawn offline matches its golden image. */
class LayerRenderingGoldenTest {

  private static final int WIDTH = 512;
  private static final int HEIGHT = 320;
  private static ChromiumMapRenderer renderer;

  @BeforeAll
  static void startBrowser() {
    BrowserRequirement.assumeChromium();
    renderer = new ChromiumMapRenderer();
  }

  @AfterAll
  static void stopBrowser() {
    if (renderer != null) {
      renderer.close();
    }
  }

  private static Screenshot render(RenderInput input) {
    return renderer.render(input, ScreenshotOptions.builder().width(WIDTH).height(HEIGHT).build());
  }

  @Test
  void drawsTilesetPointsColouredByCategory() {
    Screenshot shot = render(TestMaps.points("positron", 600));
    assertEquals(WIDTH, shot.width());
    assertTrue(shot.warnings().isEmpty(), shot.warnings().toString());
    GoldenImages.assertMatches("layer-tileset-points", shot.png());
  }

  @Test
  void drawsTilesetLinesColouredByQuantize() {
    GoldenImages.assertMatches("layer-tileset-lines", render(TestMaps.lines()).png());
  }

  @Test
  void drawsTilesetPolygonsColouredByQuantile() {
    GoldenImages.assertMatches("layer-tileset-polygons", render(TestMaps.polygons()).png());
  }

  @Test
  void binsPointsIntoH3CellsOnTheFly() {
    GoldenImages.assertMatches("layer-h3-dynamic", render(TestMaps.h3Dynamic(1200)).png());
  }

  @Test
  void drawsPreIndexedH3Cells() {
    GoldenImages.assertMatches("layer-h3-indexed", render(TestMaps.h3Indexed()).png());
  }

  @Test
  void binsPointsIntoQuadbinCells() {
    GoldenImages.assertMatches("layer-quadbin", render(TestMaps.quadbin()).png());
  }

  @Test
  void drawsHeatmapTileAsHeatmap() {
    GoldenImages.assertMatches("layer-heatmap", render(TestMaps.heatmap()).png());
  }

  @Test
  void drawsClusterTileAsCountedCircles() {
    GoldenImages.assertMatches("layer-cluster", render(TestMaps.clusters()).png());
  }

  @Test
  void drawsTextLabelsOnPointsAndPolygons() {
    GoldenImages.assertMatches("layer-text-labels", render(TestMaps.labelled()).png());
  }
}
