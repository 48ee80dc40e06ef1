package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.json.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One widget's values as SQL over a dataset source's FROM item, the same item (and read-only
 * connection) the source's own rows are read through, so a widget sees exactly the rows the map
 * draws.
 */
final class WidgetSql {

  private static final Set<String> STEPS =
      Set.of("second", "minute", "hour", "day", "week", "month", "year");

  private final Connection c;
  private final SourceSql source;
  private final WidgetQuery w;

  private WidgetSql(Connection c, SourceSql source, WidgetQuery w) {
    this.c = c;
    this.source = source;
    this.w = w;
  }

  static ObjectNode run(Connection c, SourceSql source, WidgetQuery w) throws SQLException {
    return new WidgetSql(c, source, w).values();
  }

  private ObjectNode values() throws SQLException {
    checkColumns();
    return switch (w.kind()) {
      case FORMULA -> formula();
      case CATEGORY, PIE -> categories();
      case HISTOGRAM -> histogram();
      case RANGE -> range();
      case TIMESERIES -> timeSeries();
      case TABLE -> table();
      case SCATTER -> scatter();
    };
  }

  private ObjectNode formula() throws SQLException {
    List<Object[]> rows = query("SELECT " + aggregate(w.column()) + " FROM " + source.fromItem());
    ObjectNode out = Json.object();
    out.set("value", Json.MAPPER.valueToTree(number(rows.get(0)[0])));
    return out;
  }

  private ObjectNode categories() throws SQLException {
    String col = column(w.column(), "column");
    String order =
        switch (w.orderBy() == null ? "frequency_desc" : w.orderBy()) {
          case "frequency_asc" -> "2 ASC, 1 ASC";
          case "alphabetical_asc" -> "1 ASC";
          case "alphabetical_desc" -> "1 DESC";
          default -> "2 DESC, 1 ASC";
        };
    List<Object[]> rows =
        query(
            "SELECT "
                + col
                + ", "
                + aggregate(w.operationColumn())
                + " FROM "
                + source.fromItem()
                + " GROUP BY "
                + col
                + " ORDER BY "
                + order
                + " NULLS LAST");
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("categories");
    double others = 0;
    int otherCount = 0;
    for (int i = 0; i < rows.size(); i++) {
      Object[] r = rows.get(i);
      if (i < w.rows()) {
        ObjectNode cat = list.addObject();
        cat.put("name", r[0] == null ? null : String.valueOf(r[0]));
        cat.set("value", Json.MAPPER.valueToTree(number(r[1])));
      } else if (r[1] instanceof Number n) {
        others += n.doubleValue();
        otherCount++;
      }
    }
    out.put("total", rows.size());
    if (otherCount > 0 && (w.operation().equals("count") || w.operation().equals("sum"))) {
      out.put("others", others);
    }
    return out;
  }

  private ObjectNode histogram() throws SQLException {
    String col = column(w.column(), "column");
    double lo;
    double hi;
    if (w.min() != null && w.max() != null) {
      lo = w.min();
      hi = w.max();
    } else {
      Object[] r =
          query("SELECT MIN(" + col + "), MAX(" + col + ") FROM " + source.fromItem()).get(0);
      lo = w.min() != null ? w.min() : r[0] instanceof Number n ? n.doubleValue() : 0;
      hi = w.max() != null ? w.max() : r[1] instanceof Number n ? n.doubleValue() : 0;
    }
    int buckets = w.buckets();
    double width = hi > lo ? (hi - lo) / buckets : 1;
    String bin =
        "LEAST("
            + (buckets - 1)
            + ", CAST(FLOOR(("
            + col
            + " - ("
            + lo
            + ")) / "
            + width
            + ") AS INT))";
    List<Object[]> rows =
        query(
            "SELECT "
                + bin
                + " AS b, "
                + aggregate(w.operationColumn())
                + " FROM "
                + source.fromItem()
                + " WHERE "
                + col
                + " >= "
                + lo
                + " AND "
                + col
                + " <= "
                + hi
                + " GROUP BY b");
    Object[] values = new Object[buckets];
    for (Object[] r : rows) {
      values[((Number) r[0]).intValue()] = number(r[1]);
    }
    ObjectNode out = Json.object();
    out.put("min", lo);
    out.put("max", hi);
    ArrayNode bins = out.putArray("bins");
    for (int i = 0; i < buckets; i++) {
      ObjectNode b = bins.addObject();
      b.put("start", lo + i * width);
      b.put("end", i == buckets - 1 ? hi : lo + (i + 1) * width);
      b.set("value", Json.MAPPER.valueToTree(values[i] == null ? 0 : values[i]));
    }
    return out;
  }

  private ObjectNode range() throws SQLException {
    String col = column(w.column(), "column");
    Object[] r =
        query("SELECT MIN(" + col + "), MAX(" + col + ") FROM " + source.fromItem()).get(0);
    ObjectNode out = Json.object();
    out.set("min", Json.MAPPER.valueToTree(number(r[0])));
    out.set("max", Json.MAPPER.valueToTree(number(r[1])));
    return out;
  }

  private ObjectNode timeSeries() throws SQLException {
    String col = column(w.column(), "column");
    String step = w.stepSize() == null ? "day" : w.stepSize().toLowerCase(Locale.ROOT);
    if (!STEPS.contains(step)) {
      throw invalid("stepSize '" + w.stepSize() + "' is not one of " + STEPS + ".");
    }
    String truncated = "DATE_TRUNC('" + step.toUpperCase(Locale.ROOT) + "', " + col + ")";
    List<Object[]> rows =
        query(
            "SELECT "
                + truncated
                + " AS t, "
                + aggregate(w.operationColumn())
                + " FROM "
                + source.fromItem()
                + " WHERE "
                + col
                + " IS NOT NULL GROUP BY t ORDER BY t");
    ObjectNode out = Json.object();
    out.put("stepSize", step);
    ArrayNode steps = out.putArray("steps");
    int per = w.stepMultiplier();
    boolean additive = Set.of("count", "sum").contains(w.operation());
    for (int i = 0; i < rows.size(); i += per) {
      ObjectNode s = steps.addObject();
      s.put("start", time(rows.get(i)[0]));
      if (per == 1 || !additive) {
        s.set("value", Json.MAPPER.valueToTree(number(rows.get(i)[1])));
      } else {
        double sum = 0;
        for (int j = i; j < Math.min(rows.size(), i + per); j++) {
          sum += rows.get(j)[1] instanceof Number n ? n.doubleValue() : 0;
        }
        s.put("value", sum);
      }
    }
    if (per > 1 && !additive) {
      out.put(
          "note",
          "stepMultiplier "
              + per
              + " merges steps only for count and sum; each value is the first"
              + " step's "
              + w.operation()
              + ".");
    }
    return out;
  }

  private ObjectNode table() throws SQLException {
    if (w.columns().isEmpty()) {
      throw invalid("A table widget needs columns: [{\"field\": \"name\"}, …].");
    }
    List<String> cols = new ArrayList<>();
    for (String f : w.columns()) {
      cols.add(column(f, "columns[].field"));
    }
    ObjectNode out = Json.object();
    ArrayNode names = out.putArray("columns");
    w.columns().forEach(names::add);
    ArrayNode rows = out.putArray("rows");
    for (Object[] r :
        query(
            "SELECT "
                + String.join(", ", cols)
                + " FROM "
                + source.fromItem()
                + " LIMIT "
                + w.rows())) {
      ArrayNode row = rows.addArray();
      for (Object v : r) {
        row.add(Json.MAPPER.valueToTree(plain(v)));
      }
    }
    out.set(
        "total",
        Json.MAPPER.valueToTree(
            number(query("SELECT COUNT(*) FROM " + source.fromItem()).get(0)[0])));
    return out;
  }

  private ObjectNode scatter() throws SQLException {
    if (w.columns().size() != 2) {
      throw invalid("A scatter widget needs two columns: xAxisColumn and yAxisColumn.");
    }
    String x = column(w.columns().get(0), "xAxisColumn");
    String y = column(w.columns().get(1), "yAxisColumn");
    ObjectNode out = Json.object();
    ArrayNode points = out.putArray("points");
    for (Object[] r :
        query(
            "SELECT "
                + x
                + ", "
                + y
                + " FROM "
                + source.fromItem()
                + " WHERE "
                + x
                + " IS NOT NULL AND "
                + y
                + " IS NOT NULL LIMIT "
                + w.rows())) {
      ArrayNode p = points.addArray();
      p.add(Json.MAPPER.valueToTree(number(r[0])));
      p.add(Json.MAPPER.valueToTree(number(r[1])));
    }
    return out;
  }

  /** Names a column the source lacks, with the ones it has, before any query runs. */
  private void checkColumns() throws SQLException {
    List<String> wanted = new ArrayList<>(w.columns());
    if (w.kind() != WidgetQuery.Kind.TABLE && w.kind() != WidgetQuery.Kind.SCATTER) {
      if (w.kind() != WidgetQuery.Kind.FORMULA || !w.operation().equals("count")) {
        wanted.add(w.column());
      }
      if (!w.operation().equals("count") && !w.operation().equals("custom")) {
        wanted.add(w.operationColumn());
      }
    }
    List<String> have = source.columns(c).stream().map(SourceColumn::name).toList();
    for (String name : wanted) {
      if (name != null && !have.contains(name)) {
        throw invalid(
            "The widget reads column '"
                + name
                + "', which its dataset does not return; it returns "
                + String.join(", ", have)
                + ".");
      }
    }
  }

  /**
   * The aggregate of the widget's operation over {@code col}; custom is the widget's own SQL
   * expression.
   */
  private String aggregate(String col) {
    return switch (w.operation()) {
      case "count" -> "COUNT(*)";
      case "sum" -> "SUM(" + column(col, "column") + ")";
      case "avg", "average" -> "AVG(CAST(" + column(col, "column") + " AS DOUBLE PRECISION))";
      case "min", "minimum" -> "MIN(" + column(col, "column") + ")";
      case "max", "maximum" -> "MAX(" + column(col, "column") + ")";
      case "custom" -> {
        String exp =
            w.operationExp() == null ? "" : SqlText.withoutTrailing(w.operationExp()).strip();
        if (exp.isEmpty()) {
          throw invalid(
              "operation custom needs operationExp, an aggregate SQL expression such as SUM(a) / SUM(b).");
        }
        yield "(" + exp + "\n)";
      }
      default ->
          throw invalid(
              "operation '" + w.operation() + "' is not count, sum, avg, min, max or custom.");
    };
  }

  private static String column(String name, String field) {
    if (name == null || name.isBlank()) {
      throw invalid("The widget has no " + field + " to read.");
    }
    return "q." + SqlNames.quote(name);
  }

  private List<Object[]> query(String sql) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setQueryTimeout(SourceSql.QUERY_TIMEOUT_SECONDS);
      try (ResultSet rs = ps.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        List<Object[]> out = new ArrayList<>();
        while (rs.next()) {
          Object[] row = new Object[n];
          for (int i = 0; i < n; i++) {
            row[i] = rs.getObject(i + 1);
          }
          out.add(row);
        }
        return out;
      }
    }
  }

  /** A JSON-friendly number: integers stay integers, others become doubles; null stays null. */
  private static Object number(Object v) {
    if (v instanceof BigInteger
        || v instanceof Long
        || v instanceof Integer
        || v instanceof Short) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigDecimal d) {
      return d.scale() <= 0 || d.stripTrailingZeros().scale() <= 0
          ? (Object) d.longValue()
          : d.doubleValue();
    }
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    return plain(v);
  }

  private static Object plain(Object v) {
    if (v == null || v instanceof Number || v instanceof Boolean || v instanceof String) {
      return v instanceof BigDecimal d ? d.doubleValue() : v;
    }
    if (v instanceof Timestamp
        || v instanceof LocalDateTime
        || v instanceof LocalDate
        || v instanceof OffsetDateTime
        || v instanceof Date) {
      return time(v);
    }
    return String.valueOf(v);
  }

  private static String time(Object v) {
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof Date d) {
      return d.toLocalDate().toString();
    }
    return String.valueOf(v);
  }

  private static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }
}
