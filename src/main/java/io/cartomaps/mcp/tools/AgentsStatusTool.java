package io.cartomaps.mcp.tools;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code agents_status}: can this profile run map agents. */
public final class AgentsStatusTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("agents_status", "Agents status")
          .description(
              "Whether CARTO AI map agents work in a profile, its default model and accepted models. Check before adding an agent block.")
          .inputSchema(
              """
      {"type":"object","properties":{"profile":{"type":"string"}},"additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"enabled":{"type":"boolean"},"defaultModel":{"type":["string","null"]},"models":{"type":"array"}}}
      """)
          .readOnly()
          .idempotent()
          .openWorld()
          .build();

  public AgentsStatusTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    AgentsStatus s = maps.agents(a.str("profile"));
    return Results.ok(
        s.enabled()
            ? "Agents enabled"
            : "Agents not available" + (s.note() == null ? "" : ": " + s.note()),
        s);
  }
}
