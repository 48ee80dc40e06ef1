package io.cartomaps.backend.local.store;

import static io.cartomaps.backend.local.store.RequestBodies.invalid;

import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Dataset bodies: the fields a caller gives are kept verbatim (minus {@code $ref} and the server
 * fields, which the store owns), and the result must still name a known type, a source and the
 * local connection.
 */
final class DatasetRequests {

  /** Fields the store assigns or derives; a caller's values for them are dropped. */
  static final Set<String> SERVER_FIELDS =
      Set.of("$ref", "id", "connectionName", "providerId", "createdAt", "updatedAt");

  private DatasetRequests() {}

  /** The stored body of a new dataset. */
  static ObjectNode create(ObjectNode dataset) {
    RequestBodies.requireObject(dataset, "createDataset");
    ObjectNode body = withoutServerFields(dataset);
    check(body, "createDataset");
    return body;
  }

  /**
   * {@code body} with the patch's top-level fields merged over it; a field patched to null is
   * removed (absent and null mean the same for a dataset, and removal lets a caller restore a field
   * that was absent before).
   */
  static ObjectNode patch(ObjectNode body, ObjectNode patch) {
    RequestBodies.requireObject(patch, "patchDataset");
    ObjectNode merged = body.deepCopy();
    for (Map.Entry<String, JsonNode> field : withoutServerFields(patch).properties()) {
      if (field.getValue().isNull()) {
        merged.remove(field.getKey());
      } else {
        merged.set(field.getKey(), field.getValue());
      }
    }
    check(merged, "patchDataset");
    return merged;
  }

  /** The dataset record: id first, the stored fields, then the server fields. */
  static ObjectNode record(String id, ObjectNode body, long createdAt, long updatedAt) {
    ObjectNode o = Json.object();
    o.put("id", id);
    o.setAll(body.deepCopy());
    String connectionId = Json.text(body, "connectionId");
    boolean local = LocalConnection.is(connectionId);
    o.put("connectionName", local ? LocalConnection.NAME : null);
    o.put("providerId", local ? LocalConnection.PROVIDER_ID : null);
    o.put("createdAt", Instants.iso(createdAt));
    o.put("updatedAt", Instants.iso(updatedAt));
    return o;
  }

  private static ObjectNode withoutServerFields(ObjectNode dataset) {
    ObjectNode body = dataset.deepCopy();
    SERVER_FIELDS.forEach(body::remove);
    return body;
  }

  private static void check(ObjectNode body, String operation) {
    String type = RequestBodies.string(body, "type", true);
    if (type == null || SourceKind.of(type) == null) {
      throw invalid(
          operation
              + ": type must be one of table, query, tileset, raster; got "
              + (type == null ? RequestBodies.kind(body.get("type")) : "'" + type + "'")
              + ".");
    }
    String source = RequestBodies.string(body, "source", true);
    if (source == null || source.isBlank()) {
      throw invalid(operation + ": source must be a table name or a SQL query.");
    }
    String connectionId = RequestBodies.string(body, "connectionId", true);
    if (connectionId == null) {
      throw invalid(
          operation
              + ": connectionId is required; the local workspace's connection is '"
              + LocalConnection.NAME
              + "' (id "
              + LocalConnection.ID
              + ").");
    }
    if (!LocalConnection.is(connectionId)) {
      throw invalid(operation + ": " + LocalConnection.unknown(connectionId));
    }
  }
}
