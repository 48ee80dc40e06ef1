package io.cartomaps.backend.local.store;

import io.cartomaps.json.Json;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One row of the {@code maps} table, and its two wire forms: the full record and the listing
 * summary.
 *
 * @param agent null when the map has no agent block
 */
record MapRow(
    String id,
    String title,
    String description,
    String privacy,
    String sharingScope,
    List<String> userIds,
    List<String> groupIds,
    boolean collaborative,
    List<String> tags,
    ObjectNode keplerMapConfig,
    ObjectNode agent,
    String ownerId,
    long createdAt,
    long updatedAt,
    Long lastPublishedAt,
    int publishedVersion) {

  MapRow {
    userIds = List.copyOf(userIds);
    groupIds = List.copyOf(groupIds);
    tags = List.copyOf(tags);
  }

  /** The map record in the CARTO wire shape, keplerMapConfig included. */
  ObjectNode toRecord() {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.put("title", title);
    o.put("description", description);
    o.put("privacy", privacy);
    o.put("sharingScope", sharingScope);
    o.set("userIds", strings(userIds));
    o.set("groupIds", strings(groupIds));
    o.put("collaborative", collaborative);
    o.set("tags", strings(tags));
    o.set("keplerMapConfig", keplerMapConfig.deepCopy());
    if (agent != null) {
      o.set("agent", agent.deepCopy());
    }
    o.put("ownerId", ownerId);
    o.put("createdAt", Instants.iso(createdAt));
    o.put("updatedAt", Instants.iso(updatedAt));
    o.put("lastPublishedAt", lastPublishedAt == null ? null : Instants.iso(lastPublishedAt));
    o.put("publishedVersion", publishedVersion);
    return o;
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = Json.array();
    values.forEach(a::add);
    return a;
  }
}
