package io.cartomaps.validate.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Every place a bundle reads a column of a dataset, each with the JSON Pointer of the field that
 * names it: layer channels and text labels, tooltip fields, popup fields and template placeholders,
 * widget columns and SQL parameter columns. Tier-2 checks each against the columns the dataset's
 * source really returns.
 */
public final class FieldUses {

  /**
   * One read of a column.
   *
   * @param dataset index of the dataset in {@code datasets[]}
   * @param column the column name as written
   * @param path JSON Pointer of the field that names it
   * @param usedBy who reads it, for messages: {@code layer 'cities' (sizeField)}
   * @param reader what kind of part reads it: {@code layer}, {@code tooltip}, {@code popup}, {@code
   *     widget} or {@code sql_parameter}
   * @param readerId the id of that part ({@code L1}, {@code L1/click} for a popup side, {@code
   *     w1}), or null
   */
  public record Use(
      int dataset, String column, String path, String usedBy, String reader, String readerId) {}

  private static final List<String> SIDES = List.of("hover", "click");
  private static final List<String> WIDGET_KEYS =
      List.of("column", "operationColumn", "splitByCategory", "xAxis", "yAxis", "x", "y");

  private FieldUses() {}

  /**
   * The column reads of {@code bundle}, in bundle order; reads of unresolved datasets are left out.
   */
  public static List<Use> of(JsonNode bundle) {
    IndexedBundle b = IndexedBundle.of(bundle);
    List<Use> out = new ArrayList<>();
    JsonNode popups = Nodes.object(Nodes.object(b.config(), "popupSettings"), "layers");
    JsonNode tooltip =
        Nodes.object(
            Nodes.object(
                Nodes.object(Nodes.object(b.visState(), "interactionConfig"), "tooltip"), "config"),
            "fieldsToShow");
    for (LayerEntry l : b.layers()) {
      if (l.dataset() == null) {
        continue;
      }
      int d = l.dataset().index();
      for (Map.Entry<String, JsonNode> e : Nodes.fields(l.visualChannels())) {
        String column = e.getKey().endsWith("Field") ? Nodes.nonBlank(e.getValue(), "name") : null;
        if (column != null) {
          out.add(
              new Use(
                  d,
                  column,
                  l.path("visualChannels", e.getKey(), "name"),
                  l.label() + " (" + e.getKey() + ")",
                  "layer",
                  l.id()));
        }
      }
      int i = 0;
      for (JsonNode label : Nodes.elements(Nodes.array(l.config(), "textLabel"))) {
        String column = Nodes.nonBlank(Nodes.object(label, "field"), "name");
        if (column != null) {
          out.add(
              new Use(
                  d,
                  column,
                  l.path("config", "textLabel", i, "field", "name"),
                  l.label() + " (text label)",
                  "layer",
                  l.id()));
        }
        i++;
      }
      if (l.id() != null) {
        popups(l, d, Nodes.object(popups, l.id()), out);
      }
      if (l.dataId() != null) {
        int j = 0;
        for (JsonNode f : Nodes.elements(Nodes.array(tooltip, l.dataId()))) {
          String column = f.isString() ? f.stringValue() : Nodes.nonBlank(f, "name");
          if (column != null) {
            out.add(
                new Use(
                    d,
                    column,
                    Pointer.of(
                        Pointer.VIS_STATE,
                        "interactionConfig",
                        "tooltip",
                        "config",
                        "fieldsToShow",
                        l.dataId(),
                        j,
                        "name"),
                    "tooltip of " + l.label(),
                    "tooltip",
                    l.id()));
          }
          j++;
        }
      }
    }
    for (WidgetEntry w : b.widgets()) {
      if (w.dataset() == null) {
        continue;
      }
      int d = w.dataset().index();
      String widgetId = Nodes.text(w.node(), "id");
      for (String key : WIDGET_KEYS) {
        JsonNode v = Nodes.get(w.node(), key);
        String column =
            v != null && v.isString() && !v.stringValue().isBlank()
                ? v.stringValue()
                : Nodes.nonBlank(v, "name");
        if (column != null) {
          out.add(
              new Use(
                  d,
                  column,
                  v.isString() ? w.path(key) : w.path(key, "name"),
                  w.label() + " (" + key + ")",
                  "widget",
                  widgetId));
        }
      }
      int i = 0;
      for (JsonNode c : Nodes.elements(Nodes.array(w.node(), "columns"))) {
        String field = Nodes.nonBlank(c, "field");
        if (field != null) {
          out.add(
              new Use(
                  d,
                  field,
                  w.path("columns", i, "field"),
                  w.label() + " (table column)",
                  "widget",
                  widgetId));
        }
        i++;
      }
      i = 0;
      for (JsonNode s : Nodes.elements(Nodes.array(w.node(), "series"))) {
        for (String key : List.of("column", "operationColumn")) {
          String column = Nodes.nonBlank(s, key);
          if (column != null) {
            out.add(
                new Use(
                    d,
                    column,
                    w.path("series", i, key),
                    w.label() + " (series " + key + ")",
                    "widget",
                    widgetId));
          }
        }
        i++;
      }
    }
    sqlParameters(b, out);
    return out;
  }

  private static void popups(LayerEntry l, int d, JsonNode popup, List<Use> out) {
    for (String side : SIDES) {
      JsonNode p = Nodes.object(popup, side);
      List<String> listed = new ArrayList<>();
      int i = 0;
      for (JsonNode field : Nodes.elements(Nodes.array(p, "fields"))) {
        String name = Nodes.nonBlank(field, "name");
        if (name != null && !Nodes.isTrue(field, "isExpression")) {
          listed.add(name);
          String agg = Nodes.text(field, "spatialIndexAggregation");
          if (agg != null) {
            listed.add(name + "_" + agg);
          }
          out.add(
              new Use(
                  d,
                  name,
                  Pointer.of(Pointer.POPUP_LAYERS, l.id(), side, "fields", i, "name"),
                  side + " popup of " + l.label(),
                  "popup",
                  l.id() + "/" + side));
        }
        i++;
      }
      String template = Nodes.text(p, "template");
      if (template != null && Nodes.isTrue(p, "templateMode")) {
        for (String name : Placeholders.in(template).keySet()) {
          if (!listed.contains(name)) {
            out.add(
                new Use(
                    d,
                    name,
                    Pointer.of(Pointer.POPUP_LAYERS, l.id(), side, "template"),
                    side + " popup template of " + l.label(),
                    "popup",
                    l.id() + "/" + side));
          }
        }
      }
    }
  }

  private static void sqlParameters(IndexedBundle b, List<Use> out) {
    int i = 0;
    for (JsonNode p : Nodes.elements(b.sqlParameters())) {
      String column = Nodes.nonBlank(p, "column");
      if (column != null) {
        for (JsonNode ds : Nodes.elements(Nodes.array(p, "dataSources"))) {
          DatasetEntry d = b.resolve(Nodes.text(ds, "id"));
          if (d != null) {
            out.add(
                new Use(
                    d.index(),
                    column,
                    Pointer.of(Pointer.SQL_PARAMETERS, i, "column"),
                    "SQL parameter " + Nodes.text(p, "name"),
                    "sql_parameter",
                    Nodes.text(p, "id")));
          }
        }
      }
      i++;
    }
  }
}
