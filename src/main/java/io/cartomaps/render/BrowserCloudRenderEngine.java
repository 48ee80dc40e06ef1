package io.cartomaps.render;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.ScreenshotType;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Screenshots of CARTO cloud maps through Builder's viewer in the system Chromium. It first checks,
 * within a few seconds, that the CARTO hosts can be reached, and fails with a clear message when
 * they cannot (e.g. offline).
 *
 * <p>The access token is never put in a URL or the page: it is added as an {@code Authorization}
 * header to requests for the CARTO API host only. Both engines open the viewer page ({@code full}
 * shows its panels as they are; {@code light} asks for the same page): a fetchMap-based light path
 * needs the network to verify and is not part of this build.
 */
public final class BrowserCloudRenderEngine implements CloudRenderEngine {

  public static final Duration DEFAULT_PROBE_TIMEOUT = Duration.ofSeconds(3);

  private final BrowserSettings settings;
  private final HostReachability reachability;
  private final Duration probeTimeout;

  public BrowserCloudRenderEngine(
      BrowserSettings settings, HostReachability reachability, Duration probeTimeout) {
    this.settings = settings;
    this.reachability = reachability;
    this.probeTimeout = probeTimeout;
  }

  public BrowserCloudRenderEngine() {
    this(BrowserSettings.fromSystem(), HostReachability.tcp(), DEFAULT_PROBE_TIMEOUT);
  }

  @Override
  public Screenshot render(CloudMapRef map, ScreenshotOptions options) {
    requireReachable(map, options.engine());
    settings.check();
    long started = System.nanoTime();
    Map<String, String> env =
        Map.of(
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
            "1",
            "PLAYWRIGHT_NODEJS_PATH",
            settings.node().toString());
    List<String> args =
        BrowserSettings.CHROMIUM_ARGS.stream()
            .filter(a -> !a.startsWith("--host-resolver-rules"))
            .toList();
    try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env))) {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(settings.chromium())
                      .setHeadless(true)
                      .setArgs(args)
                      .setTimeout(30_000));
      Page page =
          browser
              .newContext(
                  new Browser.NewContextOptions()
                      .setViewportSize(options.width(), options.height())
                      .setDeviceScaleFactor(1))
              .newPage();
      String apiHost = map.apiBaseUrl().getHost();
      page.route("**/*", route -> authorize(route, apiHost, map));
      double timeoutMs = options.timeoutSeconds() * 1000;
      page.navigate(map.viewerUri().toString(), new Page.NavigateOptions().setTimeout(timeoutMs));
      page.waitForLoadState(
          LoadState.NETWORKIDLE, new Page.WaitForLoadStateOptions().setTimeout(timeoutMs));
      if (options.waitSeconds() > 0) {
        page.waitForTimeout(options.waitSeconds() * 1000);
      }
      byte[] png =
          page.screenshot(
              new Page.ScreenshotOptions()
                  .setType(ScreenshotType.PNG)
                  .setFullPage(options.fullPage()));
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new Screenshot(
          png, options.width(), options.height(), options.engine(), elapsed, false, List.of());
    } catch (PlaywrightException e) {
      throw new RenderException(
          "The CARTO map " + map.mapId() + " could not be captured: " + BrowserSession.firstLine(e),
          e);
    }
  }

  /** Fails fast when any host the engine needs does not answer. */
  void requireReachable(CloudMapRef map, RenderEngine engine) {
    Set<URI> hosts = new LinkedHashSet<>();
    hosts.add(map.apiBaseUrl());
    if (engine == RenderEngine.FULL) {
      hosts.add(map.workspaceUrl());
    }
    for (URI host : hosts) {
      try {
        reachability.check(host, probeTimeout);
      } catch (IOException e) {
        throw new RenderException(
            "Cannot screenshot the CARTO map "
                + map.mapId()
                + ": the "
                + engine.cliName()
                + " engine needs network access to "
                + host.getHost()
                + ", which cannot be reached from here ("
                + e.getMessage()
                + "). Screenshots of local maps work offline; run this where CARTO is reachable, or"
                + " copy the map to the local profile first.");
      }
    }
  }

  private static void authorize(Route route, String apiHost, CloudMapRef map) {
    String host = hostOf(route.request().url());
    String token = apiHost.equalsIgnoreCase(host) ? map.accessToken().get() : null;
    if (token == null || token.isBlank()) {
      route.resume();
      return;
    }
    Map<String, String> headers = new HashMap<>(route.request().headers());
    headers.put("authorization", "Bearer " + token);
    route.resume(new Route.ResumeOptions().setHeaders(headers));
  }

  private static String hostOf(String url) {
    try {
      String host = URI.create(url).getHost();
      return host == null ? "" : host;
    } catch (IllegalArgumentException e) {
      return "";
    }
  }
}
