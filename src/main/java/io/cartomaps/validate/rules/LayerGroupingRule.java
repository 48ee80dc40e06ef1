package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * R21: {@code layerGrouping} is a flat list of layers and one-level groups: every {@code layerId}
 * names a layer, a layer appears once, group ids are unique and groups hold no groups.
 */
final class LayerGroupingRule implements Rule {

  private static final String GROUPING = Pointer.CONFIG + "/layerGrouping";

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    Set<String> seenLayers = new HashSet<>();
    Set<String> seenGroups = new HashSet<>();
    int i = -1;
    for (JsonNode entry : Nodes.elements(Nodes.array(b.config(), "layerGrouping"))) {
      i++;
      String type = Nodes.text(entry, "type");
      if ("layer".equals(type)) {
        checkLayer(b, entry, i, -1, seenLayers, out);
      } else if ("group".equals(type)) {
        String id = Nodes.text(entry, "id");
        if (id != null && !seenGroups.add(id)) {
          out.add(
              RuleCode.LAYER_GROUPING_DUPLICATE_GROUP_ID.at(
                  Pointer.of(GROUPING, i, "id"),
                  "Another group already has id '" + id + "'.",
                  "Give each group a unique id."));
        }
        int c = -1;
        for (JsonNode child : Nodes.elements(Nodes.array(entry, "children"))) {
          c++;
          String childType = Nodes.text(child, "type");
          if ("group".equals(childType)) {
            out.add(
                RuleCode.LAYER_GROUPING_NESTED_GROUP.at(
                    Pointer.of(GROUPING, i, "children", c),
                    "Group '" + id + "' contains a group; groups can only hold layers.",
                    "Move the inner group to the top level of layerGrouping."));
          } else if ("layer".equals(childType)) {
            checkLayer(b, child, i, c, seenLayers, out);
          }
        }
      }
    }
  }

  /**
   * Checks a layer entry at {@code layerGrouping[entry]}, or at its {@code children[child]} when
   * child ≥ 0.
   */
  private static void checkLayer(
      IndexedBundle b, JsonNode node, int entry, int child, Set<String> seen, List<Finding> out) {
    String layerId = Nodes.text(node, "layerId");
    if (layerId == null) {
      return;
    }
    if (b.layer(layerId) == null) {
      out.add(
          RuleCode.LAYER_GROUPING_UNKNOWN_LAYER.at(
              layerIdPath(entry, child),
              "layerGrouping names layer '" + layerId + "', which does not exist.",
              "Use a layer id from visState.layers (not a dataset id), or remove the entry."));
    } else if (!seen.add(layerId)) {
      out.add(
          RuleCode.LAYER_GROUPING_DUPLICATE_LAYER.at(
              layerIdPath(entry, child),
              "Layer '" + layerId + "' already appears earlier in layerGrouping.",
              "List each layer once; unlisted layers are appended ungrouped."));
    }
  }

  private static String layerIdPath(int entry, int child) {
    return child < 0
        ? Pointer.of(GROUPING, entry, "layerId")
        : Pointer.of(GROUPING, entry, "children", child, "layerId");
  }
}
