package io.cartomaps.mcp.tools;

import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/** {@code explore_data}: connections, then tables, then one table's shape. */
public final class ExploreDataTool extends MapTool {

  static final ToolDef DEF = new ToolDef("explore_data", "Explore data",
      "Browse data to map: no connection lists connections; a connection lists tables; a table gives columns, geometry type, row count and extent.",
      """
      {"type":"object","properties":{
        "profile":{"type":"string"},
        "connection":{"type":"string","description":"Name or id"},
        "table":{"type":"string"},
        "prefix":{"type":"string","description":"Filter tables by name prefix, e.g. a schema"}},
       "additionalProperties":false}
      """,
      """
      {"type":"object","properties":{"connections":{"type":"array"},"tables":{"type":"array"},"table":{"type":"object"}}}
      """,
      true, false, true, true, false);

  public ExploreDataTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    String profile = a.str("profile");
    String connection = a.str("connection");
    String table = a.str("table");
    if (table != null) {
      var info = maps.describe(profile, connection, table);
      return Results.ok("Table " + info.name() + ": " + info.rowCount() + " rows, " + info.geometryType(),
          Map.of("table", info));
    }
    if (connection != null) {
      var tables = maps.tables(profile, connection, a.str("prefix"));
      return Results.ok(tables.size() + " table(s) in " + connection, Map.of("tables", tables));
    }
    var connections = maps.connections(profile);
    return Results.ok(connections.size() + " connection(s); pass one as connection to list its tables",
        Map.of("connections", connections));
  }
}
