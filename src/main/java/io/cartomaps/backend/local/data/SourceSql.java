package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.local.workspace.H2Messages;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A dataset source as the FROM item of a query: a table name, validated and quoted, or the user's
 * SQL wrapped as a subquery {@code q}. User SQL runs as the sample database's read-only reader,
 * which is what makes running it safe.
 */
record SourceSql(String fromItem, String query, String schema) {

  // Newlines keep a trailing line comment in the user's SQL from swallowing the closing
  // parenthesis.
  private static final String QUERY_OPEN = "(\n";
  private static final String QUERY_CLOSE = "\n) AS q";
  private static final String PROBE = "SELECT * FROM ";
  private static final String EMPTY = " WHERE 1 = 0";

  /** Seconds any statement on the sample data may run. */
  static final int QUERY_TIMEOUT_SECONDS = 30;

  static SourceSql of(SourceKind kind, String source, String defaultSchema) {
    if (kind == null) {
      throw invalid("The source kind is required: table or query.");
    }
    return switch (kind) {
      case table ->
          new SourceSql(
              TableName.parse(source, defaultSchema).quoted() + " AS q", null, defaultSchema);
      case query -> {
        String q = query(source);
        yield new SourceSql(QUERY_OPEN + q + QUERY_CLOSE, q, defaultSchema);
      }
      case tileset, raster ->
          throw new BackendException(
              BackendException.Kind.UNSUPPORTED,
              "The local workspace has no "
                  + kind
                  + "s; use a table (e.g. "
                  + defaultSchema
                  + ".places) or a SQL query.");
    };
  }

  /** The columns the source returns, read from an empty result. */
  List<SourceColumn> columns(Connection c) throws SQLException {
    String statement = PROBE + fromItem + EMPTY;
    guard(c, statement);
    try (Statement s = c.createStatement()) {
      s.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
      try (ResultSet rs = s.executeQuery(statement)) {
        ResultSetMetaData md = rs.getMetaData();
        List<SourceColumn> columns = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          columns.add(
              new SourceColumn(md.getColumnLabel(i), md.getColumnType(i), md.getColumnTypeName(i)));
        }
        return columns;
      }
    }
  }

  /**
   * Refuses, before it runs, a {@code statement} built around this source unless the user's query
   * alone and the whole statement are each one read-only query (see {@link ReadOnlyQuery}):
   * checking the user's text first names their mistake; checking the statement makes sure nothing
   * the wrapper let through can run.
   */
  void guard(Connection c, String statement) throws SQLException {
    if (query != null) {
      ReadOnlyQuery.check(c, query, schema);
    }
    ReadOnlyQuery.check(c, statement, schema);
  }

  /** The engine's error for {@link #columns} in one line, quoting only the user's own SQL. */
  static String message(SQLException e) {
    return H2Messages.oneLine(
        e,
        (PROBE + QUERY_OPEN).replaceAll("\\s+", " ").trim(),
        (QUERY_CLOSE + EMPTY).replaceAll("\\s+", " ").trim());
  }

  private static String query(String source) {
    String q = source == null ? "" : SqlText.withoutTrailing(source).strip();
    if (q.isEmpty()) {
      throw invalid(
          "The query is empty; write a SELECT over the sample tables, e.g. SELECT * FROM samples.places.");
    }
    return q;
  }

  private static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }
}
