package io.cartomaps.mcp;

import static io.cartomaps.mcp.ToolCalls.call;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broken file in the workspace home is reported relative to it: the absolute home path (a user
 * name) stays out.
 */
class HomePathHiddenTest {

  @TempDir Path home;

  @Test
  void corruptSampleDatabaseIsNamedRelativeToTheHome() throws Exception {
    Files.writeString(home.resolve("samples-v1.mv.db"), "not an H2 database ".repeat(400));
    CallToolResult r =
        call(home, "explore_data", Map.of("connection", "local", "table", "samples.places"));
    String all = ((TextContent) r.content().get(0)).text() + Json.compact(r.structuredContent());
    assertTrue(r.isError(), all);
    assertFalse(all.contains(home.toString()), all);
    assertFalse(all.contains(home.toRealPath().toString()), all);
    assertTrue(all.contains("samples-v1.mv.db in the workspace home"), all);
  }
}
