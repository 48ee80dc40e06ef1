import io.cartomaps.json.Json;
import io.cartomaps.render.ChromiumMapRenderer;
import io.cartomaps.render.RenderInput;
import io.cartomaps.render.RenderSpec;
import io.cartomaps.render.Screenshot;
import io.cartomaps.render.ScreenshotOptions;
import io.cartomaps.render.TestMaps;
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
      case "page" -> {
        Path dir = Path.of(args[1]);
        String js =
            new String(
                RenderBench.class.getResourceAsStream("/viewer/mapshot.js").readAllBytes(),
                StandardCharsets.UTF_8);
        String css =
            new String(
                RenderBench.class.getResourceAsStream("/viewer/viewer.css").readAllBytes(),
                StandardCharsets.UTF_8);
        String spec =
            Json.compact(RenderSpec.forScreenshot(map(), options())).replace("</", "<\\/");
        String html =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><link rel=\"icon\" href=\"data:,\"><style>"
                + css
                + "</style></head><body><div id=\"map\"><div id=\"overlays\" class=\"overlays light\"></div></div>"
                + "<script>"
                + js.replace("</script", "<\\/script")
                + "</script><script>MapShot.render("
                + spec
                + ");</script></body></html>";
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("page.html"), html);
      }
      default -> throw new IllegalArgumentException("cold | warm N | page DIR");
    }
  }
}
