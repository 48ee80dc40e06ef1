package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;

/** {@code update_dataset}: patch one dataset. */
public final class UpdateDatasetTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("update_dataset", "Update dataset")
          .description(
              "Patch one dataset of a map (source, columns, geoColumn, uniqueIdProperty…) without resending the bundle.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "map_id":{"type":"string"},
        "dataset_id":{"type":"string"},
        "fields":{"type":"object"},
        "profile":{"type":"string"}},
       "required":["map_id","dataset_id","fields"],"additionalProperties":false}
      """)
          .outputSchema(WriteOutput.SCHEMA)
          .idempotent()
          .openWorld()
          .build();

  public UpdateDatasetTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    String datasetId = a.required("dataset_id");
    WriteResult r =
        maps.updateDataset(a.str("profile"), a.required("map_id"), datasetId, a.json("fields"));
    if (Boolean.FALSE.equals(r.changed())) {
      return Results.ok(
          "No change: dataset " + datasetId + " of map " + r.id() + " already has these values", r);
    }
    return Results.ok(WriteOutput.summary("Updated dataset " + datasetId + " of", r), r);
  }
}
