package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.WidgetQuery;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A widget's values computed in the connection's warehouse through CARTO's SQL API: one {@link
 * WidgetStatement} per widget, its rows read by {@link WidgetValues}. Sources the SQL API cannot
 * read (tilesets, rasters) and providers without a dialect here are refused with what to do
 * instead; SQL API failures arrive as the client's {@link BackendException} (retried where the
 * client retries), whose messages never carry the token.
 */
final class WarehouseWidgets {

  private WarehouseWidgets() {}

  /**
   * @param run runs one statement through the SQL API and answers its JSON
   * @throws BackendException UNSUPPORTED for sources or providers the SQL API route does not cover,
   *     INVALID for a widget that asks for something the statement cannot say, or the SQL API's
   *     failure
   */
  static ObjectNode compute(
      Connection c,
      SourceKind kind,
      String source,
      WidgetQuery query,
      Function<String, JsonNode> run) {
    if (kind != SourceKind.table && kind != SourceKind.query) {
      throw new BackendException(
          Kind.UNSUPPORTED,
          "Widget values of a "
              + kind
              + " dataset are not computed: the"
              + " SQL API reads tables and queries, not "
              + kind
              + "s. Point the widget at a table or query dataset of"
              + " the same data to get its values here; Builder computes them from the tiles.");
    }
    if (source == null || source.isBlank()) {
      throw new BackendException(Kind.INVALID, "The widget's dataset has no source.");
    }
    if (kind == SourceKind.table && !WarehouseSql.isTableName(source)) {
      throw new BackendException(
          Kind.INVALID,
          "The widget's dataset source is not a table name (letters, digits,"
              + " _ - $ and dots).");
    }
    WarehouseDialect dialect = WarehouseDialect.of(c.providerId());
    if (dialect == null) {
      throw new BackendException(
          Kind.UNSUPPORTED,
          "Widget values are computed for BigQuery, Snowflake, Redshift,"
              + " PostgreSQL and Databricks connections; connection '"
              + c.name()
              + "' is "
              + c.providerId()
              + ". Open the map in CARTO Builder to see them.");
    }
    WidgetStatement statement =
        new WidgetStatement(
            dialect, SourceStatistics.from(kind, source, dialect.providerId()), query);
    return WidgetValues.of(statement, run.apply(statement.sql()));
  }
}
