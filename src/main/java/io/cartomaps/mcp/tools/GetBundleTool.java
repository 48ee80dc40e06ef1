package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapBundle;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code get_bundle}: a map as the bundle create and update accept. */
public final class GetBundleTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("get_bundle", "Get map bundle")
          .description(
              "Read a map as a bundle that create_map/update_map accept unchanged. Large maps: read sections one at a time.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "map_id":{"type":"string"},
        "profile":{"type":"string"},
        "sections":{"type":"array","items":{"type":"string"},
          "description":"Bundle fields or keplerMapConfig.config keys, e.g. datasets, layers, widgets, popupSettings, mapState"}},
       "required":["map_id"],"additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"bundle":{"type":"object"},"builderUrl":{"type":"string"},
       "omitted":{"type":"array"},"warnings":{"type":"array"}}}
      """)
          .readOnly()
          .idempotent()
          .openWorld()
          .build();

  public GetBundleTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    MapBundle b = maps.get(a.str("profile"), a.required("map_id"), a.strings("sections"));
    String summary =
        "Map "
            + a.required("map_id")
            + (b.omitted().isEmpty()
                ? ""
                : "; too large to return whole: omitted "
                    + b.omitted()
                    + " (read them with sections)")
            + (b.warnings().isEmpty() ? "" : "; " + b.warnings().size() + " warning(s)");
    return Results.ok(summary, b);
  }
}
