package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * {@code datasets[].columns} is the list of columns fetched per tile. CARTO's validator accepts it
 * null, with non-string items, or lacking columns the map uses; Builder then fails or draws blanks.
 * Only tables and queries are checked for missing columns: a tileset's columns are fixed when it is
 * built.
 */
final class DatasetColumnsRule implements Rule {

  private static final List<String> SIDES = List.of("hover", "click");
  private static final List<String> WIDGET_COLUMNS = List.of("column", "operationColumn");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    Map<Integer, Map<String, Supplier<String>>> uses = null;
    for (DatasetEntry d : b.datasets()) {
      JsonNode columns = Nodes.get(d.node(), "columns");
      if (columns == null) {
        continue;
      }
      if (columns.isNull()) {
        out.add(
            RuleCode.DATASET_COLUMNS_NULL.at(
                d.path("columns"),
                "Dataset "
                    + d.label()
                    + " has columns: null; it validates but Builder fails to load the data.",
                "List the columns the map uses, geometry included, e.g. [\"geom\", \"name\"]."));
        continue;
      }
      if (!columns.isArray()) {
        continue;
      }
      Set<String> names = new HashSet<>();
      int i = 0;
      for (JsonNode c : columns.values()) {
        if (c.isString()) {
          names.add(c.stringValue());
        } else {
          String name = Nodes.text(c, "name");
          out.add(
              RuleCode.DATASET_COLUMNS_NOT_STRINGS.at(
                  d.path("columns", i),
                  "columns[" + i + "] of dataset " + d.label() + " is not a column name string.",
                  name != null
                      ? "Write \"" + name + "\" instead of the object."
                      : "Write the column name as a string."));
        }
        i++;
      }
      String uniqueId = Nodes.text(d.node(), "uniqueIdProperty");
      if (uniqueId != null && !names.contains(uniqueId)) {
        out.add(
            RuleCode.UNIQUE_ID_PROPERTY_NOT_IN_COLUMNS.at(
                d.path("uniqueIdProperty"),
                "uniqueIdProperty '"
                    + uniqueId
                    + "' of dataset "
                    + d.label()
                    + " is not one of its columns, so tile SQL "
                    + "fails server-side.",
                "Add \"" + uniqueId + "\" to columns."));
      }
      if (!d.isTableOrQuery()) {
        continue;
      }
      if (uses == null) {
        uses = columnUses(b);
      }
      String exp = Nodes.text(d.node(), "aggregationExp");
      String lowerExp = exp == null ? null : exp.toLowerCase(Locale.ROOT);
      for (Map.Entry<String, Supplier<String>> use :
          uses.getOrDefault(d.index(), Map.of()).entrySet()) {
        String column = use.getKey();
        if (names.contains(column)
            || column.startsWith("_carto")
            || (lowerExp != null
                && AggregationExpRule.mentions(lowerExp, column.toLowerCase(Locale.ROOT)))) {
          continue;
        }
        out.add(
            RuleCode.DATASET_COLUMN_MISSING.at(
                d.path("columns"),
                "Column '"
                    + column
                    + "' is used at "
                    + use.getValue().get()
                    + " but is not in the columns of dataset "
                    + d.label()
                    + ", so tiles will not carry it.",
                "If the source returns '"
                    + column
                    + "', add it to "
                    + d.path("columns")
                    + " (create and update add it); "
                    + "validate with remote: true to check the source's columns."));
      }
    }
  }

  /**
   * For each dataset index, each column the map reads from it with the first place that reads it.
   */
  private static Map<Integer, Map<String, Supplier<String>>> columnUses(IndexedBundle b) {
    Map<Integer, Map<String, Supplier<String>>> uses = new LinkedHashMap<>();
    JsonNode popups = Nodes.object(Nodes.object(b.config(), "popupSettings"), "layers");
    for (DatasetEntry d : b.datasets()) {
      if (d.geoColumn() != null && !d.geoColumn().column().isBlank()) {
        use(uses, d, d.geoColumn().column(), () -> d.path("geoColumn"));
      }
    }
    for (LayerEntry l : b.layers()) {
      if (l.dataset() == null) {
        continue;
      }
      for (String column : Channels.columnsRead(l)) {
        use(uses, l.dataset(), column, l::path);
      }
      JsonNode popup = l.id() == null ? null : Nodes.object(popups, l.id());
      for (String side : SIDES) {
        for (JsonNode field : Nodes.elements(Nodes.array(Nodes.object(popup, side), "fields"))) {
          String name = Nodes.nonBlank(field, "name");
          if (name != null && !Nodes.isTrue(field, "isExpression")) {
            use(uses, l.dataset(), name, () -> Pointer.of(Pointer.POPUP_LAYERS, l.id(), side));
          }
        }
      }
    }
    for (WidgetEntry w : b.widgets()) {
      if (w.dataset() == null) {
        continue;
      }
      for (String key : WIDGET_COLUMNS) {
        String column = Nodes.nonBlank(w.node(), key);
        if (column != null) {
          use(uses, w.dataset(), column, () -> w.path(key));
        }
      }
      for (JsonNode column : Nodes.elements(Nodes.array(w.node(), "columns"))) {
        String field = Nodes.nonBlank(column, "field");
        if (field != null) {
          use(uses, w.dataset(), field, () -> w.path("columns"));
        }
      }
    }
    return uses;
  }

  private static void use(
      Map<Integer, Map<String, Supplier<String>>> uses,
      DatasetEntry d,
      String column,
      Supplier<String> where) {
    uses.computeIfAbsent(d.index(), k -> new LinkedHashMap<>()).putIfAbsent(column, where);
  }
}
