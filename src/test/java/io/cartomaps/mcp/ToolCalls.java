package io.cartomaps.mcp;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.OfflineHome;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.mcp.server.ServerFactory;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.Map;

/**
 * One tool call on a server wired over a workspace home that has no credentials, as a local caller.
 */
final class ToolCalls {

  private ToolCalls() {}

  static CallToolResult call(Path home, String toolName, Map<String, Object> args) {
    Environment env = OfflineHome.environment(home);
    try (Services s = Wiring.open(env, ProfileOverrides.none(), null)) {
      ServerFactory factory = new ServerFactory(s, ToolSelection.ALL);
      McpTool tool =
          factory.tools().stream()
              .filter(t -> t.def().name().equals(toolName))
              .findFirst()
              .orElseThrow();
      return factory.call(
          tool, Caller.LOCAL, null, CallToolRequest.builder(toolName).arguments(args).build());
    }
  }
}
