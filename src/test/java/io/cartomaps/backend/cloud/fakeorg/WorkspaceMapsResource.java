package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Workspace API's maps: {@code GET|PATCH /maps/{id}}, {@code POST /maps}, {@code POST
 * /maps/{id}/privacy} and {@code POST /maps/{id}/publish}. It enforces the documented write split:
 * create takes only title, description and keplerMapConfig ({@code version} {@code v1}); a patch
 * only the patchable fields.
 */
final class WorkspaceMapsResource {

  static final Set<String> CREATE_FIELDS = Set.of("title", "description", "keplerMapConfig");
  static final Set<String> PATCH_FIELDS =
      Set.of("title", "description", "tags", "collaborative", "agent", "keplerMapConfig");
  static final Set<String> PRIVACY_LEVELS = Set.of("private", "shared", "public");
  static final Set<String> SHARING_SCOPES = Set.of("organization", "specific");

  private final OrgState state;

  WorkspaceMapsResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    router
        .add(Host.WORKSPACE, "POST", "/maps", this::create)
        .add(Host.WORKSPACE, "GET", "/maps/*", this::get)
        .add(Host.WORKSPACE, "PATCH", "/maps/*", this::patch)
        .add(Host.WORKSPACE, "POST", "/maps/*/privacy", this::privacy)
        .add(Host.WORKSPACE, "POST", "/maps/*/publish", this::publish);
  }

  private Answer create(Exchange x) {
    if (x.body() == null || !x.body().isObject()) {
      return Answer.badRequest("body must be a JSON object");
    }
    for (String f : x.body().propertyNames()) {
      if (!CREATE_FIELDS.contains(f)) {
        return Answer.badRequest("\"" + f + "\" is not allowed");
      }
    }
    JsonNode kepler = x.body().get("keplerMapConfig");
    if (kepler != null && !kepler.isNull() && !"v1".equals(Json.text(kepler, "version"))) {
      return Answer.badRequest("keplerMapConfig.version must be v1");
    }
    String id = state.newId();
    String now = state.now();
    ObjectNode m = Json.object();
    m.put("id", id);
    m.put("title", textOr(x.body(), "title", "Untitled map"));
    m.put("description", textOr(x.body(), "description", ""));
    m.put("privacy", "private");
    m.putNull("sharingScope");
    m.putArray("userIds");
    m.putArray("groupIds");
    m.put("collaborative", false);
    m.putArray("tags");
    m.set("keplerMapConfig", kepler == null ? NullNode.getInstance() : kepler.deepCopy());
    m.putNull("agent");
    m.put("ownerId", OrgState.OWNER);
    m.put("accountId", OrgState.ACCOUNT);
    m.put("createdAt", now);
    m.put("updatedAt", now);
    m.putNull("lastPublishedAt");
    m.put("publishedVersion", 0);
    m.put("views", 0);
    state.maps.put(id, m);
    state.datasetsOf(id);
    return Answer.created(m);
  }

  private Answer get(Exchange x) {
    return state.map(x.segment(1)).<Answer>map(Answer::ok).orElseGet(() -> Answer.notFound("Map"));
  }

  private Answer patch(Exchange x) {
    ObjectNode m = state.maps.get(x.segment(1));
    if (m == null) {
      return Answer.notFound("Map");
    }
    if (x.body() == null || !x.body().isObject()) {
      return Answer.badRequest("body must be a JSON object");
    }
    for (String f : x.body().propertyNames()) {
      if (!PATCH_FIELDS.contains(f)) {
        return Answer.badRequest("\"" + f + "\" cannot be patched");
      }
    }
    JsonNode kepler = x.body().get("keplerMapConfig");
    if (kepler != null && !kepler.isNull() && !"v1".equals(Json.text(kepler, "version"))) {
      return Answer.badRequest("keplerMapConfig.version must be v1");
    }
    JsonNode tags = x.body().get("tags");
    if (tags != null && !tags.isNull() && !tags.isArray()) {
      return Answer.badRequest("tags must be an array of strings");
    }
    x.body().properties().forEach(e -> m.set(e.getKey(), e.getValue().deepCopy()));
    if (m.get("tags").isNull()) {
      m.putArray("tags");
    }
    m.put("updatedAt", state.now());
    return Answer.ok(m);
  }

  private Answer privacy(Exchange x) {
    ObjectNode m = state.maps.get(x.segment(1));
    if (m == null) {
      return Answer.notFound("Map");
    }
    String level = x.body() == null ? null : Json.text(x.body(), "privacy");
    if (!PRIVACY_LEVELS.contains(level)) {
      return Answer.badRequest("privacy must be one of private, shared, public");
    }
    String scope = Json.text(x.body(), "sharingScope");
    if (scope != null && !SHARING_SCOPES.contains(scope)) {
      return Answer.badRequest("sharingScope must be organization or specific");
    }
    m.put("privacy", level);
    m.put("sharingScope", "shared".equals(level) ? (scope == null ? "organization" : scope) : null);
    m.set("userIds", listOrEmpty(x.body().get("userIds")));
    m.set("groupIds", listOrEmpty(x.body().get("groupIds")));
    m.put("updatedAt", state.now());
    return Answer.ok(m);
  }

  /** Freezes the live map and its datasets as the snapshot {@code /v3/maps/public/{id}} serves. */
  private Answer publish(Exchange x) {
    ObjectNode m = state.maps.get(x.segment(1));
    if (m == null) {
      return Answer.notFound("Map");
    }
    String now = state.now();
    long version = m.get("publishedVersion").asLong() + 1;
    ObjectNode snapshot = Json.object();
    snapshot.put("publishedVersion", version);
    snapshot.put("lastPublishedAt", now);
    snapshot.set("keplerMapConfig", m.get("keplerMapConfig").deepCopy());
    ArrayNode ds = snapshot.putArray("datasets");
    state.datasetsOf(m.get("id").asString()).values().forEach(d -> ds.add(d.deepCopy()));
    state.snapshots.put(m.get("id").asString(), snapshot);
    m.put("lastPublishedAt", now);
    m.put("publishedVersion", version);
    return Answer.ok(m);
  }

  private static JsonNode listOrEmpty(JsonNode v) {
    return v != null && v.isArray() ? v.deepCopy() : Json.array();
  }

  private static String textOr(JsonNode body, String field, String fallback) {
    String v = Json.text(body, field);
    return v == null ? fallback : v;
  }
}
