package io.cartomaps.mcp;

import io.cartomaps.json.Json;
import io.cartomaps.render.RenderInput;
import io.cartomaps.render.RenderSpec;
import io.cartomaps.render.ViewerAssets;
import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The interactive map view for hosts that show MCP Apps (extension {@code
 * io.modelcontextprotocol/ui}, spec 2026-01-26,
 * https://github.com/modelcontextprotocol/ext-apps/blob/main/specification/2026-01-26/apps.mdx):
 * one {@code ui://} HTML resource holding the offline viewer, linked from the screenshot tool, fed
 * from that tool's result ({@code _meta["io.cartomaps/view"]}, which the model does not read). The
 * view loads nothing from the network, so it declares no domains and runs under the host's
 * strictest policy.
 */
public final class MapAppView {

  public static final String EXTENSION = "io.modelcontextprotocol/ui";
  public static final String URI = "ui://carto-maps/map-view.html";
  public static final String MIME = "text/html;profile=mcp-app";
  public static final String VIEW_KEY = "io.cartomaps/view";

  /** Largest map payload an inline view gets; beyond it rows are cut and the view says so. */
  static final int MAX_PAYLOAD_CHARS = 3_000_000;

  private static final int MIN_ROWS = 100;

  private static volatile String html;

  private MapAppView() {}

  /** Whether the client announced the MCP Apps extension in its initialize capabilities. */
  public static boolean supported(McpSyncServerExchange exchange) {
    if (exchange == null || exchange.getClientCapabilities() == null) {
      return false;
    }
    var extensions = exchange.getClientCapabilities().extensions();
    if (extensions == null || !extensions.containsKey(EXTENSION)) {
      return false;
    }
    Object types =
        extensions.get(EXTENSION) == null ? null : extensions.get(EXTENSION).get("mimeTypes");
    return !(types instanceof List<?> list) || list.contains(MIME);
  }

  /**
   * The tool as listed, with {@code _meta.ui.resourceUri} when it is the tool that shows the view.
   */
  public static McpSchema.Tool linked(McpSchema.Tool tool) {
    if (!tool.name().equals("screenshot")) {
      return tool;
    }
    return new McpSchema.Tool(
        tool.name(),
        tool.title(),
        tool.description(),
        tool.inputSchema(),
        tool.outputSchema(),
        tool.annotations(),
        Map.of("ui", Map.of("resourceUri", URI)));
  }

  public static SyncResourceSpecification resource() {
    McpSchema.Resource r =
        McpSchema.Resource.builder(URI, "map-view")
            .title("Interactive map")
            .description(
                "MCP Apps view of the screenshot tool's map: pan, zoom, popups, legend, widgets")
            .mimeType(MIME)
            .build();
    return new SyncResourceSpecification(r, (ex, req) -> read());
  }

  static McpSchema.ReadResourceResult read() {
    return new McpSchema.ReadResourceResult(
        List.of(new McpSchema.TextResourceContents(URI, MIME, html())));
  }

  /** The view's page: styles, the viewer bundle and the host bridge, all inline. */
  public static String html() {
    String h = html;
    if (h == null) {
      h =
          "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Map</title>"
              + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>"
              + asset("viewer.css")
              + "</style></head><body><div id=\"map\"><div id=\"overlays\" class=\"overlays light\"></div></div>"
              + "<div id=\"status\"></div><script>"
              + script(asset("mapshot.js"))
              + "</script><script>"
              + script(asset("app.js"))
              + "</script></body></html>";
      html = h;
    }
    return h;
  }

  /**
   * The view's payload: the interactive viewer's spec. Datasets are cut to fit {@link
   * #MAX_PAYLOAD_CHARS}, and {@code cut} says what was left out; a map that does not fit even then
   * has {@code tooLarge}.
   */
  public static ObjectNode payload(RenderInput input) {
    ObjectNode spec = RenderSpec.forViewer(input);
    int size = Json.compact(spec).length();
    if (size <= MAX_PAYLOAD_CHARS) {
      return spec;
    }
    double keep = (double) MAX_PAYLOAD_CHARS / size * 0.9;
    List<String> cuts = new ArrayList<>();
    for (JsonNode d : spec.path("map").path("datasets")) {
      if (d.path("data").path("features") instanceof ArrayNode features
          && features.size() > MIN_ROWS) {
        int total = features.size();
        int kept = Math.max(MIN_ROWS, (int) (total * keep));
        while (features.size() > kept) {
          features.remove(features.size() - 1);
        }
        String name =
            d.has("label")
                ? d.get("label").asString()
                : d.path("$ref").asString(d.path("id").asString());
        cuts.add(kept + " of " + total + " rows of " + name);
      }
    }
    spec.put(
        "cut",
        "Too large to show whole here: this view has "
            + String.join(", ", cuts)
            + "; the screenshot shows them all.");
    if (Json.compact(spec).length() > MAX_PAYLOAD_CHARS) {
      ObjectNode tooLarge = Json.object();
      tooLarge.put(
          "tooLarge",
          "The map is too large for an inline view"
              + (cuts.isEmpty() ? "" : " even with " + String.join(", ", cuts))
              + "; look at the screenshot or open the map's viewerUrl.");
      return tooLarge;
    }
    return spec;
  }

  private static String asset(String name) {
    return new String(ViewerAssets.require(name).body(), StandardCharsets.UTF_8);
  }

  /** Keeps inline script text from closing its element. */
  private static String script(String js) {
    return js.replace("</script", "<\\/script");
  }
}
