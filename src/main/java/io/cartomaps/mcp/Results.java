package io.cartomaps.mcp;

import io.cartomaps.app.Failure;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Tool results: {@code structuredContent} plus one compact text block (a summary line, then the
 * same JSON), so clients that read only text lose nothing. Failures are {@code isError} results
 * with a code, a message that says what to do, and findings — never JSON-RPC errors.
 */
public final class Results {

  private Results() {}

  /**
   * A successful result. The value becomes a JSON tree once; the text and the {@code
   * structuredContent} map are both read from that tree, so a large bundle is not serialised twice.
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
        .content(
            concat(base.content(), McpSchema.ImageContent.builder(base64Png, "image/png").build()))
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
        .addTextContent(
            code + ": " + message + (findings.isEmpty() ? "" : "\n" + Json.compact(findings)))
        .structuredContent(body)
        .isError(true)
        .build();
  }

  /** The error result for an exception from the core, in the vocabulary of {@link Failure}. */
  public static CallToolResult from(RuntimeException e) {
    Failure f = Failure.of(e);
    String hint = f.missingMap() ? " Find its id with list_maps (search by title)." : "";
    return withWidgets(error(f.code(), f.message() + hint, f.findings()), f.widgets());
  }

  /** A failed picture still answers the widget values computed before it failed. */
  private static CallToolResult withWidgets(
      CallToolResult failed, List<? extends JsonNode> widgets) {
    if (widgets.isEmpty()) {
      return failed;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> body =
        new LinkedHashMap<>((Map<String, Object>) failed.structuredContent());
    body.put("widgets", Json.MAPPER.convertValue(widgets, List.class));
    return CallToolResult.builder()
        .addTextContent(
            ((McpSchema.TextContent) failed.content().get(0)).text()
                + "\nwidgets: "
                + Json.compact(widgets))
        .structuredContent(body)
        .isError(true)
        .build();
  }

  private static List<McpSchema.Content> concat(List<McpSchema.Content> a, McpSchema.Content b) {
    List<McpSchema.Content> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }
}
