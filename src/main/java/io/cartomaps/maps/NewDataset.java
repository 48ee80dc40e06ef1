package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Refs;
import io.cartomaps.bundle.ServerFields;
import io.cartomaps.json.Json;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset a write creates. Its id is only known once it is created, so the map's keplerMapConfig
 * keeps naming it by {@code key} ({@code $ref:name}) until then, and is resolved just before it is
 * written.
 *
 * @param key the bundle key layers refer to it by, or null
 * @param body what is sent to create it
 */
record NewDataset(String key, ObjectNode body) {

  static NewDataset of(ObjectNode bundleDataset) {
    return new NewDataset(
        BundleView.datasetKey(bundleDataset), ServerFields.datasetForWrite(bundleDataset));
  }

  /**
   * Creates it on map {@code mapId}; records its id by key in {@code replacements} and by name in
   * {@code ids}.
   */
  String create(
      Backend b, String mapId, Map<String, String> replacements, Map<String, String> ids) {
    String newId = Json.text(b.createDataset(mapId, body.deepCopy()), "id");
    if (key != null) {
      replacements.put(key, newId);
      ids.put(Refs.name(key) != null ? Refs.name(key) : key, newId);
    }
    return newId;
  }

  /**
   * A copy of {@code mapPatch} whose keplerMapConfig refers to the created datasets by their new
   * ids.
   */
  static ObjectNode resolve(ObjectNode mapPatch, Map<String, String> replacements) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> e : mapPatch.properties()) {
      out.set(
          e.getKey(),
          e.getKey().equals("keplerMapConfig")
              ? Refs.replace(e.getValue().deepCopy(), replacements)
              : e.getValue().deepCopy());
    }
    return out;
  }
}
