package io.cartomaps.backend;

import io.cartomaps.backend.DataProfile.ColumnStats;
import io.cartomaps.backend.DataProfile.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The statements behind {@link DataProfile}, in plain SQL every engine runs (COUNT, MIN, MAX, AVG,
 * COUNT DISTINCT, GROUP BY … LIMIT), and the assembly of their answers into the profile. The local
 * workspace and the CARTO backend differ only in how they quote names and run a statement, so both
 * give the same shape.
 *
 * @param from the source as a FROM item ({@code "samples"."places" AS q}, {@code (SELECT …) AS q})
 * @param columns the source's columns, at most {@link DataProfile#MAX_COLUMNS}
 * @param quote quotes a column name for the engine
 */
public record ProfileStatements(String from, List<Column> columns, UnaryOperator<String> quote) {

  /** Alias of the row count in {@link #aggregates()}. */
  public static final String ROWS = "n_rows";

  public ProfileStatements {
    columns =
        List.copyOf(
            columns.size() > DataProfile.MAX_COLUMNS
                ? columns.subList(0, DataProfile.MAX_COLUMNS)
                : columns);
  }

  /**
   * One row: the row count and, per column {@code i}, {@code c<i>_n}, {@code _min}, {@code _max},
   * {@code _avg}, {@code _d}.
   */
  public String aggregates() {
    StringBuilder sb = new StringBuilder("SELECT COUNT(*) AS ").append(ROWS);
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      String q = quote.apply(c.name());
      sb.append(", COUNT(").append(q).append(") AS c").append(i).append("_n");
      if (ordered(c)) {
        sb.append(", MIN(").append(q).append(") AS c").append(i).append("_min");
        sb.append(", MAX(").append(q).append(") AS c").append(i).append("_max");
      }
      if (c.type().equals("number")) {
        sb.append(", AVG(").append(q).append(") AS c").append(i).append("_avg");
      }
      if (counted(c)) {
        sb.append(", COUNT(DISTINCT ").append(q).append(") AS c").append(i).append("_d");
      }
    }
    return sb.append(" FROM ").append(from).toString();
  }

  /**
   * The text columns whose most frequent values are counted, each by {@link #topValues(Column)}.
   */
  public List<Column> topColumns() {
    return columns.stream()
        .filter(c -> c.type().equals("string"))
        .limit(DataProfile.MAX_TOP_COLUMNS)
        .toList();
  }

  /**
   * Rows {@code top_value, top_n} of the most frequent values of one column, most frequent first.
   */
  public String topValues(Column c) {
    String q = quote.apply(c.name());
    return "SELECT "
        + q
        + " AS top_value, COUNT(*) AS top_n FROM "
        + from
        + " WHERE "
        + q
        + " IS NOT NULL GROUP BY "
        + q
        + " ORDER BY top_n DESC LIMIT "
        + DataProfile.TOP_VALUES;
  }

  /** The first rows of the source. */
  public String sample() {
    return "SELECT * FROM " + from + " LIMIT " + DataProfile.SAMPLE_ROWS;
  }

  /**
   * The profile from the answers: the aggregate row, the top values by column name, and the sample
   * rows.
   */
  public DataProfile assemble(
      String source,
      JsonNode aggregates,
      Map<String, List<ValueCount>> top,
      List<ObjectNode> sampleRows) {
    long rows = aggregates.path(ROWS).asLong(0);
    List<ColumnStats> stats = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      String p = "c" + i;
      long nonNull = aggregates.path(p + "_n").asLong(0);
      Double mean =
          aggregates.path(p + "_avg").isNumber() ? aggregates.path(p + "_avg").asDouble() : null;
      Long distinct =
          counted(c) && aggregates.path(p + "_d").isNumber()
              ? aggregates.path(p + "_d").asLong()
              : null;
      stats.add(
          new ColumnStats(
              c.name(),
              c.type(),
              rows - nonNull,
              value(aggregates.get(p + "_min")),
              value(aggregates.get(p + "_max")),
              mean == null ? null : Math.round(mean * 1e4) / 1e4,
              distinct,
              top.get(c.name())));
    }
    List<ObjectNode> sample = new ArrayList<>();
    for (ObjectNode row :
        sampleRows.subList(0, Math.min(sampleRows.size(), DataProfile.SAMPLE_ROWS))) {
      ObjectNode kept = JsonNodeFactory.instance.objectNode();
      for (Column c : columns) {
        JsonNode v = row.get(c.name());
        kept.set(c.name(), c.type().equals("geometry") ? shortened(v) : value(v));
      }
      sample.add(kept);
    }
    return new DataProfile(source, rows, stats, sample);
  }

  /** A value as returned, text cut at {@link DataProfile#MAX_TEXT} characters; null stays null. */
  public static JsonNode value(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return null;
    }
    if (v.isString() && v.stringValue().length() > DataProfile.MAX_TEXT) {
      return JsonNodeFactory.instance.stringNode(
          v.stringValue().substring(0, DataProfile.MAX_TEXT - 1) + "…");
    }
    return v;
  }

  private static JsonNode shortened(JsonNode v) {
    if (v == null || v.isNull()) {
      return v;
    }
    String text = v.isString() ? v.stringValue() : v.toString();
    return value(JsonNodeFactory.instance.stringNode(text));
  }

  private static boolean ordered(Column c) {
    return switch (c.type()) {
      case "number", "date", "timestamp", "string" -> true;
      default -> false;
    };
  }

  private static boolean counted(Column c) {
    return c.type().equals("string") || c.type().equals("boolean");
  }
}
