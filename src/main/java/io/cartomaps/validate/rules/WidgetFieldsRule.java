package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * R10–R12: each widget kind needs its fields (histogram {@code buckets}, category/pie/timeseries
 * {@code operationColumn}, table {@code columns} as objects …) and {@code isValid: true}, or
 * Builder hides it.
 */
final class WidgetFieldsRule implements Rule {

  /**
   * Fields each kind needs besides {@code dataSource}; formula needs {@code column} unless it
   * counts.
   */
  private static final Map<String, List<String>> REQUIRED =
      Map.of(
          "formula", List.of("operation"),
          "category", List.of("column", "operation", "operationColumn"),
          "pie", List.of("column", "operation", "operationColumn"),
          "histogram", List.of("column", "operation", "buckets"),
          "range", List.of("column", "operation"),
          "timeseries", List.of("column", "operation", "operationColumn", "stepSize", "chartType"),
          "table", List.of("columns"));

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (WidgetEntry w : b.widgets()) {
      if (!w.node().isObject()) {
        continue;
      }
      if (Nodes.isMissing(w.node(), "dataSource")) {
        missing(w, "dataSource", "\"$ref:<dataset>\"", out);
      }
      if (!Nodes.isTrue(w.node(), "isValid")) {
        out.add(
            RuleCode.WIDGET_NOT_VALID.at(
                w.path("isValid"),
                w.label() + " is not marked \"isValid\": true, so Builder hides it.",
                "Set \"isValid\": true."));
      }
      List<String> required = w.type() == null ? null : REQUIRED.get(w.type());
      if (required == null) {
        continue;
      }
      for (String field : required) {
        if (Nodes.isMissing(w.node(), field)) {
          missing(w, field, example(w, field), out);
        }
      }
      String operation = Nodes.text(w.node(), "operation");
      if (w.type().equals("formula")
          && operation != null
          && !operation.equals("count")
          && Nodes.isMissing(w.node(), "column")) {
        missing(w, "column", "the column to " + operation, out);
      }
      if ("custom".equals(operation) && Nodes.isMissing(w.node(), "operationExp")) {
        missing(w, "operationExp", "a SQL aggregate expression, e.g. \"sum(a) / sum(b)\"", out);
      }
      checkValues(w, out);
    }
  }

  private static void checkValues(WidgetEntry w, List<Finding> out) {
    JsonNode buckets = Nodes.get(w.node(), "buckets");
    if (w.type().equals("histogram") && buckets != null && buckets.isNumber()) {
      Integer n = Nodes.integer(w.node(), "buckets");
      if (n == null || n < 1) {
        out.add(
            RuleCode.WIDGET_FIELD_INVALID.at(
                w.path("buckets"),
                "Histogram "
                    + w.label()
                    + " has buckets "
                    + Nodes.show(buckets)
                    + "; it must be a positive whole number.",
                "Use \"buckets\": 30 (Builder's default)."));
      }
    }
    if (w.type().equals("timeseries") && "quarter".equals(Nodes.text(w.node(), "stepSize"))) {
      out.add(
          RuleCode.WIDGET_FIELD_INVALID.at(
              w.path("stepSize"),
              "Time series "
                  + w.label()
                  + " uses stepSize 'quarter', which Builder does not offer.",
              "Use \"stepSize\": \"month\" with \"stepMultiplier\": 3."));
    }
    if (w.type().equals("table")) {
      int i = 0;
      for (JsonNode column : Nodes.elements(Nodes.array(w.node(), "columns"))) {
        if (column.isString()) {
          out.add(
              RuleCode.WIDGET_TABLE_COLUMNS_NOT_OBJECTS.at(
                  w.path("columns", i),
                  "Table "
                      + w.label()
                      + " lists column '"
                      + column.stringValue()
                      + "' as a string.",
                  "Write {\"field\": \"" + column.stringValue() + "\"}."));
        } else if (column.isObject() && Nodes.isMissing(column, "field")) {
          out.add(
              RuleCode.WIDGET_TABLE_COLUMNS_NOT_OBJECTS.at(
                  w.path("columns", i, "field"),
                  "Table " + w.label() + " has a column without \"field\".",
                  "Write {\"field\": \"<column>\", \"headerName\": \"<label>\"}."));
        }
        i++;
      }
    }
  }

  private static void missing(WidgetEntry w, String field, String example, List<Finding> out) {
    String kind = w.type() == null ? "A widget" : "A " + w.type() + " widget";
    out.add(
        RuleCode.WIDGET_MISSING_FIELD.at(
            w.path(field),
            kind + " needs \"" + field + "\"; " + w.label() + " has none.",
            "Set \"" + field + "\" to " + example + "."));
  }

  private static String example(WidgetEntry w, String field) {
    return switch (field) {
      case "column" -> "the column the widget summarises";
      case "operation" -> "one of count, sum, avg, min, max, custom";
      case "operationColumn" -> {
        String column = Nodes.nonBlank(w.node(), "column");
        yield column != null
            ? "\"" + column + "\" (the column itself when counting)"
            : "the column to aggregate";
      }
      case "buckets" -> "a positive whole number, e.g. 30";
      case "stepSize" -> "one of second, minute, hour, day, week, month, year";
      case "chartType" -> "one of line, area, bar";
      case "columns" -> "a list of objects like [{\"field\": \"name\", \"headerName\": \"Name\"}]";
      default -> "a value";
    };
  }
}
