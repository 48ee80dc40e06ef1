package io.cartomaps.render;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.ScreenshotType;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders local maps in the system's headless Chromium. The browser starts on the first render and
 * stays up; renders queue on one thread (Playwright is single-threaded and two cores gain nothing
 * from parallel renders). A crashed or failed page is replaced, a disconnected or hung browser is
 * restarted, and the browser is recycled every {@link BrowserSettings#recycleEvery()} renders.
 * {@link #close()} and a JVM shutdown hook stop it.
 */
public final class ChromiumMapRenderer implements MapRenderer {

  private static final Logger LOG = LoggerFactory.getLogger(ChromiumMapRenderer.class);

  /** Time allowed on top of the render timeout for starting the browser on the first render. */
  private static final long STARTUP_ALLOWANCE_MS = 45_000;

  /**
   * Parses and unpacks the spec handed over in {@code window.__spec} (a separate call, so the
   * transfer and the drawing are timed apart) and draws it.
   */
  static final String RENDER_HANDED_OVER =
      "() => { const t = performance.now();"
          + ColumnarRows.UNPACK_JS
          + " const spec = unpackRows(JSON.parse(window.__spec)); window.__spec = null;"
          + " const parseMillis = Math.round(performance.now() - t);"
          + " return MapShot.render(spec).then(r => Object.assign(r, { parseMillis })); }";

  private final BrowserSettings settings;
  private final ExecutorService thread;
  private final Thread shutdownHook;
  private volatile BrowserSession session;
  private volatile boolean closed;

  /**
   * Renders expected or asked for and not finished: the warm-up's remaining parts wait for them.
   */
  private final AtomicInteger rendersAsked = new AtomicInteger();

  /** How long a deferred warm-up part waits before going back in the queue. */
  private static final long DEFER_MS = 20;

  /** A map like an agent's first, with its spec built, for the warm-up to draw. */
  private record SampleMap(String spec, ScreenshotOptions options) {}

  private volatile SampleMap sample;

  // Render thread only: how far the warm-up got.
  private boolean sampleDrawn;
  private boolean screenshotDrawn;

  /** The other layer types' warm-up, waiting for the first screenshot; null when there is none. */
  private Runnable laterParts;

  public ChromiumMapRenderer() {
    this(BrowserSettings.fromSystem());
  }

  public ChromiumMapRenderer(BrowserSettings settings) {
    this.settings = settings;
    this.thread =
        Executors.newSingleThreadExecutor(
            r -> {
              Thread t = new Thread(r, "map-renderer");
              t.setDaemon(true);
              return t;
            });
    this.shutdownHook = new Thread(this::stopBrowser, "map-renderer-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  @Override
  public Screenshot render(RenderInput input, ScreenshotOptions options) {
    Runnable done = expectRender();
    try {
      return renderQueued(input, options);
    } finally {
      done.run();
    }
  }

  @Override
  public Runnable expectRender() {
    rendersAsked.incrementAndGet();
    return rendersAsked::decrementAndGet;
  }

  private Screenshot renderQueued(RenderInput input, ScreenshotOptions options) {
    if (closed) {
      throw new RenderException("The renderer has been closed.");
    }
    long specStarted = System.nanoTime();
    String spec = Json.compact(RenderSpec.forScreenshot(input, options));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "render spec: {} chars in {} ms",
          spec.length(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - specStarted));
    }
    Future<Screenshot> task =
        thread.submit(
            () -> {
              try {
                return renderOnThread(spec, options);
              } finally {
                afterScreenshot();
              }
            });
    long budget = (long) (options.timeoutSeconds() * 1000) + STARTUP_ALLOWANCE_MS;
    try {
      return task.get(budget, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      task.cancel(true);
      abandonBrowser();
      throw new RenderException(
          "The map did not render within "
              + (long) options.timeoutSeconds()
              + " s (plus"
              + " browser start-up); the browser was restarted. Try a smaller image, fewer layers or a longer"
              + " --timeout.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RenderException re) {
        throw re;
      }
      throw new RenderException(
          "The map could not be rendered: " + BrowserSession.firstLine(cause), cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      task.cancel(true);
      throw new RenderException("The render was interrupted.", e);
    }
  }

  /**
   * Starts the browser and draws a small map with every layer type at the default size, so the
   * first real render does not pay for browser start-up and shader compilation. Blocks until done.
   */
  public void warmUp() {
    try {
      thread
          .submit(
              () -> {
                warmUpPart(ScreenshotOptions.DEFAULT_WIDTH, ScreenshotOptions.DEFAULT_HEIGHT, null);
                return null;
              })
          .get(STARTUP_ALLOWANCE_MS * 2, TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RenderException re
          ? re
          : new RenderException(
              "Warming up the renderer failed: " + BrowserSession.firstLine(cause), cause);
    } catch (TimeoutException e) {
      abandonBrowser();
      throw new RenderException(
          "Warming up the renderer took too long; the browser was restarted.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("Warming up the renderer was interrupted.", e);
    }
  }

  @Override
  public void prepare() {
    inBackground("starting the browser", this::ensureSession);
  }

  @Override
  public void prepare(int width, int height) {
    inBackground("warming up the renderer", () -> warmUpOnThread(width, height));
  }

  @Override
  public void warmUpWith(String spec, ScreenshotOptions options) {
    sample = new SampleMap(spec, options);
    inBackground("warming up with the sample map", this::drawSample);
  }

  private void inBackground(String what, Runnable work) {
    if (closed) {
      return;
    }
    thread.submit(
        () -> {
          try {
            work.run();
          } catch (RuntimeException e) {
            LOG.debug("{} failed: {}", what, BrowserSession.firstLine(e));
          }
        });
  }

  /**
   * The warm-up on the render thread: the points layer over the basemap at {@code width}×{@code
   * height} (the sample map follows when {@link #warmUpWith} gives it). The other layer types'
   * parts wait for the first screenshot, so that it never waits for one of them: most first maps
   * are points or polygons, and a first map of another type compiles its own shaders.
   */
  private void warmUpOnThread(int width, int height) {
    List<?> parts = (List<?>) ensureSession().page().evaluate("() => MapShot.warmUpParts()");
    List<String> names = parts.stream().map(String::valueOf).toList();
    if (names.size() > 1) {
      laterParts = () -> warmUpFrom(width, height, names, 1);
    }
    if (screenshotDrawn) {
      startLaterParts();
    } else {
      warmUpPart(width, height, names.get(0));
    }
  }

  /**
   * Draws the sample map once and discards the picture, unless a screenshot is expected or was
   * drawn already: its first rows, spec and draw of a world map of points then run compiled code
   * and a warm page. Runs on the render thread only.
   */
  private void drawSample() {
    SampleMap map = sample;
    if (sampleDrawn || map == null || screenshotDrawn || rendersAsked.get() > 0) {
      return;
    }
    sampleDrawn = true;
    sample = null;
    long started = System.nanoTime();
    renderOnThread(map.spec(), map.options());
    LOG.debug(
        "warm-up sample map drawn in {} ms",
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
  }

  /**
   * After a screenshot: the first one starts the other layer types' warm-up parts, each after any
   * render asked for meanwhile. Runs on the render thread only.
   */
  private void afterScreenshot() {
    if (!screenshotDrawn) {
      screenshotDrawn = true;
      startLaterParts();
    }
  }

  private void startLaterParts() {
    Runnable parts = laterParts;
    laterParts = null;
    if (parts != null) {
      inBackground("warming up the other layer types", parts);
    }
  }

  private void warmUpFrom(int width, int height, List<String> parts, int next) {
    if (rendersAsked.get() > 0) {
      // A screenshot was asked for: this part goes back in the queue, behind it.
      try {
        Thread.sleep(DEFER_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      inBackground("warming up " + parts.get(next), () -> warmUpFrom(width, height, parts, next));
      return;
    }
    warmUpPart(width, height, parts.get(next));
    if (next + 1 < parts.size()) {
      inBackground(
          "warming up " + parts.get(next + 1), () -> warmUpFrom(width, height, parts, next + 1));
    }
  }

  /**
   * One part of the warm-up map (every layer type when {@code part} is null), then a capture, which
   * returns only once the GPU process has executed the draw: software WebGL compiles each shader on
   * its first draw, and a render queued behind unfinished warm-up work would wait for it. Runs on
   * the render thread only.
   */
  private void warmUpPart(int width, int height, String part) {
    long started = System.nanoTime();
    BrowserSession s = ensureSession();
    long browser = System.nanoTime();
    Page page = s.page();
    page.setViewportSize(width, height);
    Map<String, Object> size = new HashMap<>(Map.of("width", width, "height", height));
    if (part != null) {
      size.put("part", part);
    }
    page.evaluate("s => MapShot.warmUp(s)", size);
    long drawn = System.nanoTime();
    ViewportCapture.png(s.devtools(), width, height);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "warm-up {}x{} ({}): browser {} ms, draw {} ms, until drawn {} ms",
          width,
          height,
          part == null ? "every layer type" : part,
          TimeUnit.NANOSECONDS.toMillis(browser - started),
          TimeUnit.NANOSECONDS.toMillis(drawn - browser),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drawn));
    }
  }

  private Screenshot renderOnThread(String spec, ScreenshotOptions options) {
    long started = System.nanoTime();
    BrowserSession s = ensureSession();
    try {
      Page page = s.page();
      page.setViewportSize(options.width(), options.height());
      long sized = System.nanoTime();
      page.evaluate("s => { window.__spec = s; }", spec);
      long handedOver = System.nanoTime();
      Object result = page.evaluate(RENDER_HANDED_OVER);
      if (options.waitSeconds() > 0) {
        page.waitForTimeout(options.waitSeconds() * 1000);
      }
      long drawn = System.nanoTime();
      byte[] png =
          options.fullPage()
              ? page.screenshot(
                  new Page.ScreenshotOptions().setType(ScreenshotType.PNG).setFullPage(true))
              : ViewportCapture.png(s.devtools(), options.width(), options.height());
      s.countRender();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "render {}x{}: viewport {} ms, hand-over {} ms, draw {} ms ({}), screenshot {} ms ({} bytes)",
            options.width(),
            options.height(),
            TimeUnit.NANOSECONDS.toMillis(sized - started),
            TimeUnit.NANOSECONDS.toMillis(handedOver - sized),
            TimeUnit.NANOSECONDS.toMillis(drawn - handedOver),
            result,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - drawn),
            png.length);
      }
      long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new Screenshot(
          png,
          options.width(),
          options.height(),
          options.engine(),
          elapsed,
          false,
          warnings(result));
    } catch (PlaywrightException e) {
      recover(s);
      throw new RenderException("The map could not be drawn: " + BrowserSession.firstLine(e), e);
    }
  }

  /** The live session, started or replaced as needed. Runs on the render thread only. */
  private BrowserSession ensureSession() {
    if (closed) {
      throw new RenderException("The renderer has been closed.");
    }
    BrowserSession s = session;
    if (s != null && (!s.browserConnected() || s.renders() >= settings.recycleEvery())) {
      LOG.debug(
          "restarting the browser after {} renders (connected: {})",
          s.renders(),
          s.browserConnected());
      s.close();
      s = null;
    }
    if (s == null) {
      s = BrowserSession.open(settings);
      session = s;
    } else if (!s.pageUsable()) {
      s.openPage();
    }
    return s;
  }

  /** After a failed render: a new page, or a new browser when the old one is gone. */
  private void recover(BrowserSession s) {
    try {
      if (s.browserConnected()) {
        s.openPage();
        return;
      }
    } catch (RuntimeException e) {
      LOG.debug("replacing the page failed: {}", BrowserSession.firstLine(e));
    }
    s.close();
    if (session == s) {
      session = null;
    }
  }

  /** Kills the browser from outside the render thread, which unblocks a hung render. */
  private void abandonBrowser() {
    BrowserSession s = session;
    session = null;
    if (s != null) {
      s.close();
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> warnings(Object result) {
    List<String> out = new ArrayList<>();
    if (result instanceof Map<?, ?> map && map.get("warnings") instanceof List<?> list) {
      for (Object w : list) {
        out.add(String.valueOf(w));
      }
    }
    return out;
  }

  private void stopBrowser() {
    closed = true;
    abandonBrowser();
    thread.shutdownNow();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    Future<?> stop =
        thread.submit(
            () -> {
              BrowserSession s = session;
              session = null;
              if (s != null) {
                s.close();
              }
            });
    try {
      stop.get(15, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      abandonBrowser();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      abandonBrowser();
    }
    thread.shutdownNow();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is already shutting down; the hook runs anyway
    }
  }
}
