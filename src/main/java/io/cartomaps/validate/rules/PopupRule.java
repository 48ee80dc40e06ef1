package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * R14–R17 and the popup blind spots: {@code popupSettings.layers} is keyed by existing layer ids;
 * heatmap layers take no popup; hover shows at most 5 fields and never the docked {@code panel};
 * only the {@code fields[]} / {@code name} shape renders; a template may only use columns listed in
 * {@code fields}; on h3/quadbin/cluster layers each field says how cells roll up.
 */
final class PopupRule implements Rule {

  static final int MAX_HOVER_FIELDS = 5;
  private static final List<String> SIDES = List.of("hover", "click");
  private static final Set<String> CELL_LAYERS = Set.of("h3", "quadbin", "clusterTile");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    JsonNode layers = Nodes.object(Nodes.object(b.config(), "popupSettings"), "layers");
    for (Map.Entry<String, JsonNode> e : Nodes.fields(layers)) {
      LayerEntry layer = b.layer(e.getKey());
      JsonNode popup = e.getValue();
      if (layer == null) {
        out.add(
            RuleCode.POPUP_UNKNOWN_LAYER.at(
                Pointer.of(Pointer.POPUP_LAYERS, e.getKey()),
                "popupSettings.layers has an entry for '"
                    + e.getKey()
                    + "', which is not a layer id.",
                "Key popups by layer id (not dataset id); existing layer ids: "
                    + layerIds(b)
                    + "."));
      } else if ("heatmapTile".equals(layer.type()) && popup.isObject() && !isDisabled(popup)) {
        out.add(
            RuleCode.POPUP_ON_HEATMAP.at(
                Pointer.of(Pointer.POPUP_LAYERS, e.getKey()),
                "Layer '"
                    + e.getKey()
                    + "' is a heatmapTile layer, which cannot be picked, so its popup never shows.",
                "Remove this popup entry (or set \"enabled\": false)."));
      }
      for (String side : SIDES) {
        JsonNode config = Nodes.object(popup, side);
        if (config != null) {
          checkSide(layer, e.getKey(), side, config, out);
        }
      }
    }
  }

  private static void checkSide(
      LayerEntry layer, String layerId, String side, JsonNode config, List<Finding> out) {
    if (side.equals("hover") && "panel".equals(Nodes.text(config, "style"))) {
      out.add(
          RuleCode.POPUP_PANEL_ON_HOVER.at(
              Pointer.of(Pointer.POPUP_LAYERS, layerId, side, "style"),
              "Popup style 'panel' (the docked info panel) is only available on click.",
              "Move these settings to \"click\", or use \"light\" or \"dark\" on hover."));
    }
    if (Nodes.has(config, "items")) {
      out.add(
          RuleCode.POPUP_LEGACY_SHAPE.at(
              Pointer.of(Pointer.POPUP_LAYERS, layerId, side, "items"),
              "Popup uses the legacy \"items\" list, which the renderer ignores.",
              "Rename \"items\" to \"fields\" and write each entry as "
                  + "{\"name\": \"<column>\", \"customName\": \"<label>\"}."));
    }
    JsonNode fields = Nodes.array(config, "fields");
    if (fields == null) {
      return;
    }
    if (side.equals("hover") && fields.size() > MAX_HOVER_FIELDS) {
      out.add(
          RuleCode.POPUP_HOVER_TOO_MANY_FIELDS.at(
              Pointer.of(Pointer.POPUP_LAYERS, layerId, side, "fields"),
              "Hover popup lists "
                  + fields.size()
                  + " fields; Builder shows at most "
                  + MAX_HOVER_FIELDS
                  + ".",
              "Keep the "
                  + MAX_HOVER_FIELDS
                  + " most useful fields on hover and move the rest to \"click\"."));
    }
    boolean cells = layer != null && layer.type() != null && CELL_LAYERS.contains(layer.type());
    Set<String> available = Nodes.isTrue(config, "templateMode") ? new HashSet<>() : null;
    int i = -1;
    for (JsonNode field : fields.values()) {
      i++;
      if (!field.isObject()) {
        continue;
      }
      if (Nodes.has(field, "field") || Nodes.has(field, "label")) {
        out.add(
            RuleCode.POPUP_LEGACY_SHAPE.at(
                Pointer.of(Pointer.POPUP_LAYERS, layerId, side, "fields", i),
                "Popup field uses the legacy {field, label} shape, which the renderer ignores.",
                "Write it as {\"name\": \""
                    + legacyName(field)
                    + "\", \"customName\": \"<label>\"}."));
      }
      String name = Nodes.nonBlank(field, "name");
      String aggregation = Nodes.nonBlank(field, "spatialIndexAggregation");
      if (name != null && available != null) {
        available.add(name);
        if (aggregation != null) {
          available.add(name + "_" + aggregation);
        }
      }
      if (cells && name != null && aggregation == null && !Nodes.isTrue(field, "isExpression")) {
        out.add(
            RuleCode.POPUP_MISSING_SPATIAL_INDEX_AGGREGATION.at(
                Pointer.of(
                    Pointer.POPUP_LAYERS, layerId, side, "fields", i, "spatialIndexAggregation"),
                "Popup field '"
                    + name
                    + "' on "
                    + layer.type()
                    + " layer '"
                    + layer.id()
                    + "' does not say how cells roll up.",
                "Set \"spatialIndexAggregation\" (e.g. \"sum\" for numbers, \"mode\" for strings)."));
      }
    }
    String template = Nodes.text(config, "template");
    if (available != null && template != null) {
      Set<String> unknown = new LinkedHashSet<>(Placeholders.in(template).keySet());
      unknown.removeAll(available);
      if (!unknown.isEmpty()) {
        out.add(
            RuleCode.POPUP_TEMPLATE_FIELD_MISSING.at(
                Pointer.of(Pointer.POPUP_LAYERS, layerId, side, "template"),
                "Popup template uses "
                    + String.join(", ", unknown)
                    + " but "
                    + (unknown.size() == 1 ? "it is" : "they are")
                    + " not in fields[].",
                "Add {\"name\": \""
                    + unknown.iterator().next()
                    + "\"} to fields (templates can only read listed fields)."));
      }
    }
  }

  private static boolean isDisabled(JsonNode popup) {
    JsonNode enabled = popup.get("enabled");
    return enabled != null && enabled.isBoolean() && !enabled.booleanValue();
  }

  private static String legacyName(JsonNode field) {
    String name = Nodes.text(field, "field");
    return name != null ? name : "<column>";
  }

  private static String layerIds(IndexedBundle b) {
    List<String> ids =
        b.layers().stream().map(LayerEntry::id).filter(id -> id != null).limit(8).toList();
    return ids.isEmpty() ? "(none)" : String.join(", ", ids);
  }
}
