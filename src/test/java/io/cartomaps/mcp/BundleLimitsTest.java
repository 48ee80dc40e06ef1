package io.cartomaps.mcp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.json.Json;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundles given to tools meet the same size and nesting limits as bundles the CLI reads. */
class BundleLimitsTest {

  @TempDir
  Path home;

  private CallToolResult call(String toolName, Map<String, Object> args) {
    Environment env = Environment.of(Map.of("CARTO_MAPS_HOME", home.toString(),
        "CARTO_CREDENTIALS_FILE", home.resolve("none.json").toString()), home);
    try (Services s = Wiring.open(env, ProfileOverrides.none(), null)) {
      ServerFactory factory = new ServerFactory(s, ToolSelection.ALL);
      McpTool tool = factory.tools().stream().filter(t -> t.def().name().equals(toolName)).findFirst().orElseThrow();
      return factory.call(tool, Caller.LOCAL, null, CallToolRequest.builder(toolName).arguments(args).build());
    }
  }

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
      CallToolResult r = call(tool, Map.of("bundle", nested(Json.MAX_DEPTH + 20)));
      assertTrue(r.isError(), tool);
      String text = ((TextContent) r.content().get(0)).text();
      assertTrue(text.contains(String.valueOf(Json.MAX_DEPTH)), text);
    }
  }

  @Test
  void validateRefusesABundleLargerThanTheLimit() {
    String big = "x".repeat(Json.MAX_DOCUMENT_CHARS);
    CallToolResult r = call("validate_bundle", Map.of("bundle", Map.of("title", "big", "description", big)));
    assertTrue(r.isError());
    String text = ((TextContent) r.content().get(0)).text();
    assertTrue(text.contains("larger than"), text);
    assertFalse(call("validate_bundle", Map.of("bundle", nested(10))).content().isEmpty());
  }
}
