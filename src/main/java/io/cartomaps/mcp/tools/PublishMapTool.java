package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code publish_map}: freeze the snapshot viewers see. */
public final class PublishMapTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("publish_map", "Publish map")
          .description(
              "Publish a map: shared and public viewers see this frozen snapshot until the next publish.")
          .inputSchema(
              """
      {"type":"object","properties":{"map_id":{"type":"string"},"profile":{"type":"string"}},
       "required":["map_id"],"additionalProperties":false}
      """)
          .outputSchema(WriteOutput.SCHEMA)
          .idempotent()
          .openWorld()
          .build();

  public PublishMapTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    WriteResult r = maps.publish(a.str("profile"), a.required("map_id"));
    return Results.ok(WriteOutput.summary("Published", r), r);
  }
}
