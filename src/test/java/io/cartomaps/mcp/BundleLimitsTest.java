package io.cartomaps.mcp;

import static io.cartomaps.mcp.ToolCalls.call;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles given to tools meet the same size and nesting limits as bundles the CLI reads. */
class BundleLimitsTest {

  @TempDir Path home;

  private static Map<String, Object> nested(int depth) {
    Object v = "x";
    for (int i = 0; i < depth; i++) {
      v = Map.of("a", v);
    }
    return Map.of("title", "deep", "description", v);
  }

  @Test
  void validateRefusesABundleNestedDeeperThanTheLimit() {
    for (String tool : List.of("validate_bundle", "create_map")) {
      CallToolResult r = call(home, tool, Map.of("bundle", nested(Json.MAX_DEPTH + 20)));
      assertTrue(r.isError(), tool);
      String text = ((TextContent) r.content().get(0)).text();
      assertTrue(text.contains(String.valueOf(Json.MAX_DEPTH)), text);
    }
  }

  @Test
  void validateRefusesABundleLargerThanTheLimit() {
    String big = "x".repeat(Json.MAX_DOCUMENT_CHARS);
    CallToolResult r =
        call(home, "validate_bundle", Map.of("bundle", Map.of("title", "big", "description", big)));
    assertTrue(r.isError());
    String text = ((TextContent) r.content().get(0)).text();
    assertTrue(text.contains("larger than"), text);
    assertFalse(call(home, "validate_bundle", Map.of("bundle", nested(10))).content().isEmpty());
  }
}
