package io.cartomaps.mcp.tools;

import io.cartomaps.json.IntegerRange;
import io.cartomaps.json.Json;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.MapAppView;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.cartomaps.render.MapPreviews;
import io.cartomaps.render.PngFitter;
import io.cartomaps.render.RenderEngine;
import io.cartomaps.render.SavedScreenshot;
import io.cartomaps.render.Screenshot;
import io.cartomaps.render.ScreenshotOptions;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code screenshot}: a PNG of a saved map or an unsaved bundle, returned as an image the client
 * can show.
 */
public final class ScreenshotTool implements McpTool {

  private static final IntegerRange WIDTH =
      new IntegerRange("width", ScreenshotOptions.MIN_SIZE, ScreenshotOptions.MAX_SIZE);
  private static final IntegerRange HEIGHT = WIDTH.named("height");

  public static final ToolDef DEF =
      ToolDef.builder("screenshot", "Screenshot")
          .description(
              "Render a map (map_id) or an unsaved bundle to PNG and return the image. engine light: layers and basemap; full: also title, legend, description and widgets, whose computed values come in the result.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "map_id":{"type":"string"},
        "bundle":{"type":"object"},
        "profile":{"type":"string"},
        "engine":{"type":"string","enum":["light","full"]},
        "width":{"type":"integer","minimum":64,"maximum":4096},
        "height":{"type":"integer","minimum":64,"maximum":4096},
        "lat":{"type":"number"},"lng":{"type":"number"},"zoom":{"type":"number"},
        "bearing":{"type":"number"},"pitch":{"type":"number"},
        "layers":{"type":"array","items":{"type":"integer"},"description":"Visible layer indices"},
        "hide_overlays":{"type":"boolean"}},
       "additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"path":{"type":"string"},"width":{"type":"integer"},"height":{"type":"integer"},
       "engine":{"type":"string"},"ms":{"type":"integer"},"warnings":{"type":"array"},
       "widgets":{"type":"array","description":"full engine: each widget's values, or error"}}}
      """)
          .readOnly()
          .idempotent()
          .openWorld()
          .build();

  private static final int MAX_ID_CHARS = 64;
  private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTool.class);

  private final MapPreviews previews;
  private final Path folder;

  /**
   * @param folder where PNGs are saved (the client may not share the server's working directory)
   */
  public ScreenshotTool(MapPreviews previews, Path folder) {
    this.previews = previews;
    this.folder = folder;
  }

  /**
   * The PNG's path: always a direct child of {@code folder}. A map id comes from the caller, so
   * only its letters, digits, {@code -} and {@code _} (at most 64) go into the name; it can never
   * name a folder or climb out.
   */
  static Path fileIn(Path folder, String mapId) {
    String id = mapId == null ? "preview" : mapId.replaceAll("[^A-Za-z0-9_-]", "_");
    if (id.length() > MAX_ID_CHARS) {
      id = id.substring(0, MAX_ID_CHARS);
    }
    Path file = folder.resolve(id + "-" + Instant.now().toEpochMilli() + ".png").normalize();
    if (!folder.normalize().equals(file.getParent())) {
      throw new IllegalStateException("screenshot file " + file + " is outside " + folder);
    }
    return file;
  }

  @Override
  public ToolDef def() {
    return DEF;
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    String mapId = a.str("map_id");
    boolean hasBundle = a.json("bundle") != null;
    if ((mapId == null) == !hasBundle) {
      throw new IllegalArgumentException(
          "Give exactly one of map_id (a saved map) or bundle (an unsaved preview).");
    }
    ScreenshotOptions.Builder b =
        ScreenshotOptions.builder()
            .output(fileIn(folder, mapId))
            .latitude(a.number("lat"))
            .longitude(a.number("lng"))
            .zoom(a.number("zoom"))
            .bearing(a.number("bearing"))
            .pitch(a.number("pitch"))
            .hideOverlays(a.bool("hide_overlays", false));
    if (a.str("engine") != null) {
      b.engine(RenderEngine.fromName(a.str("engine")));
    }
    if (a.integer(WIDTH) != null) {
      b.width(a.integer(WIDTH));
    }
    if (a.integer(HEIGHT) != null) {
      b.height(a.integer(HEIGHT));
    }
    if (!a.integers("layers").isEmpty()) {
      b.layers(a.integers("layers"));
    }
    ScreenshotOptions options = b.build();
    long started = System.nanoTime();
    Screenshot shot =
        mapId != null
            ? previews.ofMap(a.str("profile"), mapId, options)
            : previews.ofBundle(a.str("profile"), a.json("bundle"), options);
    long drawn = System.nanoTime();
    Path saved = shot.writeTo(options.output()).toAbsolutePath();
    long written = System.nanoTime();
    Screenshot fitted = PngFitter.fit(shot, PngFitter.MCP_IMAGE_BUDGET_BYTES);
    long fit = System.nanoTime();
    SavedScreenshot out = SavedScreenshot.of(shot, saved);
    String caption =
        (mapId == null ? "Preview of an unsaved bundle" : "Map " + mapId)
            + ", "
            + shot.engine().cliName()
            + " engine, "
            + shot.width()
            + "x"
            + shot.height()
            + " in "
            + shot.elapsedMillis()
            + " ms"
            + (fitted.downscaled() ? " (image shown downscaled; full size saved)" : "")
            + "; saved to "
            + saved;
    CallToolResult result =
        Results.withImage(
            Results.ok(caption, out), Base64.getEncoder().encodeToString(fitted.png()));
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "screenshot: map {} ms, file {} ms, fit {} ms, result {} ms",
          ms(drawn - started),
          ms(written - drawn),
          ms(fit - written),
          ms(System.nanoTime() - fit));
    }
    return MapAppView.supported(exchange)
        ? withView(result, a.str("profile"), mapId, a.json("bundle"))
        : result;
  }

  private static long ms(long nanos) {
    return TimeUnit.NANOSECONDS.toMillis(nanos);
  }

  /** The MCP Apps view's map, in the result's {@code _meta} (for the view, not the model). */
  private CallToolResult withView(
      CallToolResult result, String profile, String mapId, Object bundle) {
    Object view;
    try {
      view =
          Json.MAPPER.convertValue(
              MapAppView.payload(previews.viewInput(profile, mapId, Json.tree(bundle))), Map.class);
    } catch (RuntimeException e) {
      view = Map.of("tooLarge", "No interactive view: " + e.getMessage());
    }
    return CallToolResult.builder()
        .content(result.content())
        .structuredContent(result.structuredContent())
        .isError(false)
        .meta(Map.of(MapAppView.VIEW_KEY, view))
        .build();
  }
}
