package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.WidgetQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one SQL statement that computes a widget's values in a warehouse, over the dataset's source
 * as a FROM item ({@code <table> AS _src} or {@code (<query>) AS _src}). Result columns are named
 * {@code w_*} so that Snowflake's upper-cased aliases read back the same; what cannot be asked in
 * one statement comes from window functions ({@code COUNT(*) OVER ()}) or a joined one-row subquery
 * (a histogram's data bounds). Computed keys (bucket, step) are named in a derived table {@code _w}
 * that keeps the source's columns, so grouping is by a plain column in every dialect.
 */
record WidgetStatement(WarehouseDialect dialect, String from, WidgetQuery w) {

  static final Set<String> STEPS =
      Set.of("second", "minute", "hour", "day", "week", "month", "year");

  String sql() {
    return switch (w.kind()) {
      case FORMULA -> "SELECT " + aggregate() + " AS w_value FROM " + from;
      case CATEGORY, PIE -> categories();
      case HISTOGRAM -> histogram();
      case RANGE ->
          "SELECT MIN(" + column() + ") AS w_lo, MAX(" + column() + ") AS w_hi FROM " + from;
      case TIMESERIES ->
          "SELECT w_step, "
              + aggregate()
              + " AS w_value FROM (SELECT _src.*, "
              + dialect.truncate(step(), column())
              + " AS w_step FROM "
              + from
              + " WHERE "
              + column()
              + " IS NOT NULL) AS _w GROUP BY w_step ORDER BY w_step";
      case TABLE -> table();
      case SCATTER -> scatter();
    };
  }

  /** The time-series step, checked against the steps every warehouse truncates to. */
  String step() {
    String step = w.stepSize() == null ? "day" : w.stepSize().toLowerCase(Locale.ROOT);
    if (!STEPS.contains(step)) {
      throw invalid("stepSize '" + w.stepSize() + "' is not one of " + STEPS + ".");
    }
    return step;
  }

  private String categories() {
    String order =
        switch (w.orderBy() == null ? "frequency_desc" : w.orderBy()) {
          case "frequency_asc" -> "w_value ASC, w_name ASC";
          case "alphabetical_asc" -> "w_name ASC";
          case "alphabetical_desc" -> "w_name DESC";
          default -> "w_value DESC, w_name ASC";
        };
    String c = column();
    return "SELECT w_name, w_value, COUNT(*) OVER () AS w_total, SUM(w_value) OVER () AS w_all FROM (SELECT "
        + c
        + " AS w_name, "
        + aggregate()
        + " AS w_value FROM "
        + from
        + " GROUP BY "
        + c
        + ") AS _c ORDER BY "
        + order
        + " NULLS LAST LIMIT "
        + w.rows();
  }

  /**
   * Buckets of equal width between the widget's bounds or, where it has none, the data's (a joined
   * one-row subquery {@code _b}); the top bound falls in the last bucket. Arithmetic rather than
   * {@code WIDTH_BUCKET}, which BigQuery lacks.
   */
  private String histogram() {
    String c = column();
    boolean needsBounds = w.min() == null || w.max() == null;
    String lo = w.min() != null ? literal(w.min()) : "_b.w_lo";
    String hi = w.max() != null ? literal(w.max()) : "_b.w_hi";
    int n = w.buckets();
    String bucket =
        "CASE WHEN "
            + hi
            + " > "
            + lo
            + " THEN LEAST("
            + (n - 1)
            + ", "
            + dialect.asInt(
                "FLOOR(("
                    + dialect.asDouble(c)
                    + " - "
                    + lo
                    + ") / (("
                    + dialect.asDouble(hi)
                    + " - "
                    + lo
                    + ") / "
                    + n
                    + "))")
            + ") ELSE 0 END";
    return "SELECT w_bucket, "
        + aggregate()
        + " AS w_value, MIN(w_lo) AS w_lo, MIN(w_hi) AS w_hi FROM (SELECT"
        + " _src.*, "
        + bucket
        + " AS w_bucket, "
        + lo
        + " AS w_lo, "
        + hi
        + " AS w_hi FROM "
        + from
        + (needsBounds
            ? " CROSS JOIN (SELECT MIN("
                + c
                + ") AS w_lo, MAX("
                + c
                + ") AS w_hi FROM "
                + from
                + ") AS _b"
            : "")
        + " WHERE "
        + c
        + " >= "
        + lo
        + " AND "
        + c
        + " <= "
        + hi
        + ") AS _w GROUP BY w_bucket ORDER BY w_bucket";
  }

  private String table() {
    if (w.columns().isEmpty()) {
      throw invalid("A table widget needs columns: [{\"field\": \"name\"}, …].");
    }
    List<String> cols = new ArrayList<>();
    for (String f : w.columns()) {
      cols.add(column(f, "columns[].field"));
    }
    return "SELECT "
        + String.join(", ", cols)
        + ", COUNT(*) OVER () AS w_total FROM "
        + from
        + " LIMIT "
        + w.rows();
  }

  private String scatter() {
    if (w.columns().size() != 2) {
      throw invalid("A scatter widget needs two columns: xAxisColumn and yAxisColumn.");
    }
    String x = column(w.columns().get(0), "xAxisColumn");
    String y = column(w.columns().get(1), "yAxisColumn");
    return "SELECT "
        + x
        + " AS w_x, "
        + y
        + " AS w_y FROM "
        + from
        + " WHERE "
        + x
        + " IS NOT NULL AND "
        + y
        + " IS NOT NULL LIMIT "
        + w.rows();
  }

  /** The aggregate of the widget's operation; custom is the widget's own single SQL expression. */
  private String aggregate() {
    String col = w.operationColumn();
    return switch (w.operation()) {
      case "count" -> "COUNT(*)";
      case "sum" -> "SUM(" + column(col, "column") + ")";
      case "avg", "average" -> "AVG(" + dialect.asDouble(column(col, "column")) + ")";
      case "min", "minimum" -> "MIN(" + column(col, "column") + ")";
      case "max", "maximum" -> "MAX(" + column(col, "column") + ")";
      case "custom" -> "(" + customExpression() + "\n)";
      default ->
          throw invalid(
              "operation '" + w.operation() + "' is not count, sum, avg, min, max or custom.");
    };
  }

  private String customExpression() {
    String exp = w.operationExp() == null ? "" : w.operationExp().strip();
    while (exp.endsWith(";")) {
      exp = exp.substring(0, exp.length() - 1).strip();
    }
    if (exp.isEmpty()) {
      throw invalid(
          "operation custom needs operationExp, an aggregate SQL expression such as SUM(a) / SUM(b).");
    }
    if (exp.contains(";")) {
      throw invalid("operationExp must be one SQL expression; remove the ';'.");
    }
    return exp;
  }

  private String column() {
    return column(w.column(), "column");
  }

  private String column(String name, String field) {
    if (name == null || name.isBlank()) {
      throw invalid("The widget has no " + field + " to read.");
    }
    return dialect.column(name);
  }

  private static String literal(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }
}
