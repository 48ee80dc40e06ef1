package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.UpdateOptions;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code update_map}: a guarded partial update. */
public final class UpdateMapTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("update_map", "Update map")
          .description(
              "Patch a map with a partial bundle: given fields change; datasets merge by id (new ones need \"$ref\"). keplerMapConfig replaces wholesale, so send the full one from get_bundle. dry_run returns the plan.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "map_id":{"type":"string"},
        "bundle":{"type":"object"},
        "profile":{"type":"string"},
        "datasets_mode":{"type":"string","enum":["merge","replace"],"description":"replace deletes datasets not given"},
        "allow_kepler_replace":{"type":"boolean","description":"Accept dropping layers or resetting the viewport"},
        "dry_run":{"type":"boolean"},
        "publish":{"type":"boolean"}},
       "required":["map_id","bundle"],"additionalProperties":false}
      """)
          .outputSchema(WriteOutput.SCHEMA)
          .destructive()
          .openWorld()
          .build();

  public UpdateMapTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    UpdateOptions o =
        new UpdateOptions(
            "replace".equals(a.str("datasets_mode")),
            a.bool("allow_kepler_replace", false),
            a.bool("dry_run", false),
            a.bool("publish", false));
    WriteResult r = maps.update(a.str("profile"), a.required("map_id"), a.json("bundle"), o);
    return Results.ok(
        WriteOutput.summary(o.dryRun() ? "Dry run (nothing written) for" : "Updated", r), r);
  }
}
