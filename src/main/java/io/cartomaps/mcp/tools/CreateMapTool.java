package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code create_map}: pre-flight, write, post-write checks. */
public final class CreateMapTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("create_map", "Create map")
          .description(
              "Create a map from a bundle (schema: resource carto-maps://schema/bundle). Validates, checks every field against its source and writes Builder's boilerplate first (plan lists fills); an invalid bundle creates nothing. Private unless bundle privacy says otherwise; publish: true publishes.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "bundle":{"type":"object"},
        "profile":{"type":"string"},
        "publish":{"type":"boolean","description":"Publish after creating, for shared/public viewers"}},
       "required":["bundle"],"additionalProperties":false}
      """)
          .outputSchema(WriteOutput.SCHEMA)
          .openWorld()
          .build();

  public CreateMapTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    WriteResult r = maps.create(a.str("profile"), a.json("bundle"), a.bool("publish", false));
    return Results.ok(WriteOutput.summary("Created", r), r);
  }
}
