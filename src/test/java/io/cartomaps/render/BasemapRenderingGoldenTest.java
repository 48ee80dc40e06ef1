package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The offline basemap look-alikes, world-wide (antimeridian, 110m) and at city zoom (50m). */
class BasemapRenderingGoldenTest {

  private static final int WIDTH = 640;
  private static final int HEIGHT = 400;
  @RegisterExtension static final SharedRenderer RENDERER = new SharedRenderer(WIDTH, HEIGHT);

  private static byte[] render(RenderInput input) {
    return RENDERER.render(input).png();
  }

  @Test
  void drawsPositronWorldAcrossTheAntimeridian() {
    byte[] png = render(TestMaps.world("positron"));
    GoldenImages.assertMatches("basemap-positron-world", png);
  }

  @Test
  void drawsDarkMatterWorld() {
    GoldenImages.assertMatches("basemap-dark-matter-world", render(TestMaps.world("dark-matter")));
  }

  @Test
  void drawsVoyagerWorld() {
    GoldenImages.assertMatches("basemap-voyager-world", render(TestMaps.world("voyager")));
  }

  @Test
  void repeatsTheWholeWorldAtLowZoomWithAntarcticaClosed() {
    byte[] png =
        RENDERER
            .render(
                TestMaps.world("positron"),
                ScreenshotOptions.builder()
                    .width(WIDTH)
                    .height(HEIGHT)
                    .latitude(0.0)
                    .longitude(0.0)
                    .zoom(0.2)
                    .build())
            .png();
    GoldenImages.assertMatches("basemap-positron-world-repeated", png);
  }

  @Test
  void drawsDetailedCoastAtRegionalZoom() {
    RenderInput input = TestMaps.points("voyager", 50);
    byte[] png =
        RENDERER
            .render(
                input,
                ScreenshotOptions.builder()
                    .width(WIDTH)
                    .height(HEIGHT)
                    .latitude(43.0)
                    .longitude(5.0)
                    .zoom(4.5)
                    .build())
            .png();
    GoldenImages.assertMatches("basemap-voyager-mediterranean", png);
  }

  @Test
  void paintsOpenSeaInThePaletteWaterColour() {
    // The Pacific south of Hawaii is water on every basemap.
    ScreenshotOptions options =
        ScreenshotOptions.builder()
            .width(WIDTH)
            .height(HEIGHT)
            .latitude(0.0)
            .longitude(-150.0)
            .zoom(3.0)
            .build();
    assertEquals(
        0xd4dadc,
        GoldenImages.rgbAt(RENDERER.render(TestMaps.world("positron"), options).png(), 20, 20));
    assertEquals(
        0x262626,
        GoldenImages.rgbAt(RENDERER.render(TestMaps.world("dark-matter"), options).png(), 20, 20));
    assertEquals(
        0xb0d0d6,
        GoldenImages.rgbAt(RENDERER.render(TestMaps.world("voyager"), options).png(), 20, 20));
  }

  @Test
  void drawsGoogleDarkStyleWithTheDarkMatterPalette() {
    ScreenshotOptions options =
        ScreenshotOptions.builder()
            .width(WIDTH)
            .height(HEIGHT)
            .latitude(0.0)
            .longitude(-150.0)
            .zoom(3.0)
            .build();
    assertEquals(
        0x262626,
        GoldenImages.rgbAt(
            RENDERER.render(TestMaps.world("google-dark-matter"), options).png(), 20, 20));
  }
}
