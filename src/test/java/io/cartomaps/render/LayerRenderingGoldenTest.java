package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each Builder layer type drawn offline matches its golden image. */
class LayerRenderingGoldenTest {

  private static final int WIDTH = 512;
  private static final int HEIGHT = 320;
  @RegisterExtension static final SharedRenderer RENDERER = new SharedRenderer(WIDTH, HEIGHT);

  private static Screenshot render(RenderInput input) {
    return RENDERER.render(input);
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
