package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The SQL API's rows for a {@link WidgetStatement}, in the shapes the local engine answers (see
 * {@link io.cartomaps.backend.WidgetSource}). Warehouses send big numbers as strings (BigQuery's
 * INT64 and NUMERIC) and Snowflake upper-cases aliases, so numbers are read from either and keys
 * without regard to case.
 */
final class WidgetValues {

  private WidgetValues() {}

  /**
   * @param answer the SQL API's JSON, {@code {rows: [...]}}
   * @throws BackendException UNAVAILABLE when the answer has no rows array
   */
  static ObjectNode of(WidgetStatement s, JsonNode answer) {
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE, "CARTO's SQL API answered without rows.");
    }
    List<ObjectNode> rows = new ArrayList<>();
    items.forEach(r -> rows.add(lowerKeys(r)));
    WidgetQuery w = s.w();
    return switch (w.kind()) {
      case FORMULA -> Json.object().set("value", number(first(rows).get("w_value")));
      case CATEGORY, PIE -> categories(w, rows);
      case HISTOGRAM -> histogram(w, rows);
      case RANGE -> range(first(rows));
      case TIMESERIES -> timeSeries(w, s.step(), rows);
      case TABLE -> table(w, rows);
      case SCATTER -> scatter(rows);
    };
  }

  private static ObjectNode categories(WidgetQuery w, List<ObjectNode> rows) {
    ObjectNode out = Json.object();
    ArrayNode list = out.putArray("categories");
    double shown = 0;
    for (ObjectNode r : rows) {
      ObjectNode cat = list.addObject();
      JsonNode name = text(r.get("w_name"));
      cat.set("name", name);
      JsonNode v = number(r.get("w_value"));
      cat.set("value", v);
      shown += v.isNumber() ? v.asDouble() : 0;
    }
    long total = rows.isEmpty() ? 0 : number(rows.get(0).get("w_total")).asLong();
    out.put("total", total);
    JsonNode all = rows.isEmpty() ? null : number(rows.get(0).get("w_all"));
    if (total > rows.size()
        && all != null
        && all.isNumber()
        && Set.of("count", "sum").contains(w.operation())) {
      out.put("others", all.asDouble() - shown);
    }
    return out;
  }

  private static ObjectNode histogram(WidgetQuery w, List<ObjectNode> rows) {
    double lo =
        w.min() != null ? w.min() : rows.isEmpty() ? 0 : number(rows.get(0).get("w_lo")).asDouble();
    double hi =
        w.max() != null ? w.max() : rows.isEmpty() ? 0 : number(rows.get(0).get("w_hi")).asDouble();
    int buckets = w.buckets();
    double width = hi > lo ? (hi - lo) / buckets : 1;
    JsonNode[] values = new JsonNode[buckets];
    for (ObjectNode r : rows) {
      int b = number(r.get("w_bucket")).asInt();
      if (b >= 0 && b < buckets) {
        values[b] = number(r.get("w_value"));
      }
    }
    ObjectNode out = Json.object();
    out.put("min", lo);
    out.put("max", hi);
    ArrayNode bins = out.putArray("bins");
    for (int i = 0; i < buckets; i++) {
      ObjectNode b = bins.addObject();
      b.put("start", lo + i * width);
      b.put("end", i == buckets - 1 ? hi : lo + (i + 1) * width);
      if (values[i] == null || values[i].isNull()) {
        b.put("value", 0);
      } else {
        b.set("value", values[i]);
      }
    }
    return out;
  }

  private static ObjectNode range(ObjectNode row) {
    ObjectNode out = Json.object();
    out.set("min", number(row.get("w_lo")));
    out.set("max", number(row.get("w_hi")));
    return out;
  }

  private static ObjectNode timeSeries(WidgetQuery w, String step, List<ObjectNode> rows) {
    ObjectNode out = Json.object();
    out.put("stepSize", step);
    ArrayNode steps = out.putArray("steps");
    int per = w.stepMultiplier();
    boolean additive = Set.of("count", "sum").contains(w.operation());
    for (int i = 0; i < rows.size(); i += per) {
      ObjectNode s = steps.addObject();
      s.set("start", text(rows.get(i).get("w_step")));
      if (per == 1 || !additive) {
        s.set("value", number(rows.get(i).get("w_value")));
      } else {
        double sum = 0;
        for (int j = i; j < Math.min(rows.size(), i + per); j++) {
          JsonNode v = number(rows.get(j).get("w_value"));
          sum += v.isNumber() ? v.asDouble() : 0;
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

  private static ObjectNode table(WidgetQuery w, List<ObjectNode> rows) {
    ObjectNode out = Json.object();
    ArrayNode names = out.putArray("columns");
    w.columns().forEach(names::add);
    ArrayNode list = out.putArray("rows");
    for (ObjectNode r : rows) {
      ArrayNode row = list.addArray();
      for (String c : w.columns()) {
        JsonNode v = r.get(c.toLowerCase(Locale.ROOT));
        row.add(
            v == null
                ? Json.MAPPER.nullNode()
                : v.isObject() && v.has("value") ? v.get("value") : v);
      }
    }
    out.set(
        "total", rows.isEmpty() ? Json.MAPPER.valueToTree(0) : number(rows.get(0).get("w_total")));
    return out;
  }

  private static ObjectNode scatter(List<ObjectNode> rows) {
    ObjectNode out = Json.object();
    ArrayNode points = out.putArray("points");
    for (ObjectNode r : rows) {
      points.addArray().add(number(r.get("w_x"))).add(number(r.get("w_y")));
    }
    return out;
  }

  private static ObjectNode first(List<ObjectNode> rows) {
    return rows.isEmpty() ? Json.object() : rows.get(0);
  }

  /**
   * A number from a JSON number or a numeric string; integers stay integers; anything else is null.
   */
  static JsonNode number(JsonNode v) {
    if (v == null || v.isNull()) {
      return Json.MAPPER.nullNode();
    }
    if (v.isNumber()) {
      return v.isIntegralNumber()
          ? Json.MAPPER.valueToTree(v.asLong())
          : Json.MAPPER.valueToTree(v.asDouble());
    }
    if (v.isString()) {
      try {
        BigDecimal d = new BigDecimal(v.asString().strip());
        boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        return whole && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
            ? Json.MAPPER.valueToTree(d.longValue())
            : Json.MAPPER.valueToTree(d.doubleValue());
      } catch (NumberFormatException e) {
        return Json.MAPPER.nullNode();
      }
    }
    return Json.MAPPER.nullNode();
  }

  /** A category name or time as text; BigQuery wraps some times as {@code {"value": …}}. */
  private static JsonNode text(JsonNode v) {
    if (v == null || v.isNull()) {
      return Json.MAPPER.nullNode();
    }
    if (v.isObject() && v.has("value")) {
      return text(v.get("value"));
    }
    return Json.MAPPER.valueToTree(v.isString() ? v.asString() : v.toString());
  }

  /** Snowflake answers unquoted aliases in upper case. */
  private static ObjectNode lowerKeys(JsonNode row) {
    ObjectNode out = Json.object();
    row.properties().forEach(e -> out.set(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    return out;
  }
}
