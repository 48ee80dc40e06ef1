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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken file in the workspace home is reported relative to it: the absolute home path (a user name) stays out. */
class HomePathHiddenTest {

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

  @Test
  void corruptSampleDatabaseIsNamedRelativeToTheHome() throws Exception {
    Files.writeString(home.resolve("samples-v1.mv.db"), "not an H2 database ".repeat(400));
    CallToolResult r = call("explore_data", Map.of("connection", "local", "table", "samples.places"));
    String all = ((TextContent) r.content().get(0)).text() + Json.compact(r.structuredContent());
    assertTrue(r.isError(), all);
    assertFalse(all.contains(home.toString()), all);
    assertFalse(all.contains(home.toRealPath().toString()), all);
    assertTrue(all.contains("samples-v1.mv.db in the workspace home"), all);
  }
}
