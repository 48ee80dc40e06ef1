import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.json.Json;
import io.cartomaps.render.ChromiumMapRenderer;
import io.cartomaps.render.RenderInput;
import io.cartomaps.render.RenderSpec;
import io.cartomaps.render.Screenshot;
import io.cartomaps.render.ScreenshotOptions;
import io.cartomaps.render.TestMaps;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rendering benchmark driver (run by bench/render-bench.sh as a single-file program).
 *
 * <pre>
 *   cold OUT.png          one render in a fresh JVM, then exit (the script times the whole process)
 *   warm N                start the browser, render once, then N timed renders; prints each in ms
 *   page DIR              writes DIR/page.html: the same map as a self-contained page for chromium --screenshot
 *   bundle-page B W H DIR writes DIR/bundle.html: bundle file B with the rows of the local workspace (CARTO_MAPS_HOME),
 *                         light engine, W×H, as a self-contained page (what `maps screenshot --bundle B` draws)
 * </pre>
 *
 * The map: 1,200 points (ordinal colours), 547 pre-indexed H3 cells and 24 polygons, 1280×800,
 * positron.
 */
public class RenderBench {

  static RenderInput map() {
    return TestMaps.mixed(1200);
  }

  static ScreenshotOptions options() {
    return ScreenshotOptions.builder().width(1280).height(800).build();
  }

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "cold" -> {
        try (ChromiumMapRenderer renderer = new ChromiumMapRenderer()) {
          Screenshot shot = renderer.render(map(), options());
          shot.writeTo(Path.of(args[1]));
        }
      }
      case "warm" -> {
        int n = Integer.parseInt(args[1]);
        try (ChromiumMapRenderer renderer = new ChromiumMapRenderer()) {
          long t0 = System.nanoTime();
          renderer.render(map(), options());
          System.out.printf("first %d%n", (System.nanoTime() - t0) / 1_000_000);
          for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            renderer.render(map(), options());
            System.out.printf("warm %d%n", (System.nanoTime() - t) / 1_000_000);
          }
        }
      }
      case "page" -> writePage(Path.of(args[1]).resolve("page.html"), map(), options());
      case "bundle-page" -> {
        ScreenshotOptions options =
            ScreenshotOptions.builder()
                .width(Integer.parseInt(args[2]))
                .height(Integer.parseInt(args[3]))
                .build();
        try (Services services = Wiring.open(ProfileOverrides.none(), null)) {
          RenderInput input =
              services
                  .previews()
                  .viewInput("local", null, Json.parse(Files.readString(Path.of(args[1]))));
          writePage(Path.of(args[4]).resolve("bundle.html"), input, options);
        }
      }
      default ->
          throw new IllegalArgumentException("cold | warm N | page DIR | bundle-page B W H DIR");
    }
  }

  /**
   * The viewer, its stylesheet and one map's spec in one HTML file. The spec's rows travel packed
   * by column, so the page unpacks them first, as the renderer's hand-over does.
   */
  static void writePage(Path file, RenderInput input, ScreenshotOptions options) throws Exception {
    String js = resource("/viewer/mapshot.js");
    String css = resource("/viewer/viewer.css");
    Field unpack = Class.forName("io.cartomaps.render.ColumnarRows").getDeclaredField("UNPACK_JS");
    unpack.setAccessible(true);
    String spec = Json.compact(RenderSpec.forScreenshot(input, options)).replace("</", "<\\/");
    String html =
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><style>"
            + css
            + "</style></head><body><div id=\"map\"><div id=\"overlays\" class=\"overlays light\"></div></div>"
            + "<script>"
            + js.replace("</script", "<\\/script")
            + "</script><script>"
            + unpack.get(null)
            + " MapShot.render(unpackRows("
            + spec
            + "));</script></body></html>";
    Files.createDirectories(file.getParent());
    Files.writeString(file, html);
  }

  static String resource(String name) throws Exception {
    return new String(
        RenderBench.class.getResourceAsStream(name).readAllBytes(), StandardCharsets.UTF_8);
  }
}
