package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Maps API source instantiation {@code GET
 * /v3/maps/{connectionName}/{table|query|tileset|raster}} (or POST with the same fields as a JSON
 * body), which the program calls to check that a dataset renders. Refuses what CARTO refuses with a
 * 400: an unknown table or column, a {@code columns} or {@code spatialDataColumn} the source does
 * not return, a spatial index without {@code aggregationExp}. Answers {@code {nrows, schema,
 * tilejson}} for tables and queries, a TileJSON for tilesets.
 */
final class MapsApiResource {

  static final Set<String> SPATIAL_TYPES = Set.of("geo", "h3", "quadbin");

  private final OrgState state;

  MapsApiResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    for (String kind : List.of("table", "query", "tileset", "raster")) {
      router
          .add(Host.API, "GET", "/v3/maps/*/" + kind, this::instantiate)
          .add(Host.API, "POST", "/v3/maps/*/" + kind, this::instantiate);
    }
  }

  private Answer instantiate(Exchange x) {
    if (!"3.4".equals(x.param("v"))) {
      return Answer.badRequest("v must be 3.4");
    }
    FakeConnection c = state.connectionByName(x.segment(2)).orElse(null);
    if (c == null) {
      return Answer.notFound("Connection " + x.segment(2));
    }
    String kind = x.segment(3);
    List<FakeTable.Column> schema;
    long rows;
    try {
      if (kind.equals("query")) {
        String q = x.param("q");
        if (q == null) {
          return Answer.badRequest("q is required");
        }
        schema = FakeSql.schema(c.tables(), q);
        rows = FakeSql.tables(c.tables(), q).get(0).rowCount();
      } else {
        String name = x.param("name");
        if (name == null) {
          return Answer.badRequest("name is required");
        }
        FakeTable t =
            c.tables()
                .find(name)
                .orElseThrow(() -> new FakeSql.SqlError("Table " + name + " not found"));
        schema = t.columns();
        rows = t.rowCount();
      }
    } catch (FakeSql.SqlError e) {
      return Answer.badRequest(e.getMessage());
    }
    if (kind.equals("tileset") || kind.equals("raster")) {
      return Answer.ok(tileJson(schema));
    }
    Answer refused = checkSpatial(x, schema);
    if (refused != null) {
      return refused;
    }
    String columns = x.param("columns");
    if (columns != null) {
      for (String col : columns.split(",")) {
        if (schema.stream().noneMatch(s -> s.name().equalsIgnoreCase(col.strip()))) {
          return Answer.badRequest("Invalid columns parameter: " + col.strip());
        }
      }
    }
    ObjectNode out = Json.object();
    out.put("nrows", rows);
    ArrayNode s = out.putArray("schema");
    schema.forEach(col -> s.addObject().put("name", col.name()).put("type", col.type()));
    out.putObject("tilejson")
        .putArray("url")
        .add("https://tiles.fake-org.invalid/v3/maps/" + c.name() + "/" + kind + "/tilejson");
    return Answer.ok(out);
  }

  private static Answer checkSpatial(Exchange x, List<FakeTable.Column> schema) {
    String column = x.param("spatialDataColumn");
    String type = x.param("spatialDataType");
    if (column == null) {
      return null;
    }
    if (!SPATIAL_TYPES.contains(type)) {
      return Answer.badRequest("spatialDataType must be one of geo, h3, quadbin");
    }
    if (schema.stream().noneMatch(s -> s.name().equalsIgnoreCase(column))) {
      return Answer.badRequest("spatialDataColumn " + column + " is not returned by the source");
    }
    if (!type.equals("geo") && x.param("aggregationExp") == null) {
      return Answer.badRequest("aggregationExp is required for " + type + " sources");
    }
    return null;
  }

  private static ObjectNode tileJson(List<FakeTable.Column> schema) {
    ObjectNode out = Json.object();
    out.put("tilejson", "3.0.0");
    out.putArray("tiles").add("https://tiles.fake-org.invalid/{z}/{x}/{y}");
    ObjectNode fields =
        out.putArray("vector_layers").addObject().put("id", "default").putObject("fields");
    schema.forEach(col -> fields.put(col.name(), col.type()));
    return out;
  }
}
