package io.cartomaps.validate.rules;

import io.cartomaps.validate.Finding;
import io.cartomaps.validate.RuleCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * R21: {@code layerGrouping} is a flat list of layers and one-level groups: every {@code layerId} names a layer, a
 * layer appears once, group ids are unique and groups hold no groups.
 */
final class LayerGroupingRule implements Rule {

  private static final String GROUPING = Pointer.CONFIG + "/layerGrouping";

  @Override
  public void check(BundleView b, List<Finding> out) {
    Set<String> seenLayers = new HashSet<>();
    Set<String> seenGroups = new HashSet<>();
    int i = 0;
    for (JsonNode entry : Nodes.elements(Nodes.array(b.config(), "layerGrouping"))) {
      String path = Pointer.of(GROUPING, i++);
      String type = Nodes.text(entry, "type");
      if ("layer".equals(type)) {
        checkLayer(b, entry, path, seenLayers, out);
      } else if ("group".equals(type)) {
        String id = Nodes.text(entry, "id");
        if (id != null && !seenGroups.add(id)) {
          out.add(RuleCode.LAYER_GROUPING_DUPLICATE_GROUP_ID.at(path + "/id",
              "Another group already has id '" + id + "'.", "Give each group a unique id."));
        }
        int c = 0;
        for (JsonNode child : Nodes.elements(Nodes.array(entry, "children"))) {
          String childPath = path + "/children/" + c++;
          String childType = Nodes.text(child, "type");
          if ("group".equals(childType)) {
            out.add(RuleCode.LAYER_GROUPING_NESTED_GROUP.at(childPath,
                "Group '" + id + "' contains a group; groups can only hold layers.",
                "Move the inner group to the top level of layerGrouping."));
          } else if ("layer".equals(childType)) {
            checkLayer(b, child, childPath, seenLayers, out);
          }
        }
      }
    }
  }

  private static void checkLayer(BundleView b, JsonNode entry, String path, Set<String> seen, List<Finding> out) {
    String layerId = Nodes.text(entry, "layerId");
    if (layerId == null) {
      return;
    }
    if (b.layer(layerId) == null) {
      out.add(RuleCode.LAYER_GROUPING_UNKNOWN_LAYER.at(path + "/layerId",
          "layerGrouping names layer '" + layerId + "', which does not exist.",
          "Use a layer id from visState.layers (not a dataset id), or remove the entry."));
    } else if (!seen.add(layerId)) {
      out.add(RuleCode.LAYER_GROUPING_DUPLICATE_LAYER.at(path + "/layerId",
          "Layer '" + layerId + "' already appears earlier in layerGrouping.",
          "List each layer once; unlisted layers are appended ungrouped."));
    }
  }
}
