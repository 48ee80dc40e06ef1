package io.cartomaps.mcp.tools;

import io.cartomaps.maps.CopyRequest;
import io.cartomaps.maps.MapService;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code copy_map}: duplicate a map into another profile or the same one. */
public final class CopyMapTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("copy_map", "Copy map")
          .description(
              "Copy a map to a profile (or the same one). Each dataset's connection: connection_mapping, else same name, else connection.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "map_id":{"type":"string"},
        "dest_profile":{"type":"string"},
        "source_profile":{"type":"string"},
        "connection_mapping":{"type":"object","additionalProperties":{"type":"string"},"description":"Source connection name to destination name"},
        "connection":{"type":"string"},
        "title":{"type":"string"},
        "keep_privacy":{"type":"boolean","description":"Default true"},
        "skip_source_validation":{"type":"boolean"}},
       "required":["map_id","dest_profile"],"additionalProperties":false}
      """)
          .outputSchema(WriteOutput.SCHEMA)
          .openWorld()
          .build();

  public CopyMapTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    CopyRequest r =
        new CopyRequest(
            a.required("map_id"),
            a.str("source_profile"),
            a.required("dest_profile"),
            a.stringMap("connection_mapping"),
            a.str("connection"),
            a.str("title"),
            a.bool("keep_privacy", true),
            a.bool("skip_source_validation", false));
    WriteResult w = maps.copy(r);
    return Results.ok(WriteOutput.summary("Copied " + r.mapId() + " to", w), w);
  }
}
