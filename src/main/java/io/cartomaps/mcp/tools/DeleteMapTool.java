package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code delete_map}: irreversible. */
public final class DeleteMapTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("delete_map", "Delete map")
          .description(
              "Delete a map with its datasets and snapshots. Irreversible: confirm with the user first.")
          .inputSchema(
              """
      {"type":"object","properties":{"map_id":{"type":"string"},"profile":{"type":"string"}},
       "required":["map_id"],"additionalProperties":false}
      """)
          .outputSchema(WriteOutput.SCHEMA)
          .destructive()
          .idempotent()
          .openWorld()
          .build();

  public DeleteMapTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    WriteResult r = maps.delete(a.str("profile"), a.required("map_id"));
    return Results.ok("Deleted map " + r.id() + " (" + r.title() + ")", r);
  }
}
