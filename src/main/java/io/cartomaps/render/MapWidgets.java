package io.cartomaps.render;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.backend.WidgetSource;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The values of a map's widgets ({@code keplerMapConfig.config.widgets}), computed by the profile's
 * data engine from each widget's dataset, so the full engine draws them as Builder's viewer does
 * and an agent can read them without looking at pixels. A widget whose value cannot be had carries
 * an {@code error} saying why instead. Values cover the whole dataset (as {@code global: true}); a
 * viewport-only widget gets a {@code note} saying so.
 */
public final class MapWidgets {

  /** Categories, table rows and scatter points a widget returns at most. */
  static final int CATEGORIES = 20;

  static final int TABLE_ROWS = 10;
  static final int SCATTER_POINTS = 2000;

  private MapWidgets() {}

  /**
   * One entry per widget, in the map's order, for a bundle whose SQL parameter defaults are already
   * applied.
   */
  public static List<ObjectNode> compute(JsonNode bundle, WidgetSource source) {
    List<ObjectNode> out = new ArrayList<>();
    ObjectNode config = BundleView.config(bundle);
    JsonNode widgets = config == null ? null : config.get("widgets");
    if (widgets == null || !widgets.isArray()) {
      return out;
    }
    List<ObjectNode> datasets = BundleView.datasets(bundle);
    for (JsonNode w : widgets) {
      if (w instanceof ObjectNode widget) {
        out.add(one(widget, datasets, source));
      }
    }
    return out;
  }

  /** Every widget with the same note, for maps whose data this program cannot query. */
  public static List<ObjectNode> unavailable(JsonNode bundle, String why) {
    List<ObjectNode> out = new ArrayList<>();
    ObjectNode config = BundleView.config(bundle);
    JsonNode widgets = config == null ? null : config.get("widgets");
    if (widgets != null && widgets.isArray()) {
      for (JsonNode w : widgets) {
        if (w instanceof ObjectNode widget) {
          out.add(head(widget).put("error", why));
        }
      }
    }
    return out;
  }

  private static ObjectNode one(ObjectNode widget, List<ObjectNode> datasets, WidgetSource source) {
    ObjectNode out = head(widget);
    WidgetQuery.Kind kind = WidgetQuery.Kind.of(Json.text(widget, "type"));
    if (kind == null) {
      return out.put(
          "error",
          "Widget type '"
              + Json.text(widget, "type")
              + "' is not one Builder draws (formula,"
              + " category, pie, histogram, range, timeseries, table, scatter).");
    }
    String ref = Json.text(widget, "dataSource");
    ObjectNode dataset = datasets.stream().filter(d -> matches(d, ref)).findFirst().orElse(null);
    if (dataset == null) {
      return out.put(
          "error",
          "dataSource '"
              + ref
              + "' names no dataset of this map; use \"$ref:<name>\" or a"
              + " dataset id.");
    }
    SourceKind sourceKind = SourceKind.of(Json.text(dataset, "type"));
    try {
      ObjectNode values =
          source.widget(
              Json.text(dataset, "connectionId"),
              sourceKind,
              Json.text(dataset, "source"),
              query(kind, widget));
      out.setAll(values);
      if (widget.path("global").isBoolean() && !widget.get("global").asBoolean()) {
        out.put("note", "computed over the whole dataset; Builder shows the rows in the viewport");
      }
    } catch (BackendException | IllegalArgumentException e) {
      out.put("error", e.getMessage());
    }
    return out;
  }

  static WidgetQuery query(WidgetQuery.Kind kind, ObjectNode w) {
    List<String> columns = new ArrayList<>();
    int rows = CATEGORIES;
    if (kind == WidgetQuery.Kind.TABLE) {
      for (JsonNode c : w.path("columns")) {
        String field = c.isString() ? c.asString() : Json.text(c, "field");
        if (field != null) {
          columns.add(field);
        }
      }
      rows =
          w.path("pageSize").isInt()
              ? Math.min(100, Math.max(1, w.get("pageSize").asInt()))
              : TABLE_ROWS;
    } else if (kind == WidgetQuery.Kind.SCATTER) {
      columns.add(Json.text(w, "xAxisColumn"));
      columns.add(Json.text(w, "yAxisColumn"));
      columns.removeIf(c -> c == null);
      rows = SCATTER_POINTS;
    }
    return new WidgetQuery(
        kind,
        Json.text(w, "column"),
        Json.text(w, "operation"),
        Json.text(w, "operationColumn"),
        Json.text(w, "operationExp"),
        w.path("buckets").asInt(20),
        number(w, "min"),
        number(w, "max"),
        Json.text(w, "stepSize"),
        w.path("stepMultiplier").asInt(1),
        Json.text(w, "orderBy"),
        columns,
        rows);
  }

  private static ObjectNode head(ObjectNode widget) {
    ObjectNode out = Json.object();
    for (String field :
        List.of("id", "type", "title", "operation", "column", "formatter", "chartType")) {
      JsonNode v = widget.get(field);
      if (v != null && !v.isNull()) {
        out.set(field, v);
      }
    }
    if (widget.get("columns") instanceof ArrayNode cols) {
      ArrayNode headers = out.putArray("headers");
      for (JsonNode c : cols) {
        String header = Json.text(c, "headerName");
        headers.add(header != null ? header : c.isString() ? c.asString() : Json.text(c, "field"));
      }
    }
    return out;
  }

  private static boolean matches(ObjectNode dataset, String ref) {
    if (ref == null) {
      return false;
    }
    String id = Json.text(dataset, "id");
    String name = Json.text(dataset, "$ref");
    return ref.equals(id) || (name != null && (ref.equals("$ref:" + name) || ref.equals(name)));
  }

  private static Double number(JsonNode w, String field) {
    JsonNode v = w.get(field);
    return v != null && v.isNumber() ? v.asDouble() : null;
  }
}
