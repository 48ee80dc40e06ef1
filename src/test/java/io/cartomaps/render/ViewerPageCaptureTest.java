package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ScreenshotType;
import io.cartomaps.json.Json;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a screenshot is taken in the viewer page: the DevTools capture gives the same pixels as
 * Playwright's screenshot; circles are drawn without instancing (which software WebGL runs one
 * instance at a time) and look exactly as deck.gl's instanced circles; and the warm-up leaves the
 * drawing buffer at the size the first screenshot is expected at (the default, or the size asked
 * for), so a first screenshot at that size draws its map once instead of first resizing.
 */
class ViewerPageCaptureTest {

  private static BrowserSession session;

  @BeforeAll
  static void start() {
    BrowserRequirement.assumeChromium();
    session = BrowserSession.open(BrowserSettings.fromSystem());
  }

  @AfterAll
  static void stop() {
    if (session != null) {
      session.close();
    }
  }

  private static Map<?, ?> render(RenderInput input, int width, int height) {
    return render(input, width, height, false);
  }

  private static Map<?, ?> render(RenderInput input, int width, int height, boolean instanced) {
    return render(
        input, ScreenshotOptions.builder().width(width).height(height).build(), instanced);
  }

  private static Map<?, ?> render(RenderInput input, ScreenshotOptions options, boolean instanced) {
    Page page = session.page();
    page.setViewportSize(options.width(), options.height());
    ObjectNode spec = RenderSpec.forScreenshot(input, options);
    if (instanced) {
      spec.put("instancedCircles", true);
    }
    page.evaluate("s => { window.__spec = s; }", Json.compact(spec));
    return (Map<?, ?>) page.evaluate(ChromiumMapRenderer.RENDER_HANDED_OVER);
  }

  @Test
  void devToolsCaptureHasThePixelsOfPlaywrightsScreenshot() {
    render(TestMaps.mixed(300), 320, 200);
    byte[] devtools = ViewportCapture.png(session.devtools(), 320, 200);
    byte[] playwright =
        session
            .page()
            .screenshot(
                new Page.ScreenshotOptions().setType(ScreenshotType.PNG).setClip(0, 0, 320, 200));
    BufferedImage a = GoldenImages.decode(devtools);
    BufferedImage b = GoldenImages.decode(playwright);
    assertEquals(320, a.getWidth());
    assertEquals(200, a.getHeight());
    GoldenImages.assertNotBlank("capture", a);
    assertArrayEquals(
        b.getRGB(0, 0, 320, 200, null, 0, 320), a.getRGB(0, 0, 320, 200, null, 0, 320));
  }

  @Test
  void circlesAreDrawnFlatWithThePixelsOfInstancedCircles() {
    RenderInput points = TestMaps.points("positron", 2000);
    Map<?, ?> flat = render(points, 320, 200);
    byte[] flatPng = ViewportCapture.png(session.devtools(), 320, 200);
    Map<?, ?> instanced = render(points, 320, 200, true);
    byte[] instancedPng = ViewportCapture.png(session.devtools(), 320, 200);
    assertEquals(1, ((Number) flat.get("flatCircleLayers")).intValue());
    assertEquals(0, ((Number) instanced.get("flatCircleLayers")).intValue());
    BufferedImage a = GoldenImages.decode(flatPng);
    BufferedImage b = GoldenImages.decode(instancedPng);
    GoldenImages.assertNotBlank("flat circles", a);
    assertArrayEquals(
        b.getRGB(0, 0, 320, 200, null, 0, 320), a.getRGB(0, 0, 320, 200, null, 0, 320));
  }

  @Test
  void warmUpSizesTheDrawingBufferForADefaultScreenshot() {
    session.page().evaluate("() => MapShot.warmUp()");
    Map<?, ?> atDefault =
        render(
            TestMaps.points("positron", 50),
            ScreenshotOptions.DEFAULT_WIDTH,
            ScreenshotOptions.DEFAULT_HEIGHT);
    assertEquals(false, atDefault.get("resized"));
    Map<?, ?> smaller = render(TestMaps.points("positron", 50), 320, 200);
    assertEquals(true, smaller.get("resized"));
  }

  @Test
  void warmUpInPartsDrawsPointsFirstAndThenEachOtherLayerType() {
    Map<?, ?> all = (Map<?, ?>) session.page().evaluate("() => MapShot.warmUp()");
    List<?> parts = (List<?>) session.page().evaluate("() => MapShot.warmUpParts()");
    assertEquals("common", parts.get(0));
    int layers = 0;
    for (Object part : parts) {
      Map<?, ?> drawn =
          (Map<?, ?>)
              session
                  .page()
                  .evaluate(
                      "s => MapShot.warmUp(s)", Map.of("width", 1280, "height", 800, "part", part));
      assertEquals(1, ((Number) drawn.get("layerCount")).intValue(), "layers of " + part);
      if (part.equals("common")) {
        assertEquals(1, ((Number) drawn.get("flatCircleLayers")).intValue());
      }
      layers += ((Number) drawn.get("layerCount")).intValue();
    }
    assertEquals(((Number) all.get("layerCount")).intValue(), layers);
  }

  @Test
  void warmUpAtTheExpectedSizeLeavesTheFirstScreenshotUnresizedAndTheSame() {
    RenderInput points = TestMaps.points("positron", 500);
    session.page().setViewportSize(640, 400);
    session.page().evaluate("s => MapShot.warmUp(s)", Map.of("width", 640, "height", 400));
    Map<?, ?> first = render(points, 640, 400);
    byte[] firstPng = ViewportCapture.png(session.devtools(), 640, 400);
    session.page().setViewportSize(1280, 800);
    session.page().evaluate("() => MapShot.warmUp()");
    Map<?, ?> afterDefault = render(points, 640, 400);
    byte[] afterDefaultPng = ViewportCapture.png(session.devtools(), 640, 400);
    assertEquals(false, first.get("resized"));
    assertEquals(true, afterDefault.get("resized"));
    BufferedImage a = GoldenImages.decode(firstPng);
    BufferedImage b = GoldenImages.decode(afterDefaultPng);
    assertEquals(640, a.getWidth());
    assertEquals(400, a.getHeight());
    GoldenImages.assertNotBlank("after a warm-up at 640x400", a);
    assertArrayEquals(
        b.getRGB(0, 0, 640, 400, null, 0, 640), a.getRGB(0, 0, 640, 400, null, 0, 640));
  }

  @Test
  void basemapBordersAreDrawnFlatWithThePixelsOfInstancedBorders() {
    ScreenshotOptions europe =
        ScreenshotOptions.builder()
            .width(640)
            .height(400)
            .latitude(48.0)
            .longitude(12.0)
            .zoom(2.5)
            .build();
    RenderInput map = TestMaps.points("positron", 20);
    Map<?, ?> flat = render(map, europe, false);
    byte[] flatPng = ViewportCapture.png(session.devtools(), 640, 400);
    Map<?, ?> instanced = render(map, europe, true);
    byte[] instancedPng = ViewportCapture.png(session.devtools(), 640, 400);
    assertEquals(1, ((Number) flat.get("flatPathLayers")).intValue());
    assertEquals(0, ((Number) instanced.get("flatPathLayers")).intValue());
    BufferedImage a = GoldenImages.decode(flatPng);
    BufferedImage b = GoldenImages.decode(instancedPng);
    GoldenImages.assertNotBlank("flat borders", a);
    assertArrayEquals(
        b.getRGB(0, 0, 640, 400, null, 0, 640), a.getRGB(0, 0, 640, 400, null, 0, 640));
  }
}
