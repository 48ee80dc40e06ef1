package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.backend.WidgetQuery.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL each widget kind sends through the SQL API, per warehouse, pinned in {@code
 * src/test/resources/widget-statements/<dialect>.sql} (rewrite them with {@code
 * -Dwidget.statements.write=true} after a deliberate change and read the diff).
 */
class WidgetStatementTest {

  static final Path PINNED = Path.of("src/test/resources/widget-statements");

  /** One widget of each kind, as MapWidgets reads them from a map. */
  static Map<String, WidgetQuery> widgets() {
    Map<String, WidgetQuery> out = new LinkedHashMap<>();
    out.put(
        "formula count",
        q(Kind.FORMULA, null, "count", null, 20, null, null, null, 1, List.of(), 20));
    out.put(
        "formula avg",
        q(Kind.FORMULA, "population", "avg", null, 20, null, null, null, 1, List.of(), 20));
    out.put(
        "formula custom",
        new WidgetQuery(
            Kind.FORMULA,
            null,
            "custom",
            null,
            "SUM(population) / COUNT(*);",
            20,
            null,
            null,
            null,
            1,
            null,
            List.of(),
            20));
    out.put(
        "category",
        q(Kind.CATEGORY, "country", "count", null, 20, null, null, null, 1, List.of(), 20));
    out.put(
        "pie", q(Kind.PIE, "continent", "sum", "area_km2", 20, null, null, null, 1, List.of(), 20));
    out.put(
        "histogram with bounds",
        q(
            Kind.HISTOGRAM,
            "population",
            "count",
            null,
            20,
            50000.0,
            2000000.0,
            null,
            1,
            List.of(),
            20));
    out.put(
        "histogram of the data",
        q(Kind.HISTOGRAM, "population", "sum", null, 5, null, null, null, 1, List.of(), 20));
    out.put(
        "range", q(Kind.RANGE, "area_km2", "count", null, 20, null, null, null, 1, List.of(), 20));
    out.put(
        "time series by week",
        q(Kind.TIMESERIES, "seen", "count", null, 20, null, null, "week", 1, List.of(), 20));
    out.put(
        "table",
        q(
            Kind.TABLE,
            null,
            "count",
            null,
            20,
            null,
            null,
            null,
            1,
            List.of("name", "population"),
            10));
    out.put(
        "scatter",
        q(
            Kind.SCATTER,
            null,
            "count",
            null,
            20,
            null,
            null,
            null,
            1,
            List.of("lat", "population"),
            2000));
    return out;
  }

  static WidgetQuery q(
      Kind kind,
      String column,
      String op,
      String opColumn,
      int buckets,
      Double min,
      Double max,
      String step,
      int multiplier,
      List<String> columns,
      int rows) {
    return new WidgetQuery(
        kind, column, op, opColumn, null, buckets, min, max, step, multiplier, null, columns, rows);
  }

  static String statements(WarehouseDialect d) {
    StringBuilder out = new StringBuilder();
    String table =
        SourceStatistics.from(SourceKind.table, "project.samples.places", d.providerId());
    String query =
        SourceStatistics.from(SourceKind.query, "SELECT * FROM samples.places;", d.providerId());
    widgets()
        .forEach(
            (name, w) ->
                out.append("-- ")
                    .append(name)
                    .append('\n')
                    .append(
                        new WidgetStatement(d, name.startsWith("table") ? query : table, w).sql())
                    .append(";\n\n"));
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(WarehouseDialect.class)
  void everyWidgetKindSendsThePinnedStatementForTheWarehouse(WarehouseDialect d)
      throws IOException {
    Path file = PINNED.resolve(d.name().toLowerCase(java.util.Locale.ROOT) + ".sql");
    String actual = statements(d);
    if (Boolean.getBoolean("widget.statements.write")) {
      Files.writeString(file, actual);
    }
    assertEquals(Files.readString(file), actual);
  }

  @Test
  void aTimeSeriesStepOutsideWhatWarehousesTruncateToIsRefused() {
    WidgetQuery w =
        q(Kind.TIMESERIES, "seen", "count", null, 20, null, null, "fortnight", 1, List.of(), 20);
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> new WidgetStatement(WarehouseDialect.POSTGRES, "t AS _src", w).sql());
    assertTrue(e.getMessage().contains("stepSize 'fortnight'"), e.getMessage());
  }

  @Test
  void aCustomExpressionWithASecondStatementIsRefused() {
    WidgetQuery w =
        new WidgetQuery(
            Kind.FORMULA,
            null,
            "custom",
            null,
            "COUNT(*); DROP TABLE t",
            20,
            null,
            null,
            null,
            1,
            null,
            List.of(),
            20);
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> new WidgetStatement(WarehouseDialect.BIGQUERY, "t AS _src", w).sql());
    assertEquals("operationExp must be one SQL expression; remove the ';'.", e.getMessage());
  }

  @Test
  void providersMapToTheirDialectAndOthersToNone() {
    assertEquals(WarehouseDialect.BIGQUERY, WarehouseDialect.of("carto_dw"));
    assertEquals(WarehouseDialect.DATABRICKS, WarehouseDialect.of("databricksRest"));
    assertEquals(WarehouseDialect.POSTGRES, WarehouseDialect.of("postgres"));
    assertEquals(null, WarehouseDialect.of("oracle"));
  }
}
