package io.cartomaps.backend.cloud;

import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place where CARTO's payloads become our wire records. CARTO's exact field names are only
 * partly confirmed, so each record field is read from the known spellings (camelCase from the
 * Workspace API, snake_case from the Resources API); every other server field is kept verbatim.
 *
 * <p>Map record: {@code id, title, description, privacy, sharingScope, userIds, groupIds,
 * collaborative, tags, keplerMapConfig, agent, ownerId, createdAt, updatedAt, lastPublishedAt,
 * publishedVersion}. Dataset record: the dataset fields plus {@code id, connectionName, providerId,
 * createdAt, updatedAt}.
 *
 * <p>Also read here: connections, columns of a SQL API {@code schema} or a TileJSON, and the extent
 * and geometry type of a statistics row.
 */
final class CartoRecords {

  private static final Set<String> PRIVACY = Set.of("private", "shared", "public");

  private CartoRecords() {}

  /**
   * A map record from a Workspace map or a Resources API list item; null when {@code raw} is not an
   * object.
   */
  static ObjectNode map(JsonNode raw) {
    if (raw == null || !raw.isObject()) {
      return null;
    }
    ObjectNode in = (ObjectNode) raw.deepCopy();
    ObjectNode out = Json.object();
    out.set("id", take(in, "id", "mapId", "map_id"));
    out.set("title", take(in, "title", "name"));
    out.set("description", take(in, "description"));
    privacy(in, out);
    out.put("collaborative", bool(take(in, "collaborative")));
    out.set("tags", tags(take(in, "tags")));
    out.set("keplerMapConfig", json(take(in, "keplerMapConfig", "kepler_map_config")));
    out.set("agent", nullToNull(take(in, "agent")));
    JsonNode owner = take(in, "ownerId", "owner_id", "userId", "user_id");
    if (owner.isNull() && in.get("owner") != null && in.get("owner").isObject()) {
      owner = nullToNull(in.get("owner").get("id"));
    }
    out.set("ownerId", owner);
    out.set("createdAt", take(in, "createdAt", "created_at"));
    out.set("updatedAt", take(in, "updatedAt", "updated_at"));
    out.set(
        "lastPublishedAt",
        take(in, "lastPublishedAt", "last_published_at", "publishedAt", "published_at"));
    JsonNode version = take(in, "publishedVersion", "published_version");
    out.put("publishedVersion", version.isNumber() ? version.asLong() : 0);
    in.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
    return out;
  }

  /** A dataset record; null when {@code raw} is not an object. */
  static ObjectNode dataset(JsonNode raw) {
    if (raw == null || !raw.isObject()) {
      return null;
    }
    ObjectNode in = (ObjectNode) raw.deepCopy();
    ObjectNode out = Json.object();
    out.set("id", take(in, "id", "datasetId", "dataset_id"));
    out.set("connectionName", take(in, "connectionName", "connection_name"));
    out.set("providerId", take(in, "providerId", "provider_id"));
    out.set("createdAt", take(in, "createdAt", "created_at"));
    out.set("updatedAt", take(in, "updatedAt", "updated_at"));
    JsonNode connectionId = in.get("connectionId") == null ? in.remove("connection_id") : null;
    if (connectionId != null) {
      in.set("connectionId", connectionId);
    }
    in.properties().forEach(e -> out.set(e.getKey(), e.getValue()));
    return out;
  }

  /**
   * The items of a list answer. Assumed envelope (not documented): a bare array, or an object whose
   * items are under {@code data}, {@code results}, {@code items}, {@code maps} or {@code rows}.
   * Null when none of these is present.
   */
  static ArrayNode items(JsonNode envelope) {
    if (envelope == null) {
      return null;
    }
    if (envelope.isArray()) {
      return (ArrayNode) envelope;
    }
    for (String key : new String[] {"data", "results", "items", "maps", "rows", "connections"}) {
      JsonNode v = envelope.get(key);
      if (v != null && v.isArray()) {
        return (ArrayNode) v;
      }
    }
    return null;
  }

  /**
   * The total number of items of a paginated answer: {@code total}, {@code totalCount}, {@code
   * total_count}, {@code count} at the root or under {@code meta}/{@code pagination}; -1 when
   * absent.
   */
  static long total(JsonNode envelope) {
    if (envelope == null || !envelope.isObject()) {
      return -1;
    }
    for (JsonNode scope :
        new JsonNode[] {envelope, envelope.get("meta"), envelope.get("pagination")}) {
      if (scope == null || !scope.isObject()) {
        continue;
      }
      for (String key : new String[] {"total", "totalCount", "total_count", "count"}) {
        JsonNode v = scope.get(key);
        if (v != null && v.isNumber()) {
          return v.asLong();
        }
        if (v != null && v.isString() && v.asString().matches("\\d{1,18}")) {
          return Long.parseLong(v.asString());
        }
      }
    }
    return -1;
  }

  /**
   * The snapshot viewers see, from the {@code /v3/maps/public/{id}} payload, without its data
   * token.
   */
  static ObjectNode snapshot(JsonNode publicMap) {
    ObjectNode out = Json.object();
    JsonNode version = publicMap.get("publishedVersion");
    out.put("version", version != null && version.isNumber() ? version.asLong() : 0);
    JsonNode at = publicMap.get("lastPublishedAt");
    if (at == null || at.isNull()) {
      at = publicMap.get("publishedAt");
    }
    if (at == null || at.isNull()) {
      at = publicMap.get("updatedAt");
    }
    out.set("publishedAt", nullToNull(at));
    out.set("keplerMapConfig", json(publicMap.get("keplerMapConfig")));
    ArrayNode datasets = Json.array();
    JsonNode raw = publicMap.get("datasets");
    if (raw != null && raw.isArray()) {
      for (JsonNode d : raw) {
        ObjectNode ds = dataset(d);
        if (ds != null) {
          ds.remove("token");
          datasets.add(ds);
        }
      }
    }
    out.set("datasets", datasets);
    return out;
  }

  /** Accepts {@code {"map": {...}}} (or another {@code key}) as well as the bare object. */
  static JsonNode unwrap(JsonNode answer, String key) {
    if (answer != null
        && answer.isObject()
        && !answer.has("id")
        && answer.has(key)
        && answer.get(key).isObject()) {
      return answer.get(key);
    }
    return answer;
  }

  /** A connection from a {@code GET /connections} item; null without an id or a name. */
  static Connection connection(JsonNode c) {
    String id = Json.text(c, "id");
    String name = Json.text(c, "name");
    if (id == null || name == null) {
      return null;
    }
    String provider =
        Json.text(c, "provider_id") != null
            ? Json.text(c, "provider_id")
            : Json.text(c, "providerId");
    return new Connection(id, name, provider);
  }

  /**
   * Columns of a SQL API or resources {@code schema} array ({@code name}, {@code type}); empty when
   * absent.
   */
  static List<Column> columns(JsonNode schema) {
    List<Column> out = new ArrayList<>();
    if (schema != null && schema.isArray()) {
      for (JsonNode col : schema) {
        String name = Json.text(col, "name");
        if (name != null) {
          out.add(new Column(name, ColumnTypes.carto(Json.text(col, "type"))));
        }
      }
    }
    return out;
  }

  /**
   * Columns of a TileJSON: {@code vector_layers[0].fields} (name → type) or {@code
   * tilestats.layers[0].attributes}.
   */
  static List<Column> tilesetColumns(JsonNode tilejson) {
    List<Column> out = new ArrayList<>();
    JsonNode layers = tilejson.path("vector_layers");
    if (layers.isArray() && !layers.isEmpty() && layers.get(0).path("fields").isObject()) {
      layers
          .get(0)
          .path("fields")
          .properties()
          .forEach(
              e -> out.add(new Column(e.getKey(), ColumnTypes.carto(e.getValue().asString("")))));
      return out;
    }
    JsonNode stats = tilejson.path("tilestats").path("layers");
    if (stats.isArray() && !stats.isEmpty()) {
      for (JsonNode a : stats.get(0).path("attributes")) {
        String name = Json.text(a, "attribute");
        if (name != null) {
          out.add(new Column(name, ColumnTypes.carto(Json.text(a, "type"))));
        }
      }
    }
    return out;
  }

  /**
   * {@code [xmin, ymin, xmax, ymax]} of a {@link WarehouseSql} statistics row; null unless all four
   * are numbers.
   */
  static double[] extent(JsonNode row) {
    double[] e = new double[4];
    String[] keys = {"xmin", "ymin", "xmax", "ymax"};
    for (int i = 0; i < 4; i++) {
      JsonNode v = row.get(keys[i]);
      if (v == null || !v.isNumber()) {
        return null;
      }
      e[i] = v.asDouble();
    }
    return e;
  }

  /**
   * {@code point}, {@code line} or {@code polygon} from a warehouse geometry type name; null for
   * anything else.
   */
  static String geometryType(String raw) {
    if (raw == null) {
      return null;
    }
    String t = raw.toLowerCase(Locale.ROOT);
    if (t.contains("point")) {
      return "point";
    }
    if (t.contains("line")) {
      return "line";
    }
    if (t.contains("polygon")) {
      return "polygon";
    }
    return null;
  }

  private static void privacy(ObjectNode in, ObjectNode out) {
    JsonNode p = take(in, "privacy");
    JsonNode scope = take(in, "sharingScope", "sharing_scope");
    JsonNode users = take(in, "userIds", "user_ids");
    JsonNode groups = take(in, "groupIds", "group_ids");
    if (p.isObject()) {
      JsonNode nested = p;
      p = nullToNull(nested.get("privacy"));
      scope = scope.isNull() ? nullToNull(nested.get("sharingScope")) : scope;
      users = users.isNull() ? nullToNull(nested.get("userIds")) : users;
      groups = groups.isNull() ? nullToNull(nested.get("groupIds")) : groups;
    }
    String privacy = p.isString() ? p.asString().toLowerCase(Locale.ROOT) : null;
    out.put("privacy", privacy == null ? null : PRIVACY.contains(privacy) ? privacy : p.asString());
    out.put("sharingScope", scope.isString() ? scope.asString() : null);
    out.set("userIds", users.isArray() ? users : Json.array());
    out.set("groupIds", groups.isArray() ? groups : Json.array());
  }

  private static JsonNode tags(JsonNode raw) {
    ArrayNode tags = Json.array();
    if (raw.isArray()) {
      for (JsonNode t : raw) {
        if (t.isString()) {
          tags.add(t.asString());
        } else if (Json.text(t, "name") != null) {
          tags.add(Json.text(t, "name"));
        }
      }
    }
    return tags;
  }

  /** Some payloads carry keplerMapConfig as a JSON string; turn it into the object. */
  private static JsonNode json(JsonNode raw) {
    if (raw != null && raw.isString()) {
      try {
        return Json.parse(raw.asString());
      } catch (RuntimeException notJson) {
        return raw;
      }
    }
    return nullToNull(raw);
  }

  private static boolean bool(JsonNode v) {
    return v.isBoolean() ? v.asBoolean() : v.isString() && Boolean.parseBoolean(v.asString());
  }

  /**
   * Removes every spelling of a field from {@code in}; returns the first present value, or JSON
   * null.
   */
  private static JsonNode take(ObjectNode in, String... names) {
    JsonNode found = null;
    List<String> present = new ArrayList<>();
    for (String n : names) {
      if (in.has(n)) {
        present.add(n);
        if (found == null || found.isNull()) {
          found = in.get(n);
        }
      }
    }
    present.forEach(in::remove);
    return nullToNull(found);
  }

  private static JsonNode nullToNull(JsonNode v) {
    return v == null || v.isMissingNode() ? NullNode.getInstance() : v;
  }
}
