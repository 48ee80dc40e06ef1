package io.cartomaps.render;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.ServiceWorkerPolicy;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Playwright driver, one headless Chromium and one page showing the viewer. The page is served
 * from the classpath under a fake origin; every other request is aborted, so nothing leaves the
 * machine. Not thread-safe: the renderer uses it from its single render thread only.
 */
final class BrowserSession implements AutoCloseable {

  static final String ORIGIN = "http://mapshot.invalid/";
  private static final Logger LOG = LoggerFactory.getLogger(BrowserSession.class);
  private static final double LAUNCH_TIMEOUT_MS = 30_000;
  private static final double PAGE_TIMEOUT_MS = 30_000;

  private final Playwright playwright;
  private final Browser browser;
  private BrowserContext context;
  private Page page;
  private CDPSession devtools;
  private volatile boolean pageCrashed;
  private volatile boolean closed;
  private int renders;

  private BrowserSession(Playwright playwright, Browser browser) {
    this.playwright = playwright;
    this.browser = browser;
  }

  /**
   * Starts the driver on the system Node and launches the system Chromium, then loads the viewer
   * page.
   */
  static BrowserSession open(BrowserSettings settings) {
    settings.check();
    settings.checkNodeVersion();
    Map<String, String> env =
        Map.of(
            "PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD",
            "1",
            "PLAYWRIGHT_NODEJS_PATH",
            settings.node().toString());
    long started = System.nanoTime();
    Playwright playwright;
    try {
      playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
    } catch (RuntimeException e) {
      throw new RenderException(
          "Could not start the browser driver with Node.js at "
              + settings.node()
              + ": "
              + firstLine(e)
              + ". Node.js 20 or newer is needed (`apt-get install nodejs`).",
          e);
    }
    try {
      Browser browser =
          playwright
              .chromium()
              .launch(
                  new BrowserType.LaunchOptions()
                      .setExecutablePath(settings.chromium())
                      .setHeadless(true)
                      .setArgs(BrowserSettings.CHROMIUM_ARGS)
                      .setTimeout(LAUNCH_TIMEOUT_MS));
      long launched = System.nanoTime();
      BrowserSession session = new BrowserSession(playwright, browser);
      session.openPage();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "browser start: driver and Chromium {} ms, viewer page {} ms",
            (launched - started) / 1_000_000,
            (System.nanoTime() - launched) / 1_000_000);
      }
      return session;
    } catch (RuntimeException e) {
      closeQuietly(playwright);
      if (e instanceof RenderException re) {
        throw re;
      }
      throw new RenderException(
          "Could not start Chromium at "
              + settings.chromium()
              + ": "
              + firstLine(e)
              + ". Reinstall it with `apt-get install chromium`.",
          e);
    }
  }

  /** A fresh context and page with the viewer loaded; replaces the current page if any. */
  void openPage() {
    closePage();
    pageCrashed = false;
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setViewportSize(ScreenshotOptions.DEFAULT_WIDTH, ScreenshotOptions.DEFAULT_HEIGHT)
                .setDeviceScaleFactor(1)
                .setServiceWorkers(ServiceWorkerPolicy.BLOCK));
    page = context.newPage();
    devtools = context.newCDPSession(page);
    page.setDefaultTimeout(PAGE_TIMEOUT_MS);
    page.onCrash(p -> pageCrashed = true);
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            LOG.debug("viewer console: {}", m.text());
          }
        });
    page.route("**/*", BrowserSession::serve);
    page.navigate(ORIGIN + "index.html");
    page.waitForFunction("() => window.__ready === true");
  }

  private static void serve(Route route) {
    String url = route.request().url();
    if (!url.startsWith(ORIGIN)) {
      route.abort();
      return;
    }
    String name = url.substring(ORIGIN.length());
    int query = name.indexOf('?');
    if (query >= 0) {
      name = name.substring(0, query);
    }
    var asset = ViewerAssets.find(name);
    if (asset.isEmpty()) {
      route.fulfill(new Route.FulfillOptions().setStatus(404).setBody("not found"));
      return;
    }
    route.fulfill(
        new Route.FulfillOptions()
            .setStatus(200)
            .setContentType(asset.get().contentType())
            .setBodyBytes(asset.get().body()));
  }

  Page page() {
    return page;
  }

  /** The page's DevTools session, for {@link ViewportCapture}. */
  CDPSession devtools() {
    return devtools;
  }

  /** True when the browser is connected and the page neither crashed nor closed. */
  boolean pageUsable() {
    return !closed && browser.isConnected() && page != null && !page.isClosed() && !pageCrashed;
  }

  boolean browserConnected() {
    return !closed && browser.isConnected();
  }

  int renders() {
    return renders;
  }

  void countRender() {
    renders++;
  }

  private void closePage() {
    if (context != null) {
      try {
        context.close();
      } catch (PlaywrightException e) {
        LOG.debug("closing the page failed: {}", firstLine(e));
      }
      context = null;
      page = null;
      devtools = null;
    }
  }

  /** Stops Chromium and the driver. Safe to call from another thread to unblock a hung render. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    closeQuietly(playwright);
  }

  private static void closeQuietly(Playwright playwright) {
    try {
      playwright.close();
    } catch (RuntimeException e) {
      LOG.debug("closing the browser driver failed: {}", firstLine(e));
    }
  }

  /**
   * The useful line of a Playwright error, which may be wrapped as {@code Error { message='…' … }}.
   */
  static String firstLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String text = m.strip();
    int quoted = text.indexOf("message='");
    if (text.startsWith("Error {") && quoted >= 0) {
      text = text.substring(quoted + "message='".length());
    }
    String line = text.lines().findFirst().orElse(text).strip();
    while (line.startsWith("Error: ")) {
      line = line.substring("Error: ".length());
    }
    return line;
  }
}
