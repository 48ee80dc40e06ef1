package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * R20: a split map has two sides, each listing every layer id with a boolean visibility, and {@code
 * mapState.isSplit} says whether the map is split. A side is written either as {@code {"layers":
 * {id: bool}}} (kepler) or as the {@code {id: bool}} object itself.
 */
final class SplitMapRule implements Rule {

  private static final String SPLIT_MAPS = Pointer.VIS_STATE + "/splitMaps";

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    JsonNode splitMaps = Nodes.array(b.visState(), "splitMaps");
    int sides = splitMaps == null ? 0 : splitMaps.size();
    if (sides > 2) {
      out.add(
          RuleCode.SPLIT_MAPS_TOO_MANY.at(
              SPLIT_MAPS,
              "visState.splitMaps has "
                  + sides
                  + " entries; a map is either whole (0) or split in two (2).",
              "Keep two entries, or use [] for a single map."));
    }
    int i = 0;
    for (JsonNode side : Nodes.elements(splitMaps)) {
      JsonNode layers = Nodes.object(side, "layers");
      String sidePath = Pointer.of(SPLIT_MAPS, i);
      if (layers != null) {
        sidePath = sidePath + "/layers";
      } else {
        layers = side.isObject() ? side : null;
      }
      if (layers != null) {
        checkSide(b, layers, sidePath, i, out);
      }
      i++;
    }
    checkIsSplit(b, sides, out);
  }

  private static void checkSide(
      IndexedBundle b, JsonNode layers, String sidePath, int side, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      if (l.id() != null && !layers.has(l.id())) {
        out.add(
            RuleCode.SPLIT_MAP_LAYER_MISSING.at(
                Pointer.of(sidePath, l.id()),
                "Split-map side " + side + " does not list layer '" + l.id() + "'.",
                "Add \"" + l.id() + "\": true (shown) or false (hidden) to this side."));
      }
    }
    for (Map.Entry<String, JsonNode> e : Nodes.fields(layers)) {
      String path = Pointer.of(sidePath, e.getKey());
      if (b.layer(e.getKey()) == null) {
        out.add(
            RuleCode.SPLIT_MAP_UNKNOWN_LAYER.at(
                path,
                "Split-map side " + side + " lists '" + e.getKey() + "', which is not a layer id.",
                "Remove it, or use the id of an existing layer."));
      } else if (!e.getValue().isBoolean()) {
        out.add(
            RuleCode.SPLIT_MAP_VALUE_NOT_BOOLEAN.at(
                path,
                "Split-map visibility of layer '" + e.getKey() + "' is not a boolean.",
                "Use true (shown on this side) or false (hidden)."));
      }
    }
  }

  private static void checkIsSplit(IndexedBundle b, int sides, List<Finding> out) {
    JsonNode mapState = Nodes.object(b.config(), "mapState");
    if (mapState == null) {
      return;
    }
    boolean expected = sides > 1;
    JsonNode isSplit = mapState.get("isSplit");
    if (isSplit == null || isSplit.isNull()) {
      if (expected) {
        out.add(
            RuleCode.SPLIT_STATE_MISMATCH.at(
                Pointer.CONFIG + "/mapState/isSplit",
                "visState.splitMaps has 2 sides but mapState.isSplit is not set.",
                "Set \"isSplit\": true."));
      }
    } else if (isSplit.isBoolean() && isSplit.booleanValue() != expected) {
      out.add(
          RuleCode.SPLIT_STATE_MISMATCH.at(
              Pointer.CONFIG + "/mapState/isSplit",
              "mapState.isSplit is "
                  + isSplit.booleanValue()
                  + " but visState.splitMaps has "
                  + sides
                  + " entries.",
              expected
                  ? "Set \"isSplit\": true."
                  : "Set \"isSplit\": false, or give splitMaps two sides."));
    }
  }
}
