package io.cartomaps.validate.rules;

import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One element of {@code visState.layers[]}, read once.
 *
 * @param index position in {@code layers[]}
 * @param node the layer object
 * @param id its {@code id}, or null
 * @param type its {@code type}, or null
 * @param dataId its {@code config.dataId} when a string, or null
 * @param dataset the dataset {@code dataId} resolves to, or null
 */
record LayerEntry(
    int index, JsonNode node, String id, String type, String dataId, DatasetEntry dataset) {

  /** Layer types drawn from h3/quadbin cells. */
  static final Set<String> SPATIAL_INDEX_TYPES =
      Set.of("h3", "quadbin", "heatmapTile", "clusterTile");

  String path() {
    return Pointer.of(Pointer.LAYERS, index);
  }

  String path(Object... segments) {
    return Pointer.of(path(), segments);
  }

  JsonNode config() {
    return Nodes.object(node, "config");
  }

  JsonNode visConfig() {
    return Nodes.object(config(), "visConfig");
  }

  JsonNode visualChannels() {
    return Nodes.object(node, "visualChannels");
  }

  boolean isSpatialIndexType() {
    return type != null && SPATIAL_INDEX_TYPES.contains(type);
  }

  String label() {
    return id != null ? "layer '" + id + "'" : "layers[" + index + "]";
  }
}
