package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Data geometry across 180°: rings and lines that jump from +180 to -180 are drawn whole on both
 * sides of the antimeridian instead of as bands across the whole map, and a polar polygon written
 * as world-atlas writes Antarctica is filled down to the edge of the map.
 */
class AntimeridianRenderingGoldenTest {

  private static final int WIDTH = 512;
  private static final int HEIGHT = 320;
  private static final int POSITRON_WATER = 0xd4dadc;
  @RegisterExtension static final SharedRenderer RENDERER = new SharedRenderer(WIDTH, HEIGHT);

  private static byte[] render(RenderInput input) {
    return RENDERER.render(input).png();
  }

  @Test
  void drawsPolygonsLinesAndCellsAcrossTheAntimeridianInAPacificView() {
    GoldenImages.assertMatches(
        "layer-antimeridian-pacific", render(TestMaps.antimeridianPacific()));
  }

  @Test
  void fillsARingAcrossTheAntimeridianOnBothSidesWithoutABandAcrossTheMap() {
    // Centred on 180° at 20° S, zoom 2.2: x 215 is 174° E and x 300 is 173° W, both inside the
    // ring; x 120 and 450
    // are open sea on the same row, where a ring read flat would draw a band across the whole map.
    byte[] png = render(TestMaps.antimeridianPacific());
    int row = 210;
    int west = GoldenImages.rgbAt(png, 215, row);
    int east = GoldenImages.rgbAt(png, 300, row);
    assertNotEquals(POSITRON_WATER, west, "the ring west of 180° is filled");
    assertEquals(west, east, "the ring east of 180° is filled once, like its west part");
    assertEquals(POSITRON_WATER, GoldenImages.rgbAt(png, 120, row), "open sea west of the ring");
    assertEquals(POSITRON_WATER, GoldenImages.rgbAt(png, 450, row), "open sea east of the ring");
  }

  @Test
  void fillsAPolygonAroundThePoleGivenAsAPoleRingWithTheCoastAsItsHole() {
    byte[] png = render(TestMaps.polarCap());
    GoldenImages.assertMatches("layer-antimeridian-polar-cap", png);
    assertNotEquals(
        POSITRON_WATER,
        GoldenImages.rgbAt(png, WIDTH / 2, HEIGHT - 5),
        "the cap reaches the map's edge");
  }
}
