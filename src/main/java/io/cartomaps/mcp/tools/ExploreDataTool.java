package io.cartomaps.mcp.tools;

import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;

/** {@code explore_data}: connections, then tables, then one table's shape. */
public final class ExploreDataTool extends MapTool {

  public static final ToolDef DEF =
      ToolDef.builder("explore_data", "Explore data")
          .description(
              "Know the data before mapping: no connection lists connections; a connection lists tables; a table or a sql query gives columns, geometry, extent, per-column stats (nulls, min/max/mean, distinct, top values) and sample rows.")
          .inputSchema(
              """
      {"type":"object","properties":{
        "profile":{"type":"string"},
        "connection":{"type":"string","description":"Name or id"},
        "table":{"type":"string"},
        "sql":{"type":"string","description":"A query to profile instead of a table"},
        "prefix":{"type":"string","description":"Filter tables by name prefix, e.g. a schema"}},
       "additionalProperties":false}
      """)
          .outputSchema(
              """
      {"type":"object","properties":{"connections":{"type":"array"},"tables":{"type":"array"},"table":{"type":"object"},"stats":{"type":"object"}}}
      """)
          .readOnly()
          .idempotent()
          .openWorld()
          .build();

  public ExploreDataTool(MapService maps) {
    super(DEF, maps);
  }

  @Override
  public CallToolResult call(Args a, McpSyncServerExchange exchange) {
    String profile = a.str("profile");
    String connection = a.str("connection");
    String table = a.str("table");
    String sql = a.str("sql");
    if (sql != null) {
      DataProfile stats = maps.profile(profile, connection, SourceKind.query, sql);
      return Results.ok("Query: " + stats.rowCount() + " rows", Map.of("stats", stats));
    }
    if (table != null) {
      var info = maps.describe(profile, connection, table);
      DataProfile stats = maps.profile(profile, connection, SourceKind.table, table);
      return Results.ok(
          "Table " + info.name() + ": " + info.rowCount() + " rows, " + info.geometryType(),
          Map.of("table", info, "stats", stats));
    }
    if (connection != null) {
      var tables = maps.tables(profile, connection, a.str("prefix"));
      return Results.ok(tables.size() + " table(s) in " + connection, Map.of("tables", tables));
    }
    var connections = maps.connections(profile);
    return Results.ok(
        connections.size() + " connection(s); pass one as connection to list its tables",
        Map.of("connections", connections));
  }
}
