package io.cartomaps.render;

import io.cartomaps.json.Json;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON document the viewer page's {@code MapShot.render(spec)} and {@code MapShot.view(spec)}
 * take: size, basemap palette, view, visible layers, overlays and the map itself.
 */
public final class RenderSpec {

  /** Share of the render timeout the page may spend drawing before it gives up on its own. */
  private static final double IN_PAGE_SHARE = 0.8;

  private RenderSpec() {}

  /**
   * The spec of one screenshot, its rows reduced to the drawn columns and packed by column (the
   * page unpacks them with {@link ColumnarRows#UNPACK_JS}). Fails with a clear message when {@code
   * --layers} names a layer the map lacks.
   */
  public static ObjectNode forScreenshot(RenderInput input, ScreenshotOptions options) {
    UsedColumns used = UsedColumns.of(input);
    ObjectNode spec =
        base(input, Viewport.resolve(input, options), d -> ColumnarRows.pack(used.prune(d)));
    spec.put("width", options.width());
    spec.put("height", options.height());
    spec.put("hideOverlays", options.hideOverlays());
    spec.put("timeoutMs", (long) (options.timeoutSeconds() * 1000 * IN_PAGE_SHARE));
    if (options.layers() != null) {
      int count = input.layerCount();
      ArrayNode layers = spec.putArray("layers");
      for (int index : options.layers()) {
        if (index >= count) {
          throw new InvalidScreenshotOptionException(
              "--layers",
              "Layer index "
                  + index
                  + " does not exist: the map"
                  + " has "
                  + count
                  + " layer"
                  + (count == 1 ? "" : "s")
                  + (count == 0 ? "." : " (indices 0–" + (count - 1) + ", 0 is the top layer)."));
        }
        layers.add(index);
      }
    }
    if (options.engine() == RenderEngine.FULL && !options.hideOverlays()) {
      spec.set("overlays", overlays(input));
    }
    return spec;
  }

  /**
   * The spec for the interactive viewer: the map's own view, with title, legend and description.
   */
  public static ObjectNode forViewer(RenderInput input) {
    ObjectNode spec =
        base(
            input, Viewport.resolve(input, ScreenshotOptions.defaults()), UnaryOperator.identity());
    spec.put("hideOverlays", false);
    spec.set("overlays", overlays(input));
    return spec;
  }

  /**
   * @param rows what each dataset becomes in the spec (the screenshot keeps only the columns it
   *     draws)
   */
  private static ObjectNode base(
      RenderInput input, Viewport viewport, UnaryOperator<JsonNode> rows) {
    ObjectNode spec = Json.object();
    spec.put("basemap", BasemapPalette.forMap(input).id());
    ObjectNode view = spec.putObject("viewState");
    view.put("latitude", viewport.latitude());
    view.put("longitude", viewport.longitude());
    view.put("zoom", viewport.zoom());
    view.put("bearing", viewport.bearing());
    view.put("pitch", viewport.pitch());
    ObjectNode map = spec.putObject("map");
    map.set("keplerMapConfig", input.keplerMapConfig());
    ArrayNode datasets = map.putArray("datasets");
    for (JsonNode dataset : input.datasets()) {
      datasets.add(rows.apply(dataset));
    }
    return spec;
  }

  private static ObjectNode overlays(RenderInput input) {
    ObjectNode overlays = Json.object();
    overlays.put("title", input.title());
    overlays.put("description", input.description());
    overlays.put("legend", true);
    ArrayNode widgets = overlays.putArray("widgets");
    input.widgets().forEach(widgets::add);
    return overlays;
  }
}
