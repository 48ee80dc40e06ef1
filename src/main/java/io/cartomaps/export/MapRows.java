package io.cartomaps.export;

import io.cartomaps.backend.Connection;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.rules.FieldUses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Flattens one map into the rows of {@link EstateSchema}: the map, its tags, datasets, layers,
 * widgets, SQL parameters, popups, the fields each uses, the findings, and what it depends on.
 * Top-level scalar fields of the map record that no column names yet become new {@code maps}
 * columns (snake_case), as dlt evolves a schema.
 */
final class MapRows {

  /** Map record fields with a column of their own, or not exported. */
  private static final Set<String> MAPPED =
      Set.of(
          "id",
          "title",
          "description",
          "privacy",
          "sharingScope",
          "collaborative",
          "tags",
          "ownerId",
          "createdAt",
          "updatedAt",
          "lastPublishedAt",
          "keplerMapConfig",
          "agent",
          "userIds",
          "groupIds",
          "datasets");

  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  /** Column names of record fields seen so far: records have few top-level fields. */
  private static final Map<String, String> SNAKE = new ConcurrentHashMap<>();

  private static final int MAX_SNAKE_NAMES = 1000;

  private final Map<TableSpec, List<Map<String, Object>>> rows = new LinkedHashMap<>();

  private MapRows() {}

  /** The rows of one map. */
  static Map<TableSpec, List<Map<String, Object>>> of(
      String profile, FetchedMap m, Map<String, Connection> connections) {
    MapRows r = new MapRows();
    r.build(profile, m, connections);
    return r.rows;
  }

  private Map<String, Object> row(TableSpec table) {
    Map<String, Object> row = new LinkedHashMap<>();
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
    return row;
  }

  private void build(String profile, FetchedMap m, Map<String, Connection> connections) {
    ObjectNode rec = m.record();
    String mapId = Json.text(rec, "id");
    JsonNode config = rec.path("keplerMapConfig").path("config");
    JsonNode layers = config.path("visState").path("layers");
    JsonNode widgets = config.path("widgets");

    Map<String, Object> map = row(EstateSchema.MAPS);
    map.put("map_id", mapId);
    map.put("profile", profile);
    map.put("title", Json.text(rec, "title"));
    map.put("description", Json.text(rec, "description"));
    String privacy = Privacy.level(rec);
    map.put("privacy", privacy);
    map.put("sharing_scope", Json.text(rec, "sharingScope"));
    map.put("collaborative", rec.path("collaborative").asBoolean(false));
    map.put("tags", Json.compact(m.bundle().path("tags")));
    map.put("owner_id", Json.text(rec, "ownerId"));
    String updated = Json.text(rec, "updatedAt");
    String published = Json.text(rec, "lastPublishedAt");
    Long updatedMs = Times.millis(updated);
    Long publishedMs = Times.millis(published);
    map.put("created_at", Times.instant(Times.millis(Json.text(rec, "createdAt"))));
    map.put("updated_at", Times.instant(updatedMs));
    map.put("last_published_at", Times.instant(publishedMs));
    boolean visible = Privacy.isVisibleToOthers(privacy);
    map.put("never_published", visible && published == null);
    map.put(
        "viewers_see_older",
        visible && publishedMs != null && updatedMs != null && updatedMs > publishedMs);
    map.put("builder_url", m.urls().builderUrl());
    map.put("viewer_url", m.urls().viewerUrl());
    map.put("public_url", m.urls().publicUrl());
    JsonNode state = config.path("mapState");
    map.put("center_lat", number(state, "latitude"));
    map.put("center_lon", number(state, "longitude"));
    map.put("zoom", number(state, "zoom"));
    map.put("dataset_count", (long) m.datasets().size());
    map.put("layer_count", (long) layers.size());
    map.put("widget_count", (long) widgets.size());
    List<Finding> findings = new ArrayList<>(m.tier1());
    if (m.tier2() != null) {
      findings.addAll(m.tier2());
    }
    map.put("error_count", findings.stream().filter(Finding::isError).count());
    map.put("warning_count", findings.stream().filter(f -> !f.isError()).count());
    map.put("agent_enabled", rec.path("agent").path("enabledForViewer").asBoolean(false));
    // JSON text is written here, on the reading threads, so the single writer only appends it.
    map.put("bundle", Json.compact(m.bundle()));
    rec.properties()
        .forEach(
            e -> {
              if (!MAPPED.contains(e.getKey())
                  && e.getValue().isValueNode()
                  && !e.getValue().isNull()
                  && !looksSecret(e.getKey())) {
                JsonNode v = e.getValue();
                map.putIfAbsent(
                    snake(e.getKey()),
                    v.isBoolean()
                        ? v.asBoolean()
                        : v.isIntegralNumber()
                            ? (Object) v.asLong()
                            : v.isNumber() ? (Object) v.asDouble() : v.asString());
              }
            });

    for (String tag : new LinkedHashSet<>(strings(m.bundle().path("tags")))) {
      Map<String, Object> t = row(EstateSchema.MAP_TAGS);
      t.put("map_id", mapId);
      t.put("tag", tag);
    }
    datasets(mapId, m.datasets(), connections);
    List<FieldUses.Use> uses = FieldUses.of(m.bundle());
    layers(mapId, layers, uses);
    widgets(mapId, widgets);
    parameters(mapId, config.path("sqlParameters"));
    popups(mapId, config.path("popupSettings").path("layers"));
    fieldUses(mapId, m.datasets(), uses);
    int i = 0;
    for (Finding f : m.tier1()) {
      finding(mapId, "1", f, i++);
    }
    if (m.tier2() != null) {
      for (Finding f : m.tier2()) {
        finding(mapId, "2", f, i++);
      }
    }
  }

  private void datasets(
      String mapId, List<ObjectNode> datasets, Map<String, Connection> connections) {
    long position = 0;
    for (ObjectNode d : datasets) {
      String id = Json.text(d, "id");
      String connectionId = Json.text(d, "connectionId");
      Connection c = connectionId == null ? null : connections.get(connectionId);
      String connectionName = c != null ? c.name() : Json.text(d, "connectionName");
      String provider = c != null ? c.providerId() : Json.text(d, "providerId");
      String kind = Json.text(d, "type");
      String source = Json.text(d, "source");
      Map<String, Object> row = row(EstateSchema.DATASETS);
      row.put("map_id", mapId);
      row.put("dataset_id", id);
      row.put("position", position++);
      row.put("label", Json.text(d, "label"));
      row.put("kind", kind);
      row.put("source", source);
      row.put("connection_id", connectionId);
      row.put("connection_name", connectionName);
      row.put("provider_id", provider);
      row.put("geo_column", Json.text(d, "geoColumn"));
      row.put("columns", d.path("columns").isArray() ? Json.compact(d.get("columns")) : null);
      row.put("aggregation_exp", Json.text(d, "aggregationExp"));
      JsonNode res = d.get("aggregationResLevel");
      row.put("aggregation_res_level", res != null && res.isNumber() ? res.asLong() : null);
      Set<String> tables =
          "query".equals(kind) ? TableRefs.in(source) : source == null ? Set.of() : Set.of(source);
      for (String table : tables) {
        Map<String, Object> dep = row(EstateSchema.DEPENDENCIES);
        dep.put("map_id", mapId);
        dep.put("dataset_id", id);
        dep.put("connection_id", connectionId);
        dep.put("connection_name", connectionName);
        dep.put("provider_id", provider);
        dep.put("kind", kind);
        dep.put("table_name", table);
      }
    }
  }

  private void layers(String mapId, JsonNode layers, List<FieldUses.Use> uses) {
    Map<String, Set<String>> layerFields = new HashMap<>();
    for (FieldUses.Use u : uses) {
      if ("layer".equals(u.reader())) {
        layerFields.computeIfAbsent(u.readerId(), k -> new LinkedHashSet<>()).add(u.column());
      }
    }
    long position = 0;
    for (JsonNode l : layers) {
      JsonNode cfg = l.path("config");
      String layerId = Json.text(l, "id");
      String datasetId = datasetId(Json.text(cfg, "dataId"));
      Map<String, Object> row = row(EstateSchema.LAYERS);
      row.put("map_id", mapId);
      row.put("layer_id", layerId);
      row.put("position", position++);
      row.put("type", Json.text(l, "type"));
      row.put("label", Json.text(cfg, "label"));
      row.put("dataset_id", datasetId);
      row.put(
          "visible", cfg.path("isVisible").asBoolean(true) && !cfg.path("hidden").asBoolean(false));
      row.put("fields", Json.compact(layerFields.getOrDefault(layerId, Set.of())));
    }
  }

  private void widgets(String mapId, JsonNode widgets) {
    long position = 0;
    for (JsonNode w : widgets) {
      String widgetId = Json.text(w, "id");
      String datasetId = datasetId(Json.text(w, "dataSource"));
      Map<String, Object> row = row(EstateSchema.WIDGETS);
      row.put("map_id", mapId);
      row.put("widget_id", widgetId);
      row.put("position", position++);
      row.put("type", Json.text(w, "type"));
      row.put("title", Json.text(w, "title"));
      row.put("dataset_id", datasetId);
      row.put("column_name", Json.text(w, "column"));
      row.put("operation", Json.text(w, "operation"));
    }
  }

  private void parameters(String mapId, JsonNode parameters) {
    long position = 0;
    for (JsonNode p : parameters) {
      Set<String> sqlNames = new LinkedHashSet<>();
      p.findValues("sqlName").forEach(v -> sqlNames.add(v.asString()));
      List<String> datasetIds = new ArrayList<>();
      p.path("dataSources").forEach(d -> datasetIds.add(datasetId(Json.text(d, "id"))));
      Map<String, Object> row = row(EstateSchema.SQL_PARAMETERS);
      row.put("map_id", mapId);
      row.put("parameter_id", Json.text(p, "id"));
      row.put("position", position++);
      row.put("name", Json.text(p, "name"));
      row.put("type", Json.text(p, "type"));
      row.put("sql_names", Json.compact(sqlNames));
      row.put("dataset_ids", Json.compact(datasetIds));
    }
  }

  private void popups(String mapId, JsonNode popupLayers) {
    popupLayers
        .properties()
        .forEach(
            e -> {
              JsonNode popup = e.getValue();
              // Builder writes {hover: {...}, click: {...}}; older maps {type: "click", fields:
              // [...]}.
              boolean flat = popup.has("fields");
              for (String trigger :
                  flat
                      ? List.of(popup.path("type").asString("click"))
                      : List.of("hover", "click")) {
                JsonNode p = flat ? popup : popup.get(trigger);
                if (p == null || !p.isObject()) {
                  continue;
                }
                List<String> fields = new ArrayList<>();
                p.path("fields")
                    .forEach(
                        f -> {
                          String name = Json.text(f, "name");
                          if (name != null) {
                            fields.add(name);
                          }
                        });
                Map<String, Object> row = row(EstateSchema.POPUPS);
                row.put("map_id", mapId);
                row.put("layer_id", e.getKey());
                row.put("trigger", trigger);
                row.put("enabled", e.getValue().path("enabled").asBoolean(true));
                row.put("style", Json.text(p, "style"));
                row.put("fields", Json.compact(fields));
              }
            });
  }

  /** One {@code field_uses} row per distinct read: a layer naming a column twice reads it once. */
  private void fieldUses(String mapId, List<ObjectNode> datasets, List<FieldUses.Use> uses) {
    Set<List<String>> seen = new HashSet<>();
    for (FieldUses.Use u : uses) {
      String datasetId =
          u.dataset() < datasets.size() ? Json.text(datasets.get(u.dataset()), "id") : null;
      if (!seen.add(Arrays.asList(datasetId, u.column(), u.reader(), u.readerId()))) {
        continue;
      }
      Map<String, Object> row = row(EstateSchema.FIELD_USES);
      row.put("map_id", mapId);
      row.put("dataset_id", datasetId);
      row.put("field", u.column());
      row.put("used_by", u.reader());
      row.put("used_by_id", u.readerId());
    }
  }

  private void finding(String mapId, String tier, Finding f, int position) {
    Map<String, Object> row = row(EstateSchema.FINDINGS);
    row.put("map_id", mapId);
    row.put("tier", tier);
    row.put("severity", f.severity().name());
    row.put("code", f.code());
    row.put("path", f.path());
    row.put("message", f.message());
    row.put("suggestion", f.suggestion());
    row.put("position", (long) position);
  }

  /**
   * A layer's or widget's reference to a dataset: the id, without the bundle's {@code $ref:}
   * prefix.
   */
  private static String datasetId(String ref) {
    return ref != null && ref.startsWith("$ref:") ? ref.substring(5) : ref;
  }

  private static Double number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isNumber() ? v.asDouble() : null;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asString()));
    return out;
  }

  private static boolean looksSecret(String field) {
    String f = field.toLowerCase(Locale.ROOT);
    return f.contains("token")
        || f.contains("secret")
        || f.contains("password")
        || f.contains("key");
  }

  /** {@code lastViewedAt} → {@code last_viewed_at}; a record's few field names, worked out once. */
  static String snake(String camel) {
    String known = SNAKE.get(camel);
    if (known != null) {
      return known;
    }
    String snake =
        CAMEL_HUMP
            .matcher(camel)
            .replaceAll("$1_$2")
            .replaceAll("[^A-Za-z0-9_]", "_")
            .toLowerCase(Locale.ROOT);
    if (SNAKE.size() < MAX_SNAKE_NAMES) {
      SNAKE.put(camel, snake);
    }
    return snake;
  }
}
