package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cloud maps need the network; without it the engine says so at once, before starting any browser.
 */
class CloudRenderEngineOfflineTest {

  private static final String TOKEN = "eyJhbGciOiJIUzI1NiJ9.secret-token";
  private static final CloudMapRef MAP =
      new CloudMapRef(
          "3f1c9a1e-0000-4000-8000-000000000001",
          URI.create("https://api.carto-offline.invalid"),
          URI.create("https://workspace.carto-offline.invalid"),
          () -> TOKEN);
  private static final BrowserSettings NO_BROWSER =
      BrowserSettings.fromSystem().withChromium(Path.of("/nonexistent/chromium"));

  @Test
  void failsWithAClearMessageWhenTheApiHostCannotBeResolved() {
    var engine =
        new BrowserCloudRenderEngine(NO_BROWSER, HostReachability.tcp(), Duration.ofSeconds(2));
    var e =
        assertThrows(RenderException.class, () -> engine.render(MAP, ScreenshotOptions.defaults()));
    assertTrue(
        e.getMessage().contains("needs network access to api.carto-offline.invalid"),
        e.getMessage());
    assertTrue(e.getMessage().contains("local maps work offline"), e.getMessage());
    assertFalse(
        e.getMessage().contains("Chromium"),
        "must fail on the network, before looking for a browser");
  }

  @Test
  void fullEngineAlsoChecksTheBuilderHost() {
    List<URI> probed = new ArrayList<>();
    var engine =
        new BrowserCloudRenderEngine(
            NO_BROWSER,
            (uri, timeout) -> {
              probed.add(uri);
              if (uri.getHost().startsWith("workspace")) {
                throw new IOException("connect timed out");
              }
            },
            Duration.ofSeconds(1));
    var e =
        assertThrows(
            RenderException.class,
            () ->
                engine.render(MAP, ScreenshotOptions.builder().engine(RenderEngine.FULL).build()));
    assertEquals(List.of(MAP.apiBaseUrl(), MAP.workspaceUrl()), probed);
    assertTrue(
        e.getMessage()
            .contains("full engine needs network access to workspace.carto-offline.invalid"),
        e.getMessage());
  }

  @Test
  void probesWithTheConfiguredShortTimeout() {
    List<Duration> timeouts = new ArrayList<>();
    var engine =
        new BrowserCloudRenderEngine(
            NO_BROWSER,
            (uri, timeout) -> {
              timeouts.add(timeout);
              throw new IOException("unreachable");
            },
            Duration.ofMillis(1500));
    assertThrows(RenderException.class, () -> engine.render(MAP, ScreenshotOptions.defaults()));
    assertEquals(List.of(Duration.ofMillis(1500)), timeouts);
  }

  @Test
  void neverShowsTheTokenInMessagesOrDescriptions() {
    var engine =
        new BrowserCloudRenderEngine(NO_BROWSER, HostReachability.tcp(), Duration.ofSeconds(2));
    var e =
        assertThrows(RenderException.class, () -> engine.render(MAP, ScreenshotOptions.defaults()));
    assertFalse(e.getMessage().contains(TOKEN));
    assertFalse(MAP.toString().contains(TOKEN));
    assertFalse(MAP.viewerUri().toString().contains(TOKEN));
  }
}
