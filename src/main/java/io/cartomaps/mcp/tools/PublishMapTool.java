package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code publish_map}: freeze the snapshot viewers see. */
public final class PublishMapTool implements McpTool {

  static final ToolDef DEF = new ToolDef("publish_map", "Publish map",
      "Publish a map: shared and public viewers see this frozen snapshot until the next publish.",
      """
      {"type":"object","properties":{"map_id":{"type":"string"},"profile":{"type":"string"}},
       "required":["map_id"],"additionalProperties":false}
      """,
      WriteOutput.SCHEMA,
      false, false, true, true, true);

  private final MapService maps;

  public PublishMapTool(MapService maps) {
    this.maps = maps;
  }

  @Override
  public ToolDef def() {
    return DEF;
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    WriteResult r = maps.publish(a.str("profile"), a.required("map_id"));
    return Results.ok(WriteOutput.summary("Published", r), r);
  }
}
