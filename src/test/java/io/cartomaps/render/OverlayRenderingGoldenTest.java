package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The full engine adds title, legends and description; hideOverlays and the light engine leave them out. */
class OverlayRenderingGoldenTest {

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

  private static ScreenshotOptions.Builder options() {
    return ScreenshotOptions.builder().width(960).height(600);
  }

  @Test
  void fullEngineShowsTitleLegendAndDescription() {
    Screenshot shot = renderer.render(TestMaps.withOverlays(), options().engine(RenderEngine.FULL).build());
    GoldenImages.assertMatches("overlays-full", shot.png());
  }

  @Test
  void hideOverlaysLeavesOnlyTheMap() {
    byte[] full = renderer.render(TestMaps.withOverlays(), options().engine(RenderEngine.FULL).build()).png();
    byte[] hidden = renderer.render(TestMaps.withOverlays(),
        options().engine(RenderEngine.FULL).hideOverlays(true).build()).png();
    byte[] light = renderer.render(TestMaps.withOverlays(), options().engine(RenderEngine.LIGHT)
        .hideOverlays(true).build()).png();
    GoldenImages.assertMatches("overlays-hidden", hidden);
    long differing = GoldenImages.differingPixels(GoldenImages.decode(full), GoldenImages.decode(hidden));
    assertTrue(differing > 10_000, "overlays should change the picture, changed pixels: " + differing);
    assertTrue(GoldenImages.differingPixels(GoldenImages.decode(hidden), GoldenImages.decode(light)) == 0,
        "light with hidden overlays equals full with hidden overlays");
  }
}
