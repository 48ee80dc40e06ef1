package io.cartomaps.bundle;

import io.cartomaps.json.Json;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns stored map and dataset records into the round-trippable bundle: server-computed fields are
 * stripped, privacy is synthesised, datasets are inlined. What {@link #toBundle} returns, create
 * and update accept unchanged.
 */
public final class ServerFields {

  /** Top-level bundle fields, in the order a bundle is written. */
  public static final List<String> BUNDLE_FIELDS =
      List.of(
          "id",
          "title",
          "description",
          "privacy",
          "collaborative",
          "tags",
          "datasets",
          "keplerMapConfig",
          "agent");

  /** Dataset fields the server computes; stripped on read, ignored on write. */
  public static final Set<String> DATASET_SERVER_FIELDS =
      Set.of(
          "createdAt",
          "updatedAt",
          "providerId",
          "mapId",
          "exportToBucketAvailable",
          "spatialIndex",
          "sourceWorkflowId",
          "sourceWorkflowNodeId",
          "metadata");

  /** Agent fields the server computes. */
  public static final Set<String> AGENT_SERVER_FIELDS = Set.of("token", "issues");

  private ServerFields() {}

  public static ObjectNode toBundle(JsonNode mapRecord, List<? extends JsonNode> datasetRecords) {
    ObjectNode b = Json.object();
    b.put("id", Json.text(mapRecord, "id"));
    b.put("title", textOr(mapRecord, "title", ""));
    b.put("description", textOr(mapRecord, "description", ""));
    b.set("privacy", Privacy.fromRecord(mapRecord));
    JsonNode collaborative = mapRecord.get("collaborative");
    b.put("collaborative", collaborative != null && collaborative.asBoolean(false));
    JsonNode tags = mapRecord.get("tags");
    b.set("tags", tags != null && tags.isArray() ? tags.deepCopy() : Json.array());
    ArrayNode datasets = b.putArray("datasets");
    for (JsonNode d : datasetRecords) {
      datasets.add(stripDataset(d));
    }
    JsonNode kepler = mapRecord.get("keplerMapConfig");
    if (kepler != null && !kepler.isNull()) {
      b.set("keplerMapConfig", kepler.deepCopy());
    }
    JsonNode agent = mapRecord.get("agent");
    if (agent != null && agent.isObject()) {
      ObjectNode a = (ObjectNode) agent.deepCopy();
      AGENT_SERVER_FIELDS.forEach(a::remove);
      b.set("agent", a);
    }
    return b;
  }

  /**
   * A dataset as a bundle carries it: its id and authoring fields, with {@code connectionName} kept
   * for copies.
   */
  public static ObjectNode stripDataset(JsonNode record) {
    ObjectNode d = (ObjectNode) record.deepCopy();
    DATASET_SERVER_FIELDS.forEach(d::remove);
    return d;
  }

  /**
   * A dataset as it is sent to a backend: no {@code $ref}, no server fields, no {@code
   * connectionName}.
   */
  public static ObjectNode datasetForWrite(JsonNode bundleDataset) {
    ObjectNode d = (ObjectNode) bundleDataset.deepCopy();
    d.remove("$ref");
    d.remove("id");
    d.remove("connectionName");
    d.remove("geomType");
    DATASET_SERVER_FIELDS.forEach(d::remove);
    return d;
  }

  private static String textOr(JsonNode node, String field, String fallback) {
    String v = Json.text(node, field);
    return v == null ? fallback : v;
  }
}
