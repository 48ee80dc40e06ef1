package io.cartomaps.export;

import io.cartomaps.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import tools.jackson.databind.JsonNode;

/**
 * Writes an estate into one dataset (schema) of a destination, inside the caller's transaction:
 * creates the tables, adds columns that new fields need (never drops or retypes one), replaces a
 * map's rows by its key, and records loads in {@code _dlt_loads}.
 */
final class EstateWriter {

  private final Connection c;
  private final Dialect dialect;
  private final String dataset;

  /** DuckDB appenders open in this load, by table. */
  private final Map<String, DuckDBAppender> appenders = new HashMap<>();

  /** Columns each table has in the destination, with their types. */
  private final Map<String, Map<String, ColumnType>> columns = new HashMap<>();

  EstateWriter(Connection c, Dialect dialect, String dataset) {
    this.c = c;
    this.dialect = dialect;
    this.dataset = dataset;
  }

  private String table(String name) {
    return "\"" + dataset + "\".\"" + name + "\"";
  }

  private static String quote(String column) {
    return "\"" + column + "\"";
  }

  /**
   * Creates the dataset and its tables, or adds the columns this version writes that an older one
   * did not.
   */
  void prepare() throws SQLException {
    if (dialect == Dialect.POSTGRES) {
      try (Statement s = c.createStatement()) {
        // One export at a time per dataset: a second one waits for the first to commit or roll
        // back.
        s.execute("SELECT pg_advisory_xact_lock(hashtext('carto_maps_export." + dataset + "'))");
      }
    }
    // The tables are there after the first load: one catalog query instead of a statement per
    // table makes the start of an incremental load cheap.
    readColumns();
    List<TableSpec> missing =
        EstateSchema.ALL.stream().filter(t -> !columns.containsKey(t.name())).toList();
    if (!missing.isEmpty()) {
      try (Statement s = c.createStatement()) {
        s.execute("CREATE SCHEMA IF NOT EXISTS \"" + dataset + "\"");
        for (TableSpec t : missing) {
          s.execute(createTable(t));
        }
      }
      columns.clear();
      readColumns();
    }
    for (TableSpec t : EstateSchema.ALL) {
      addMissing(t.name(), t.columns());
    }
  }

  private String createTable(TableSpec t) {
    List<String> defs = new ArrayList<>();
    t.columns()
        .forEach(
            (name, type) ->
                defs.add(
                    quote(name)
                        + " "
                        + dialect.typeName(type)
                        + (t.primaryKey().contains(name) ? " NOT NULL" : "")));
    if (dialect == Dialect.POSTGRES) {
      // PostgreSQL finds a map's rows by the key's index. DuckDB, like dlt on DuckDB, declares no
      // key: its index would slow every append and delete, and the writer already keeps keys
      // unique.
      defs.add(
          "PRIMARY KEY ("
              + String.join(", ", t.primaryKey().stream().map(EstateWriter::quote).toList())
              + ")");
    }
    return "CREATE TABLE IF NOT EXISTS " + table(t.name()) + " (" + String.join(", ", defs) + ")";
  }

  private void readColumns() throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT table_name, column_name, data_type FROM "
                + "information_schema.columns WHERE table_schema = ? ORDER BY table_name, ordinal_position")) {
      ps.setString(1, dataset);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          columns
              .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
              .put(rs.getString(2), typeOf(rs.getString(3)));
        }
      }
    }
  }

  private static ColumnType typeOf(String dataType) {
    String t = dataType.toUpperCase(Locale.ROOT);
    if (t.contains("TIMESTAMP")) {
      return ColumnType.TIMESTAMP;
    }
    if (t.contains("JSON")) {
      return ColumnType.JSON;
    }
    if (t.contains("BOOL")) {
      return ColumnType.BOOLEAN;
    }
    if (t.equals("BIGINT") || t.equals("INTEGER")) {
      return ColumnType.BIGINT;
    }
    if (t.contains("DOUBLE") || t.equals("REAL") || t.equals("FLOAT")) {
      return ColumnType.DOUBLE;
    }
    return ColumnType.TEXT;
  }

  private void addMissing(String tableName, Map<String, ColumnType> wanted) throws SQLException {
    Map<String, ColumnType> have = columns.computeIfAbsent(tableName, k -> new LinkedHashMap<>());
    if (have.keySet().containsAll(wanted.keySet())) {
      return;
    }
    flush();
    try (Statement s = c.createStatement()) {
      for (Map.Entry<String, ColumnType> e : wanted.entrySet()) {
        if (!have.containsKey(e.getKey())) {
          s.execute(
              "ALTER TABLE "
                  + table(tableName)
                  + " ADD COLUMN "
                  + quote(e.getKey())
                  + " "
                  + dialect.typeName(e.getValue()));
          have.put(e.getKey(), e.getValue());
        }
      }
    }
  }

  /**
   * The maps of a profile in the destination, with their {@code updated_at} in epoch milliseconds.
   */
  Map<String, Long> storedMaps(String profile) throws SQLException {
    flush();
    Map<String, Long> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT map_id, "
                + dialect.epochMillis("updated_at")
                + " FROM "
                + table("maps")
                + " WHERE profile = ?")) {
      ps.setString(1, profile);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long ms = rs.getLong(2);
          out.put(rs.getString(1), rs.wasNull() ? null : ms);
        }
      }
    }
    return out;
  }

  /** The last completed load of a profile, or null. */
  LastLoad lastLoad(String profile) throws SQLException {
    flush();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT load_id, "
                + dialect.epochMillis("cursor_updated_at")
                + " FROM "
                + table("_dlt_loads")
                + " WHERE profile = ? AND status = 0 ORDER BY inserted_at DESC, load_id DESC"
                + " LIMIT 1")) {
      ps.setString(1, profile);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        long ms = rs.getLong(2);
        return new LastLoad(rs.getString(1), rs.wasNull() ? null : ms);
      }
    }
  }

  /** The id and cursor of a completed load. */
  record LastLoad(String loadId, Long cursorMillis) {}

  /**
   * Removes every row of these maps from the map tables, children first. The ids go as one array
   * parameter joined to each table, which both databases run as a hash semi-join; an {@code IN}
   * list of placeholders is compared value by value with every row.
   */
  void deleteMaps(Collection<String> mapIds) throws SQLException {
    if (mapIds.isEmpty()) {
      return;
    }
    flush();
    java.sql.Array ids = c.createArrayOf(dialect.textArrayType(), mapIds.toArray());
    try {
      List<TableSpec> tables = new ArrayList<>(EstateSchema.MAP_TABLES);
      Collections.reverse(tables);
      for (TableSpec t : tables) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM " + table(t.name()) + " WHERE map_id IN (SELECT unnest(?))")) {
          ps.setArray(1, ids);
          ps.executeUpdate();
        }
      }
    } finally {
      ids.free();
    }
  }

  /** Removes a profile's maps, connections and loads (a full refresh). */
  void deleteProfile(String profile) throws SQLException {
    flush();
    deleteMaps(storedMaps(profile).keySet());
    for (String t : List.of("connections", "_dlt_loads")) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table(t) + " WHERE profile = ?")) {
        ps.setString(1, profile);
        ps.executeUpdate();
      }
    }
  }

  void deleteConnections(String profile) throws SQLException {
    flush();
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM " + table("connections") + " WHERE profile = ?")) {
      ps.setString(1, profile);
      ps.executeUpdate();
    }
  }

  /**
   * Inserts rows in JDBC batches, adding a column first for any field the table does not have yet.
   */
  void insert(TableSpec spec, List<Map<String, Object>> rows, String loadId) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    Set<String> names = new LinkedHashSet<>(spec.columns().keySet());
    Map<String, ColumnType> fresh = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      for (Map.Entry<String, Object> e : row.entrySet()) {
        if (names.add(e.getKey()) && e.getValue() != null) {
          fresh.put(e.getKey(), ColumnType.of(e.getValue()));
        } else if (!spec.columns().containsKey(e.getKey()) && e.getValue() != null) {
          fresh.putIfAbsent(e.getKey(), ColumnType.of(e.getValue()));
        }
      }
    }
    Map<String, ColumnType> have = columns.get(spec.name());
    fresh.keySet().removeIf(have::containsKey);
    addMissing(spec.name(), fresh);
    names.removeIf(n -> !have.containsKey(n));
    if (dialect == Dialect.DUCKDB) {
      append(spec, rows, loadId);
      return;
    }
    List<String> cols = new ArrayList<>(names);
    String sql =
        "INSERT INTO "
            + table(spec.name())
            + " ("
            + String.join(", ", cols.stream().map(EstateWriter::quote).toList())
            + ") VALUES ("
            + String.join(", ", cols.stream().map(n -> dialect.placeholder(have.get(n))).toList())
            + ")";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Map<String, Object> row : rows) {
        for (int i = 0; i < cols.size(); i++) {
          String col = cols.get(i);
          Object v = col.equals(TableSpec.LOAD_ID) ? loadId : row.get(col);
          bind(ps, i + 1, have.get(col), v);
        }
        ps.addBatch();
        if (++pending == 1000) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  /**
   * DuckDB's appender: rows go straight into the table's columns (in table order) inside the
   * connection's transaction, many times faster than prepared inserts. Each table's appender stays
   * open for the whole load, so rows reach the table in full chunks rather than in one flush per
   * batch of maps; {@link #flush} hands them over before anything else touches the tables.
   */
  private void append(TableSpec spec, List<Map<String, Object>> rows, String loadId)
      throws SQLException {
    Map<String, ColumnType> have = columns.get(spec.name());
    DuckDBAppender a = appenders.get(spec.name());
    if (a == null) {
      a = c.unwrap(DuckDBConnection.class).createAppender(dataset, spec.name());
      appenders.put(spec.name(), a);
    }
    for (Map<String, Object> row : rows) {
      a.beginRow();
      for (Map.Entry<String, ColumnType> col : have.entrySet()) {
        Object v = col.getKey().equals(TableSpec.LOAD_ID) ? loadId : row.get(col.getKey());
        appendValue(a, col.getValue(), v);
      }
      a.endRow();
    }
  }

  /**
   * Writes what the open appenders hold into their tables and closes them: before a delete, a
   * schema change, a read, and the commit.
   */
  void flush() throws SQLException {
    SQLException failed = null;
    for (DuckDBAppender a : appenders.values()) {
      try {
        a.close();
      } catch (SQLException e) {
        if (failed == null) {
          failed = e;
        }
      }
    }
    appenders.clear();
    if (failed != null) {
      throw failed;
    }
  }

  /** Closes the open appenders of a load that failed; the rollback discards what they held. */
  void discard() {
    try {
      flush();
    } catch (SQLException ignored) {
      // the load is rolled back whatever the appenders did
    }
  }

  private static void appendValue(DuckDBAppender a, ColumnType type, Object v) throws SQLException {
    if (v == null || v instanceof JsonNode j && (j.isMissingNode() || j.isNull())) {
      a.appendNull();
      return;
    }
    switch (type) {
      case BIGINT -> {
        if (v instanceof Number n) {
          a.append(n.longValue());
        } else {
          a.appendNull();
        }
      }
      case DOUBLE -> {
        if (v instanceof Number n) {
          a.append(n.doubleValue());
        } else {
          a.appendNull();
        }
      }
      case BOOLEAN -> {
        if (v instanceof Boolean b) {
          a.append(b.booleanValue());
        } else {
          a.appendNull();
        }
      }
      case TIMESTAMP -> {
        Long ms =
            v instanceof Instant i ? (Long) i.toEpochMilli() : Times.millis(String.valueOf(v));
        if (ms == null) {
          a.appendNull();
        } else {
          a.appendEpochMicros(Math.multiplyExact(ms, 1000L));
        }
      }
      case JSON -> a.append(v instanceof String s ? s : Json.compact(v));
      default ->
          a.append(
              v instanceof JsonNode j
                  ? (j.isString() ? j.asString() : Json.compact(j))
                  : String.valueOf(v));
    }
  }

  private static void bind(PreparedStatement ps, int i, ColumnType type, Object v)
      throws SQLException {
    if (v == null || v instanceof JsonNode j && j.isMissingNode()) {
      ps.setNull(
          i,
          type == ColumnType.BIGINT
              ? Types.BIGINT
              : type == ColumnType.DOUBLE
                  ? Types.DOUBLE
                  : type == ColumnType.BOOLEAN ? Types.BOOLEAN : Types.VARCHAR);
      return;
    }
    boolean fits =
        switch (type) {
          case BIGINT, DOUBLE -> v instanceof Number;
          case BOOLEAN -> v instanceof Boolean;
          default -> true;
        };
    if (!fits) {
      // A field whose type changed keeps its first column type; the value stays in the map's
      // bundle.
      bind(ps, i, type, null);
      return;
    }
    switch (type) {
      case BIGINT -> ps.setLong(i, ((Number) v).longValue());
      case DOUBLE -> ps.setDouble(i, ((Number) v).doubleValue());
      case BOOLEAN -> ps.setBoolean(i, (Boolean) v);
      case JSON -> ps.setString(i, v instanceof String s ? s : Json.compact(v));
      default ->
          ps.setString(
              i,
              v instanceof JsonNode j
                  ? (j.isString() ? j.asString() : Json.compact(j))
                  : String.valueOf(v));
    }
  }
}
