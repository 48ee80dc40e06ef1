package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /v3/sql/{connectionName}/query} with {@code {"q": sql}}: answers {@code {rows,
 * schema, meta}} from the connection's catalogue ({@link FakeSql}), and CARTO's error JSON (400)
 * for an unknown table or column.
 */
final class SqlResource {

  private final OrgState state;

  SqlResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    router.add(Host.API, "POST", "/v3/sql/*/query", this::query);
  }

  private Answer query(Exchange x) {
    FakeConnection c = state.connectionByName(x.segment(2)).orElse(null);
    if (c == null) {
      return Answer.notFound("Connection " + x.segment(2));
    }
    String sql = x.body() == null ? null : Json.text(x.body(), "q");
    if (sql == null || sql.isBlank()) {
      return Answer.badRequest("q is required");
    }
    ObjectNode out = Json.object();
    ArrayNode computed;
    try {
      computed = state.warehouse == null ? null : state.warehouse.apply(sql);
    } catch (RuntimeException e) {
      return Answer.badRequest(e.getMessage());
    }
    if (computed != null) {
      out.set("rows", computed);
      out.putArray("schema");
      return Answer.ok(out);
    }
    ArrayNode rows = out.putArray("rows");
    List<FakeTable.Column> schema;
    try {
      if (FakeSql.isStatistics(sql)) {
        FakeTable t = FakeSql.tables(c.tables(), sql).get(0);
        ObjectNode row = rows.addObject();
        row.put("row_count", t.rowCount());
        if (t.geomField() != null) {
          row.put("xmin", -180.0).put("ymin", -85.0).put("xmax", 180.0).put("ymax", 85.0);
          row.put("geom_type", t.geometryType());
        }
        schema = List.of(new FakeTable.Column("row_count", "number"));
      } else {
        schema = FakeSql.schema(c.tables(), sql);
        if (sql.contains(" AS n_rows")) {
          // the statistics statement: the warehouse has no rows here, only counts
          ObjectNode row = rows.addObject();
          schema.forEach(col -> row.putNull(col.name()));
          row.put("n_rows", FakeSql.tables(c.tables(), sql).get(0).rowCount());
        }
      }
    } catch (FakeSql.SqlError e) {
      return Answer.badRequest(e.getMessage());
    }
    ArrayNode s = out.putArray("schema");
    schema.forEach(col -> s.addObject().put("name", col.name()).put("type", col.type()));
    out.putObject("meta").put("cacheHit", false).put("totalBytesProcessed", "0");
    return Answer.ok(out);
  }
}
