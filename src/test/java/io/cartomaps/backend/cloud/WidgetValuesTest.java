package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.backend.WidgetQuery.Kind;
import io.cartomaps.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL API rows become the local engine's shapes whatever the warehouse does with numbers and alias
 * case.
 */
class WidgetValuesTest {

  static String values(WidgetQuery w, WarehouseDialect d, String answer) {
    return Json.compact(
        WidgetValues.of(new WidgetStatement(d, "t AS _src", w), Json.parse(answer)));
  }

  static WidgetQuery q(
      Kind kind,
      String column,
      String op,
      int buckets,
      Double min,
      Double max,
      String step,
      int multiplier,
      List<String> columns,
      int rows) {
    return new WidgetQuery(
        kind, column, op, null, null, buckets, min, max, step, multiplier, null, columns, rows);
  }

  @Test
  void bigQueryNumbersSentAsStringsBecomeNumbers() {
    assertEquals(
        "{\"value\":2356857168}",
        values(
            q(Kind.FORMULA, "p", "sum", 20, null, null, null, 1, List.of(), 20),
            WarehouseDialect.BIGQUERY,
            "{\"rows\":[{\"w_value\":\"2356857168\"}]}"));
    assertEquals(
        "{\"value\":12.5}",
        values(
            q(Kind.FORMULA, "p", "avg", 20, null, null, null, 1, List.of(), 20),
            WarehouseDialect.BIGQUERY,
            "{\"rows\":[{\"w_value\":\"12.5\"}]}"));
  }

  @Test
  void snowflakeUpperCaseAliasesAreRead() {
    assertEquals(
        "{\"categories\":[{\"name\":\"Asia\",\"value\":54},{\"name\":\"Africa\",\"value\":50}],\"total\":3,"
            + "\"others\":4.0}",
        values(
            q(Kind.CATEGORY, "c", "count", 20, null, null, null, 1, List.of(), 2),
            WarehouseDialect.SNOWFLAKE,
            "{\"rows\":[{\"W_NAME\":\"Asia\",\"W_VALUE\":54,\"W_TOTAL\":3,\"W_ALL\":108},"
                + "{\"W_NAME\":\"Africa\",\"W_VALUE\":50,\"W_TOTAL\":3,\"W_ALL\":108}]}"));
  }

  @Test
  void histogramBucketsTheWarehouseLeftEmptyAreZeroAndItsBoundsComeFromTheRows() {
    assertEquals(
        "{\"min\":0.0,\"max\":10.0,\"bins\":[{\"start\":0.0,\"end\":5.0,\"value\":0},"
            + "{\"start\":5.0,\"end\":10.0,\"value\":7}]}",
        values(
            q(Kind.HISTOGRAM, "p", "count", 2, null, null, null, 1, List.of(), 20),
            WarehouseDialect.POSTGRES,
            "{\"rows\":[{\"w_bucket\":1,\"w_value\":7,\"w_lo\":0,\"w_hi\":10}]}"));
  }

  @Test
  void timeSeriesStepsMergeByTheMultiplierForCounts() {
    assertEquals(
        "{\"stepSize\":\"day\",\"steps\":[{\"start\":\"2024-01-01T00:00:00\",\"value\":3.0}]}",
        values(
            q(Kind.TIMESERIES, "t", "count", 20, null, null, "day", 2, List.of(), 20),
            WarehouseDialect.BIGQUERY,
            "{\"rows\":[{\"w_step\":{\"value\":\"2024-01-01T00:00:00\"},\"w_value\":1},"
                + "{\"w_step\":\"2024-01-02T00:00:00\",\"w_value\":\"2\"}]}"));
  }

  @Test
  void tableRowsFollowTheWidgetsColumnsAndTotalComesFromTheWindowCount() {
    assertEquals(
        "{\"columns\":[\"name\",\"pop\"],\"rows\":[[\"A\",1],[\"B\",null]],\"total\":40}",
        values(
            q(Kind.TABLE, null, "count", 20, null, null, null, 1, List.of("name", "pop"), 2),
            WarehouseDialect.DATABRICKS,
            "{\"rows\":[{\"name\":\"A\",\"pop\":1,\"w_total\":40},"
                + "{\"name\":\"B\",\"pop\":null,\"w_total\":40}]}"));
  }

  @Test
  void rangeAndScatterReadTheirAliases() {
    assertEquals(
        "{\"min\":1,\"max\":9}",
        values(
            q(Kind.RANGE, "p", "count", 20, null, null, null, 1, List.of(), 20),
            WarehouseDialect.REDSHIFT,
            "{\"rows\":[{\"w_lo\":1,\"w_hi\":\"9\"}]}"));
    assertEquals(
        "{\"points\":[[1.5,2]]}",
        values(
            q(Kind.SCATTER, null, "count", 20, null, null, null, 1, List.of("x", "y"), 20),
            WarehouseDialect.POSTGRES,
            "{\"rows\":[{\"w_x\":1.5,\"w_y\":2}]}"));
  }

  @Test
  void anAnswerWithoutRowsIsAFailureNotEmptyValues() {
    BackendException e =
        assertThrows(
            BackendException.class,
            () ->
                values(
                    q(Kind.FORMULA, null, "count", 20, null, null, null, 1, List.of(), 20),
                    WarehouseDialect.POSTGRES,
                    "{\"error\":\"x\"}"));
    assertEquals("CARTO's SQL API answered without rows.", e.getMessage());
  }
}
