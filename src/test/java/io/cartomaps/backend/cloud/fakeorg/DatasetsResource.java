package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The datasets sub-resource {@code /maps/{id}/datasets[/{datasetId}]}. The organisation assigns
 * {@code id} and adds the server fields CARTO documents for datasets ({@code mapId}, {@code
 * connectionName}, {@code providerId}, {@code createdAt}, {@code updatedAt}); everything else is
 * stored as sent. A patch with {@code null} clears a field.
 */
final class DatasetsResource {

  static final Set<String> TYPES = Set.of("table", "query", "tileset", "raster");
  static final Set<String> SERVER_FIELDS =
      Set.of("id", "mapId", "connectionName", "providerId", "createdAt", "updatedAt");

  private final OrgState state;

  DatasetsResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    router
        .add(Host.WORKSPACE, "GET", "/maps/*/datasets", this::list)
        .add(Host.WORKSPACE, "POST", "/maps/*/datasets", this::create)
        .add(Host.WORKSPACE, "PATCH", "/maps/*/datasets/*", this::patch)
        .add(Host.WORKSPACE, "DELETE", "/maps/*/datasets/*", this::delete);
  }

  private Answer list(Exchange x) {
    if (state.map(x.segment(1)).isEmpty()) {
      return Answer.notFound("Map");
    }
    ArrayNode out = Json.array();
    state.datasetsOf(x.segment(1)).values().forEach(out::add);
    return Answer.ok(out);
  }

  private Answer create(Exchange x) {
    String mapId = x.segment(1);
    if (state.map(mapId).isEmpty()) {
      return Answer.notFound("Map");
    }
    JsonNode body = x.body();
    if (body == null || !body.isObject()) {
      return Answer.badRequest("body must be a JSON object");
    }
    if (body.has("id")) {
      return Answer.badRequest("\"id\" is assigned by the server");
    }
    if (!TYPES.contains(Json.text(body, "type"))) {
      return Answer.badRequest("type must be one of table, query, tileset, raster");
    }
    if (Json.text(body, "source") == null) {
      return Answer.badRequest("source is required");
    }
    ObjectNode d = Json.object();
    String id = state.newId();
    d.put("id", id);
    d.put("mapId", mapId);
    body.properties()
        .forEach(
            e -> {
              if (!SERVER_FIELDS.contains(e.getKey())) {
                d.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    Answer refused = bindConnection(d);
    if (refused != null) {
      return refused;
    }
    String now = state.now();
    d.put("createdAt", now);
    d.put("updatedAt", now);
    state.datasetsOf(mapId).put(id, d);
    touch(mapId);
    return Answer.created(d);
  }

  private Answer patch(Exchange x) {
    ObjectNode d = dataset(x);
    if (d == null) {
      return Answer.notFound("Dataset");
    }
    if (x.body() == null || !x.body().isObject()) {
      return Answer.badRequest("body must be a JSON object");
    }
    if (x.body().has("type") && !TYPES.contains(Json.text(x.body(), "type"))) {
      return Answer.badRequest("type must be one of table, query, tileset, raster");
    }
    ObjectNode next = d.deepCopy();
    x.body()
        .properties()
        .forEach(
            e -> {
              if (!SERVER_FIELDS.contains(e.getKey())) {
                next.set(e.getKey(), e.getValue().deepCopy());
              }
            });
    Answer refused = bindConnection(next);
    if (refused != null) {
      return refused;
    }
    next.put("updatedAt", state.now());
    d.removeAll();
    d.setAll(next);
    touch(x.segment(1));
    return Answer.ok(d);
  }

  private Answer delete(Exchange x) {
    if (dataset(x) == null) {
      return Answer.notFound("Dataset");
    }
    state.datasetsOf(x.segment(1)).remove(x.segment(3));
    touch(x.segment(1));
    return Answer.noContent();
  }

  /**
   * Sets {@code connectionName} and {@code providerId} from {@code connectionId}; refuses an
   * unknown connection.
   */
  private Answer bindConnection(ObjectNode d) {
    String connectionId = Json.text(d, "connectionId");
    if (connectionId == null) {
      return Answer.badRequest("connectionId is required");
    }
    FakeConnection c = state.connectionById(connectionId).orElse(null);
    if (c == null) {
      return Answer.badRequest("connection " + connectionId + " does not exist");
    }
    d.put("connectionName", c.name());
    d.put("providerId", c.providerId());
    return null;
  }

  private ObjectNode dataset(Exchange x) {
    Map<String, ObjectNode> of = state.datasets.get(x.segment(1));
    return of == null ? null : of.get(x.segment(3));
  }

  private void touch(String mapId) {
    state.map(mapId).ifPresent(m -> m.put("updatedAt", state.now()));
  }
}
