package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * R5: h3/quadbin tables and queries drawn by a layer aggregate per cell through {@code
 * aggregationExp}. When it is missing, create composes it on most warehouses (hence a warning);
 * when present it must aggregate the columns the layers read, and must not use the {@code 1 AS
 * __aggregationValue} pattern that breaks Builder's /stats calls.
 */
final class AggregationExpRule implements Rule {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\b1\\s+as\\s+__aggregationvalue\\b", Pattern.CASE_INSENSITIVE);

  /** Layer aggregation names (long form) to SQL functions, for the suggested expression. */
  private static final Map<String, String> SQL =
      Map.of(
          "sum", "sum", "count", "count", "average", "avg", "avg", "avg", "maximum", "max", "max",
          "max", "minimum", "min", "min", "min");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (DatasetEntry d : b.datasets()) {
      String exp = Nodes.text(d.node(), "aggregationExp");
      if (exp != null && PLACEHOLDER.matcher(exp).find()) {
        out.add(
            RuleCode.AGGREGATION_VALUE_PLACEHOLDER.at(
                d.path("aggregationExp"),
                "aggregationExp of dataset "
                    + d.label()
                    + " contains '1 AS __aggregationValue'; Builder's /stats calls "
                    + "then fail with \"__aggregationvalue at [<col>]\".",
                "Aggregate real columns instead, e.g. \"count(*) as count, sum(x) as x_sum\"."));
      }
      if (!d.isTableOrQuery() || d.geoColumn() == null || !d.geoColumn().isSpatialIndex()) {
        continue;
      }
      List<LayerEntry> layers = b.layersOf(d);
      if (layers.isEmpty()) {
        continue;
      }
      JsonNode expNode = Nodes.get(d.node(), "aggregationExp");
      if (expNode == null || expNode.isNull() || (exp != null && exp.isBlank())) {
        out.add(
            RuleCode.AGGREGATION_EXP_MISSING.at(
                d.path("aggregationExp"),
                d.geoColumn().kindName()
                    + " dataset "
                    + d.label()
                    + " has no aggregationExp; create composes one on "
                    + "BigQuery, Snowflake, Postgres, Redshift and Databricks, and fails on other warehouses.",
                suggestedExpression(layers)));
        continue;
      }
      if (exp == null) {
        continue; // a value of the wrong type is the schema's to report
      }
      String lower = exp.toLowerCase(Locale.ROOT);
      for (LayerEntry l : layers) {
        for (Channels.Bound bound : Channels.bound(l)) {
          String column = bound.column();
          if (column.startsWith("_carto") || mentions(lower, column.toLowerCase(Locale.ROOT))) {
            continue;
          }
          out.add(
              RuleCode.AGGREGATION_EXP_MISSING_COLUMN.at(
                  l.path("visualChannels", bound.channel().field(), "name"),
                  l.label()
                      + " reads '"
                      + column
                      + "' but the aggregationExp of dataset "
                      + d.label()
                      + " never aggregates it.",
                  "Add e.g. \""
                      + sqlCall(bound.aggregation(), column)
                      + "\" to "
                      + d.path("aggregationExp")
                      + "."));
        }
      }
    }
  }

  /** True when {@code column} occurs in {@code expression} as a whole identifier. */
  static boolean mentions(String expression, String column) {
    for (int at = expression.indexOf(column); at >= 0; at = expression.indexOf(column, at + 1)) {
      int end = at + column.length();
      if ((at == 0 || !isIdentifierPart(expression.charAt(at - 1)))
          && (end == expression.length() || !isIdentifierPart(expression.charAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static String suggestedExpression(List<LayerEntry> layers) {
    Set<String> parts = new LinkedHashSet<>();
    for (LayerEntry l : layers) {
      for (Channels.Bound bound : Channels.bound(l)) {
        if (!bound.column().startsWith("_carto")) {
          parts.add(sqlCall(bound.aggregation(), bound.column()));
        }
      }
    }
    if (parts.isEmpty()) {
      return "Set \"aggregationExp\", e.g. \"count(*) as count\", or let create compose it on a supported warehouse.";
    }
    return "Set \"aggregationExp\": \""
        + String.join(", ", parts)
        + "\", or let create compose it.";
  }

  private static String sqlCall(String aggregation, String column) {
    String fn =
        aggregation == null ? "sum" : SQL.getOrDefault(aggregation.toLowerCase(Locale.ROOT), "sum");
    return fn + "(" + column + ") as " + column + "_" + fn;
  }
}
