package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.OfflineHome;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.json.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up before an agent's first screenshot: the browser warms up at the size of the last
 * screenshot taken in the home (a new process included), and the sample map is read and its spec
 * built through the screenshot's own code, from the local workspace's data when it is built (a
 * warm-up never builds it).
 */
class MapPreviewsWarmUpTest {

  @TempDir static Path home;
  private static Services services;

  /** What the previews asked the renderer for: warm-up sizes and the inputs it was to draw. */
  private static final class RecordingRenderer implements MapRenderer {
    final List<String> warmUps = new ArrayList<>();
    final List<RenderInput> drawn = new ArrayList<>();
    final List<String> events = new ArrayList<>();
    final List<String> samples = new ArrayList<>();
    int expected;

    @Override
    public void warmUpWith(String spec, ScreenshotOptions options) {
      samples.add(spec);
    }

    @Override
    public Runnable expectRender() {
      expected++;
      events.add("expected");
      return () -> {
        expected--;
        events.add("done");
      };
    }

    @Override
    public Screenshot render(RenderInput input, ScreenshotOptions options) {
      events.add("render while " + expected + " expected");
      drawn.add(input);
      return new Screenshot(
          new byte[0], options.width(), options.height(), options.engine(), 1, false, List.of());
    }

    @Override
    public void prepare(int width, int height) {
      warmUps.add(width + "x" + height);
    }

    @Override
    public void close() {}
  }

  @BeforeAll
  static void open() {
    Environment env = OfflineHome.environment(home);
    services = Wiring.open(env, ProfileOverrides.none(), null);
  }

  @AfterAll
  static void close() {
    if (services != null) {
      services.close();
    }
  }

  private static MapPreviews previews(RecordingRenderer renderer, Path sizeFile) {
    return new MapPreviews(
        services.maps(), () -> renderer, new BrowserCloudRenderEngine(), (p, id) -> null, sizeFile);
  }

  @Test
  void warmsUpAtTheSizeOfTheLastScreenshotInTheHome() {
    Path sizeFile = home.resolve("sizes").resolve("screenshot-size");
    RecordingRenderer first = new RecordingRenderer();
    MapPreviews before = previews(first, sizeFile);
    before.warmUp();
    before.ofBundle(
        "local", WarmUpMap.bundle(), ScreenshotOptions.builder().width(1024).height(640).build());
    RecordingRenderer next = new RecordingRenderer();
    previews(next, sizeFile).warmUp();
    assertEquals(List.of("1280x800"), first.warmUps, "nothing remembered yet: the default size");
    assertEquals(List.of("1024x640"), next.warmUps, "a new process warms up at the last size");
  }

  @Test
  void aScreenshotIsExpectedFromBeforeItsRowsAreReadUntilItIsDrawn() {
    RecordingRenderer renderer = new RecordingRenderer();
    MapPreviews previews = previews(renderer, home.resolve("expected").resolve("screenshot-size"));
    previews.ofBundle(
        "local", WarmUpMap.bundle(), ScreenshotOptions.builder().width(320).height(200).build());
    assertEquals(List.of("expected", "render while 1 expected", "done"), renderer.events);
    assertEquals(0, renderer.expected);
  }

  @Test
  void withoutASizeFileTheWarmUpDrawsAtTheDefaultSize() {
    RecordingRenderer renderer = new RecordingRenderer();
    MapPreviews previews = previews(renderer, null);
    previews.ofBundle(
        "local", WarmUpMap.bundle(), ScreenshotOptions.builder().width(800).height(600).build());
    previews.warmUp();
    assertEquals(List.of("1280x800"), renderer.warmUps);
  }

  @Test
  void readsTheSampleMapThroughTheScreenshotsOwnCode() {
    RecordingRenderer renderer = new RecordingRenderer();
    MapPreviews previews = previews(renderer, null);
    ScreenshotOptions options = ScreenshotOptions.builder().build();
    previews.ofBundle("local", WarmUpMap.bundle(), options);
    int warmedChars = previews.warmUp().join();
    RenderInput input = renderer.drawn.get(0);
    assertEquals(
        9062,
        input.datasets().get(0).path("data").path("features").size(),
        "the warm-up map draws the sample places");
    String spec = Json.compact(RenderSpec.forScreenshot(input, options));
    assertEquals(spec.length(), warmedChars, "the same spec a screenshot of that map hands over");
    assertEquals(List.of(spec), renderer.samples, "the renderer's warm-up is given that spec");
    assertTrue(spec.contains("\"columnar\""), "rows packed by column as for a screenshot");
  }

  @Test
  void aHomeWithoutSampleDataGetsNoReadAndNoBuild(@TempDir Path fresh) throws Exception {
    Environment env = OfflineHome.environment(fresh);
    try (Services s = Wiring.open(env, ProfileOverrides.none(), null)) {
      RecordingRenderer renderer = new RecordingRenderer();
      MapPreviews previews =
          new MapPreviews(
              s.maps(), () -> renderer, new BrowserCloudRenderEngine(), (p, id) -> null, null);
      assertEquals(0, previews.warmUp().join(), "nothing read");
      assertEquals(List.of("1280x800"), renderer.warmUps, "the browser still warms up");
      try (var files = java.nio.file.Files.list(fresh)) {
        assertTrue(
            files.noneMatch(f -> f.getFileName().toString().startsWith("samples")),
            "the sample data was not built for a warm-up");
      }
    }
  }
}
