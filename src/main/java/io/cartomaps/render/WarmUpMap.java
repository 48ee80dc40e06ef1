package io.cartomaps.render;

import io.cartomaps.backend.FeatureSource;
import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sample map a warm-up reads through the screenshot's own code: the local workspace's places
 * ({@code samples.places}, about 9,000 points) on a world map, the kind of map an agent's first
 * screenshot draws. Reading rows, building the spec and packing them by column run several times
 * slower the first times in a process (code not yet compiled by the JIT); doing it in the
 * background, and drawing the map once there, leaves the first screenshot the fast path. Shipped as
 * {@code /render/warm-up-map.json}.
 */
final class WarmUpMap {

  private static final Logger LOG = LoggerFactory.getLogger(WarmUpMap.class);
  private static final String RESOURCE = "/render/warm-up-map.json";

  private WarmUpMap() {}

  /**
   * How many times the rows are read and the spec built: the first read took 2.3–2.9 s, the second
   * 0.45–0.9 s, and a screenshot's read after two 0.1–0.2 s instead of 0.25–0.35 s after one.
   */
  static final int READS = 2;

  /**
   * Reads the sample map's rows from {@code local} and builds the text the renderer would hand to
   * the page for a {@code width}×{@code height} screenshot, as {@link ChromiumMapRenderer#render}
   * does, {@value #READS} times (the first runs interpreted code, the second mostly compiled);
   * gives the text to {@code renderer}'s warm-up to draw, and returns its length.
   */
  static int readAndBuild(FeatureSource local, int width, int height, MapRenderer renderer) {
    ScreenshotOptions options = ScreenshotOptions.builder().width(width).height(height).build();
    String spec = null;
    for (int i = 0; i < READS; i++) {
      long started = System.nanoTime();
      RenderInput input = MapPreviews.withData(bundle(), local);
      spec = Json.compact(RenderSpec.forScreenshot(input, options));
      LOG.debug(
          "warm-up sample map, read {}: {} chars in {} ms",
          i + 1,
          spec.length(),
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
    }
    renderer.warmUpWith(spec, options);
    return spec.length();
  }

  /** A fresh copy of the bundle (rows are added to it). */
  static ObjectNode bundle() {
    try (InputStream in = WarmUpMap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the build");
      }
      return (ObjectNode) Json.MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
