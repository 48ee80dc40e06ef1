package io.cartomaps.mcp;

import io.cartomaps.backend.BackendException;
import io.cartomaps.bundle.BundleInputException;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapsException;
import io.cartomaps.validate.finding.Finding;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Tool results: {@code structuredContent} plus one compact text block (a summary line, then the same JSON), so
 * clients that read only text lose nothing. Failures are {@code isError} results with a code, a message that says
 * what to do, and findings — never JSON-RPC errors.
 */
public final class Results {

  private Results() {
  }

  /**
   * A successful result. The value becomes a JSON tree once; the text and the {@code structuredContent} map are both
   * read from that tree, so a large bundle is not serialised twice.
   */
  public static CallToolResult ok(String summary, Object structured) {
    JsonNode tree = structured instanceof JsonNode node ? node : Json.tree(structured);
    Object content = Json.MAPPER.treeToValue(tree, Map.class);
    return CallToolResult.builder()
        .addTextContent(summary + "\n" + Json.compact(tree))
        .structuredContent(content)
        .isError(false)
        .build();
  }

  public static CallToolResult withImage(CallToolResult base, String base64Png) {
    return CallToolResult.builder()
        .content(concat(base.content(), McpSchema.ImageContent.builder(base64Png, "image/png").build()))
        .structuredContent(base.structuredContent())
        .isError(false)
        .build();
  }

  public static CallToolResult error(String code, String message, List<Finding> findings) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", Map.of("code", code, "message", message));
    if (!findings.isEmpty()) {
      body.put("findings", Json.MAPPER.convertValue(Json.tree(findings), List.class));
    }
    return CallToolResult.builder()
        .addTextContent(code + ": " + message + (findings.isEmpty() ? "" : "\n" + Json.compact(findings)))
        .structuredContent(body)
        .isError(true)
        .build();
  }

  /** Maps an exception from the core to an actionable error result. */
  public static CallToolResult from(RuntimeException e) {
    if (e instanceof MapsException m) {
      return error(m.code(), m.getMessage(), m.findings());
    }
    if (e instanceof BackendException b) {
      String hint = b.isMissingMap() ? " Find its id with list_maps (search by title)." : "";
      return error(b.kind().name(), b.getMessage() + hint, List.of());
    }
    if (e instanceof BundleInputException b) {
      return error("INPUT_UNREADABLE", b.getMessage(), List.of());
    }
    if (e instanceof io.cartomaps.render.InvalidScreenshotOptionException o) {
      return error("INVALID_ARGUMENT", o.getMessage(), List.of());
    }
    if (e instanceof io.cartomaps.render.RenderException r) {
      return withWidgets(error("RENDER_FAILED", r.getMessage(), List.of()), r.widgets());
    }
    if (e instanceof io.cartomaps.config.ProfileException p) {
      return error("PROFILE", p.getMessage(), List.of());
    }
    if (e instanceof IllegalArgumentException i) {
      return error("INVALID_ARGUMENT", i.getMessage(), List.of());
    }
    return error("INTERNAL", "Unexpected failure (" + e.getClass().getSimpleName() + "): " + e.getMessage(), List.of());
  }

  /** A failed picture still answers the widget values computed before it failed. */
  private static CallToolResult withWidgets(CallToolResult failed, List<? extends JsonNode> widgets) {
    if (widgets.isEmpty()) {
      return failed;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> body = new LinkedHashMap<>((Map<String, Object>) failed.structuredContent());
    body.put("widgets", Json.MAPPER.convertValue(widgets, List.class));
    return CallToolResult.builder()
        .addTextContent(((McpSchema.TextContent) failed.content().get(0)).text() + "\nwidgets: "
            + Json.compact(widgets))
        .structuredContent(body)
        .isError(true)
        .build();
  }

  private static List<McpSchema.Content> concat(List<McpSchema.Content> a, McpSchema.Content b) {
    List<McpSchema.Content> out = new java.util.ArrayList<>(a);
    out.add(b);
    return out;
  }
}
