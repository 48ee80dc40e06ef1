package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The full engine adds title, legends and description; hideOverlays and the light engine leave them
 * out.
 */
class OverlayRenderingGoldenTest {

  @RegisterExtension static final SharedRenderer RENDERER = new SharedRenderer(960, 600);

  private static ScreenshotOptions.Builder options() {
    return RENDERER.options();
  }

  @Test
  void fullEngineShowsTitleLegendAndDescription() {
    Screenshot shot =
        RENDERER.render(TestMaps.withOverlays(), options().engine(RenderEngine.FULL).build());
    GoldenImages.assertMatches("overlays-full", shot.png());
  }

  @Test
  void hideOverlaysLeavesOnlyTheMap() {
    byte[] full =
        RENDERER.render(TestMaps.withOverlays(), options().engine(RenderEngine.FULL).build()).png();
    byte[] hidden =
        RENDERER
            .render(
                TestMaps.withOverlays(),
                options().engine(RenderEngine.FULL).hideOverlays(true).build())
            .png();
    byte[] light =
        RENDERER
            .render(
                TestMaps.withOverlays(),
                options().engine(RenderEngine.LIGHT).hideOverlays(true).build())
            .png();
    GoldenImages.assertMatches("overlays-hidden", hidden);
    long differing =
        GoldenImages.differingPixels(GoldenImages.decode(full), GoldenImages.decode(hidden));
    assertTrue(
        differing > 10_000, "overlays should change the picture, changed pixels: " + differing);
    assertTrue(
        GoldenImages.differingPixels(GoldenImages.decode(hidden), GoldenImages.decode(light)) == 0,
        "light with hidden overlays equals full with hidden overlays");
  }
}
