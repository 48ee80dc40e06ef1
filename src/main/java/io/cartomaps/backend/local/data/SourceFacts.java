package io.cartomaps.backend.local.data;

import io.cartomaps.backend.Column;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.DataProfile.ValueCount;
import io.cartomaps.backend.ProfileStatements;
import io.cartomaps.json.Json;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Facts about a source read through the same FROM item as a probe ({@link SourceSql}), with the
 * same statement timeout: its statistics and sample rows ({@link DataProfile}), and the extent of
 * its geometry.
 */
final class SourceFacts {

  private SourceFacts() {}

  static DataProfile profile(Connection c, SourceSql sql, String source) throws SQLException {
    List<Column> columns = sql.columns(c).stream().map(SourceColumn::toColumn).toList();
    ProfileStatements statements = new ProfileStatements(sql.fromItem(), columns, SqlNames::quote);
    List<ObjectNode> aggregates = rows(c, statements.aggregates());
    Map<String, List<ValueCount>> top = new LinkedHashMap<>();
    for (Column col : statements.topColumns()) {
      List<ValueCount> values = new ArrayList<>();
      for (ObjectNode upper : rows(c, statements.topValues(col))) {
        JsonNode row = lower(upper);
        values.add(
            new ValueCount(
                ProfileStatements.value(row.get("top_value")), row.path("top_n").asLong()));
      }
      top.put(col.name(), values);
    }
    return statements.assemble(
        source,
        aggregates.isEmpty() ? Json.object() : lower(aggregates.get(0)),
        top,
        rows(c, statements.sample()));
  }

  /** {@code [west, south, east, north]} of a geometry column, or null when it has no geometry. */
  static double[] extent(Connection c, SourceSql sql, String geoColumn) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(SourceSql.QUERY_TIMEOUT_SECONDS);
      try (ResultSet rs =
          s.executeQuery(
              "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                  + "ST_Extent("
                  + SqlNames.quote(geoColumn)
                  + ") AS e FROM "
                  + sql.fromItem()
                  + ") AS x")) {
        if (!rs.next()) {
          return null;
        }
        double west = rs.getDouble(1);
        return rs.wasNull()
            ? null
            : new double[] {west, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
      }
    }
  }

  private static List<ObjectNode> rows(Connection c, String statement) throws SQLException {
    List<ObjectNode> out = new ArrayList<>();
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(SourceSql.QUERY_TIMEOUT_SECONDS);
      s.setMaxRows(DataProfile.SAMPLE_ROWS);
      try (ResultSet rs = s.executeQuery(statement)) {
        ResultSetMetaData md = rs.getMetaData();
        while (rs.next()) {
          ObjectNode row = Json.object();
          for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            String name = md.getColumnLabel(i);
            if (v == null) {
              row.putNull(name);
            } else if (v instanceof Number || v instanceof Boolean) {
              row.set(name, Json.tree(v));
            } else {
              row.put(name, String.valueOf(v));
            }
          }
          out.add(row);
        }
      }
    }
    return out;
  }

  /** H2 answers unquoted aliases in upper case. */
  private static JsonNode lower(ObjectNode row) {
    ObjectNode out = Json.object();
    row.properties().forEach(e -> out.set(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    return out;
  }
}
