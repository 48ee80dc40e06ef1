package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Without Chromium (or Node.js) a render fails with the package to install; nothing else breaks.
 */
class ChromiumMissingTest {

  private static final BrowserSettings BOGUS_CHROMIUM =
      BrowserSettings.fromSystem().withChromium(Path.of("/nonexistent/chromium"));

  @Test
  void namesTheChromiumPackageWhenTheBrowserIsMissing() {
    try (MapRenderer renderer = new ChromiumMapRenderer(BOGUS_CHROMIUM)) {
      var e =
          assertThrows(
              RenderException.class,
              () -> renderer.render(TestMaps.points("positron", 3), ScreenshotOptions.defaults()));
      assertTrue(e.getMessage().contains("apt-get install chromium"), e.getMessage());
      assertTrue(e.getMessage().contains("/nonexistent/chromium"), e.getMessage());
    }
  }

  @Test
  void namesTheNodePackageWhenNodeIsMissing() {
    BrowserSettings settings =
        new BrowserSettings(Path.of("/bin/sh"), Path.of("/nonexistent/node"), 10);
    try (MapRenderer renderer = new ChromiumMapRenderer(settings)) {
      var e =
          assertThrows(
              RenderException.class,
              () -> renderer.render(TestMaps.points("positron", 3), ScreenshotOptions.defaults()));
      assertTrue(e.getMessage().contains("apt-get install nodejs"), e.getMessage());
    }
  }

  @Test
  void validatesOptionsBeforeLookingForTheBrowser() {
    try (MapRenderer renderer = new ChromiumMapRenderer(BOGUS_CHROMIUM)) {
      var e =
          assertThrows(
              InvalidScreenshotOptionException.class,
              () ->
                  renderer.render(
                      TestMaps.points("positron", 3),
                      ScreenshotOptions.builder().layers(java.util.List.of(5)).build()));
      assertTrue(e.getMessage().contains("Layer index 5"), e.getMessage());
    }
  }

  @Test
  void refusesToRenderAfterClose() {
    MapRenderer renderer = new ChromiumMapRenderer(BOGUS_CHROMIUM);
    renderer.close();
    var e =
        assertThrows(
            RenderException.class,
            () -> renderer.render(TestMaps.points("positron", 3), ScreenshotOptions.defaults()));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
  }

  @Test
  void explainsThatNodeEighteenIsTooOld(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path fakeNode = dir.resolve("node");
    java.nio.file.Files.writeString(fakeNode, "#!/bin/sh\necho v18.20.4\n");
    fakeNode.toFile().setExecutable(true);
    BrowserSettings settings = new BrowserSettings(Path.of("/bin/sh"), fakeNode, 10);
    try (MapRenderer renderer = new ChromiumMapRenderer(settings)) {
      var e =
          assertThrows(
              RenderException.class,
              () -> renderer.render(TestMaps.points("positron", 3), ScreenshotOptions.defaults()));
      assertTrue(
          e.getMessage().contains("v18.20.4") && e.getMessage().contains("20 or newer"),
          e.getMessage());
    }
  }
}
