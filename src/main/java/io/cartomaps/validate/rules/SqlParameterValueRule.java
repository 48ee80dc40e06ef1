package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * R22 (values): Category parameters offer at most 1000 values, and a single-select one has exactly
 * one selected value equal to its {@code defaultValue}, itself one of the values; DateRange bounds
 * are ISO dates in order.
 */
final class SqlParameterValueRule implements Rule {

  static final int MAX_CATEGORY_VALUES = 1000;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    int p = -1;
    for (JsonNode param : Nodes.elements(b.sqlParameters())) {
      p++;
      String type = Nodes.text(param, "type");
      if ("Category".equals(type)) {
        checkCategory(param, p, out);
      } else if ("DateRange".equals(type)) {
        checkDateRange(param, p, out);
      }
    }
  }

  private static void checkCategory(JsonNode param, int index, List<Finding> out) {
    String path = Pointer.of(Pointer.SQL_PARAMETERS, index);
    JsonNode values = Nodes.array(param, "values");
    if (values != null && values.size() > MAX_CATEGORY_VALUES) {
      out.add(
          RuleCode.SQL_CATEGORY_TOO_MANY_VALUES.at(
              path + "/values",
              "Category parameter offers "
                  + values.size()
                  + " values; the picker takes at most "
                  + MAX_CATEGORY_VALUES
                  + ".",
              "Keep the "
                  + MAX_CATEGORY_VALUES
                  + " most frequent values, or use a Numeric/DateRange parameter."));
    }
    if (!"single".equals(Nodes.text(param, "selectionMode"))) {
      return;
    }
    JsonNode selected = Nodes.get(Nodes.object(param, "item"), "value");
    JsonNode defaultValue = Nodes.get(param, "defaultValue");
    if (selected == null || !selected.isArray() || selected.size() != 1) {
      String where = Nodes.object(param, "item") == null ? "/item" : "/item/value";
      out.add(
          RuleCode.SQL_SINGLE_SELECT_INVALID.at(
              path + where,
              "A single-select Category needs item.value to hold exactly one value.",
              defaultValue != null && defaultValue.isString()
                  ? "Set \"item\": {\"value\": [\"" + defaultValue.stringValue() + "\"], …}."
                  : "Set item.value to a one-element array, e.g. [\""
                      + firstValue(values)
                      + "\"]."));
    }
    if (defaultValue == null || !defaultValue.isString()) {
      out.add(
          RuleCode.SQL_SINGLE_SELECT_INVALID.at(
              path + "/defaultValue",
              "A single-select Category needs a string defaultValue.",
              "Set \"defaultValue\": \"" + firstValue(values) + "\" (one of values)."));
      return;
    }
    String chosen = defaultValue.stringValue();
    if (values != null && !contains(values, chosen)) {
      out.add(
          RuleCode.SQL_SINGLE_SELECT_INVALID.at(
              path + "/defaultValue",
              "defaultValue '" + chosen + "' is not one of the parameter's values.",
              "Use one of values, e.g. \""
                  + firstValue(values)
                  + "\", or add '"
                  + chosen
                  + "' to values."));
    }
    if (selected != null && selected.isArray() && selected.size() == 1) {
      JsonNode only = selected.get(0);
      if (!only.isString() || !chosen.equals(only.stringValue())) {
        out.add(
            RuleCode.SQL_SINGLE_SELECT_INVALID.at(
                path + "/item/value/0",
                "The selected value differs from defaultValue '" + chosen + "'.",
                "Set \"item\": {\"value\": [\"" + chosen + "\"], …}."));
      }
    }
  }

  private static void checkDateRange(JsonNode param, int index, List<Finding> out) {
    LocalDate start = date(param, "start", index, out);
    LocalDate end = date(param, "end", index, out);
    if (start != null && end != null && end.isBefore(start)) {
      out.add(
          RuleCode.SQL_DATE_RANGE_REVERSED.at(
              Pointer.of(Pointer.SQL_PARAMETERS, index, "end", "value"),
              "The date range ends (" + end + ") before it starts (" + start + ").",
              "Swap the start and end values."));
    }
  }

  private static LocalDate date(JsonNode param, String bound, int index, List<Finding> out) {
    JsonNode value = Nodes.get(Nodes.object(param, bound), "value");
    if (value == null || value.isNull()) {
      return null;
    }
    String text = Nodes.text(value);
    if (text != null && ISO_DATE.matcher(text).matches()) {
      try {
        return LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        // falls through to the finding: a well-formed but impossible date such as 2024-02-30
      }
    }
    out.add(
        RuleCode.SQL_DATE_INVALID.at(
            Pointer.of(Pointer.SQL_PARAMETERS, index, bound, "value"),
            "DateRange " + bound + " " + Nodes.show(value) + " is not an ISO date YYYY-MM-DD.",
            "Write the date as \"YYYY-MM-DD\", e.g. \"2024-01-31\" (no time part)."));
    return null;
  }

  private static boolean contains(JsonNode values, String s) {
    for (JsonNode v : values.values()) {
      if (v.isString() && v.stringValue().equals(s)) {
        return true;
      }
    }
    return false;
  }

  private static String firstValue(JsonNode values) {
    if (values != null) {
      for (JsonNode v : values.values()) {
        if (v.isString()) {
          return v.stringValue();
        }
      }
    }
    return "<value>";
  }
}
