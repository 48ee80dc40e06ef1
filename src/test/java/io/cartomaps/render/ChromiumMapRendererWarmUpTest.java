package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.cartomaps.json.Json;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The warm-up's order in a real browser: points over the basemap, then the sample map it is given;
 * the other layer types only once the first screenshot is drawn, so that screenshot never waits for
 * them.
 */
class ChromiumMapRendererWarmUpTest {

  private static final long WAIT_MS = 120_000;

  /** The warm-up parts after the first, one per other layer type (web/src/warmup.js). */
  private static final List<String> OTHER_TYPES =
      List.of("cluster", "heat", "h3", "quadbin", "poly");

  private final Logger log = (Logger) LoggerFactory.getLogger(ChromiumMapRenderer.class);
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level level;
  private ChromiumMapRenderer renderer;

  @BeforeEach
  void start() {
    BrowserRequirement.assumeChromium();
    level = log.getLevel();
    log.setLevel(Level.DEBUG);
    lines.start();
    log.addAppender(lines);
    renderer = new ChromiumMapRenderer(BrowserSettings.fromSystem());
  }

  @AfterEach
  void stop() {
    if (renderer != null) {
      renderer.close();
    }
    log.detachAppender(lines);
    log.setLevel(level);
  }

  private List<String> messages() {
    return List.copyOf(lines.list).stream().map(ILoggingEvent::getFormattedMessage).toList();
  }

  private int indexOf(Predicate<String> line) {
    List<String> m = messages();
    for (int i = 0; i < m.size(); i++) {
      if (line.test(m.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private void awaitLine(Predicate<String> line, String what) throws InterruptedException {
    long end = System.currentTimeMillis() + WAIT_MS;
    while (indexOf(line) < 0) {
      assertTrue(System.currentTimeMillis() < end, "never logged: " + what + " in " + messages());
      Thread.sleep(50);
    }
  }

  private static ScreenshotOptions small() {
    return ScreenshotOptions.builder().width(320).height(200).build();
  }

  private static String spec(RenderInput input) {
    return Json.compact(RenderSpec.forScreenshot(input, small()));
  }

  @Test
  void theOtherLayerTypesWaitForTheFirstScreenshot() throws Exception {
    renderer.prepare(320, 200);
    renderer.warmUpWith(spec(TestMaps.points("positron", 300)), small());
    awaitLine(m -> m.startsWith("warm-up sample map drawn"), "the sample map drawn");
    Thread.sleep(1_000);
    assertTrue(indexOf(m -> m.contains("(common)")) >= 0, "points over the basemap come first");
    assertEquals(-1, indexOf(m -> m.contains("(cluster)")), "no other type before a screenshot");

    renderer.render(TestMaps.points("positron", 50), small());
    awaitLine(m -> m.contains("(poly)"), "the last layer type drawn");
    int common = indexOf(m -> m.contains("(common)"));
    int sample = indexOf(m -> m.startsWith("warm-up sample map drawn"));
    int otherType = indexOf(m -> OTHER_TYPES.stream().anyMatch(t -> m.contains("(" + t + ")")));
    List<String> m = messages();
    int screenshot = -1;
    for (int i = sample + 1; i < m.size() && screenshot < 0; i++) {
      if (m.get(i).startsWith("render 320x200")) {
        screenshot = i;
      }
    }
    assertTrue(common < sample, m.toString());
    assertTrue(
        screenshot > sample && otherType > screenshot, "other types after the screenshot: " + m);
  }

  @Test
  void aSampleMapGivenAfterTheFirstScreenshotIsNotDrawn() throws Exception {
    renderer.render(TestMaps.points("positron", 50), small());
    renderer.warmUpWith(spec(TestMaps.points("positron", 300)), small());
    // Queued behind the sample map's task, this render returns once that task has run; by then no
    // render was expected, so only the first screenshot can have kept the sample from being drawn.
    Thread.sleep(1_000);
    renderer.render(TestMaps.points("positron", 60), small());
    assertFalse(
        messages().stream().anyMatch(m -> m.startsWith("warm-up sample map drawn")),
        "the screenshots already warmed the page up: " + messages());
  }
}
