package io.cartomaps.maps;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-memory backend in the shared wire shape, with fault injection: {@link #failOn} makes the
 * n-th call of an operation throw, so tests can prove a write leaves nothing behind whichever step
 * fails.
 */
final class FakeBackend implements Backend {

  final String profile;
  final Map<String, ObjectNode> maps = new LinkedHashMap<>();
  final Map<String, Map<String, ObjectNode>> datasets = new HashMap<>();
  final List<Connection> connections = new ArrayList<>();
  final Map<String, List<Column>> tables = new HashMap<>();
  final List<String> calls = new ArrayList<>();
  private final Map<String, Integer> failures = new HashMap<>();
  private long clock = 1_700_000_000_000L;
  boolean agentsEnabled;

  FakeBackend(String profile) {
    this.profile = profile;
    connections.add(new Connection("c-1", "main", "postgres"));
    tables.put(
        "public.places",
        List.of(
            new Column("geom", "geometry"),
            new Column("name", "string"),
            new Column("pop", "number")));
  }

  /** The {@code nth} (1-based) call of {@code operation} from now on throws UNAVAILABLE. */
  FakeBackend failOn(String operation, int nth) {
    failures.put(operation, nth);
    return this;
  }

  private void call(String operation) {
    calls.add(operation);
    Integer left = failures.get(operation);
    if (left != null) {
      if (left <= 1) {
        failures.remove(operation);
        throw new BackendException(
            BackendException.Kind.UNAVAILABLE, "injected failure in " + operation);
      }
      failures.put(operation, left - 1);
    }
  }

  private String now() {
    clock += 1000;
    return Instant.ofEpochMilli(clock).toString();
  }

  @Override
  public String profile() {
    return profile;
  }

  @Override
  public MapPage listMaps(MapQuery q) {
    call("listMaps");
    List<ObjectNode> all = new ArrayList<>(maps.values());
    int from = Math.min(all.size(), (q.page() - 1) * q.pageSize());
    int to = Math.min(all.size(), from + q.pageSize());
    return new MapPage(all.subList(from, to), q.page(), q.pageSize(), all.size());
  }

  @Override
  public ObjectNode getMap(String id) {
    call("getMap");
    ObjectNode m = maps.get(id);
    if (m == null) {
      throw BackendException.notFound("Map " + id + " not found in profile '" + profile + "'");
    }
    return m.deepCopy();
  }

  @Override
  public ObjectNode createMap(ObjectNode in) {
    call("createMap");
    String id = UUID.randomUUID().toString();
    ObjectNode m = Json.object();
    m.put("id", id);
    m.put("title", Json.text(in, "title"));
    m.put("description", Json.text(in, "description"));
    m.put("privacy", "private");
    m.put("collaborative", false);
    m.putArray("tags");
    if (in.has("keplerMapConfig")) {
      m.set("keplerMapConfig", in.get("keplerMapConfig").deepCopy());
    }
    String t = now();
    m.put("createdAt", t);
    m.put("updatedAt", t);
    m.putNull("lastPublishedAt");
    m.put("publishedVersion", 0);
    maps.put(id, m);
    datasets.put(id, new LinkedHashMap<>());
    return m.deepCopy();
  }

  @Override
  public ObjectNode patchMap(String id, ObjectNode patch) {
    call("patchMap");
    ObjectNode m = existing(id);
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (e.getValue().isNull()) {
        m.remove(e.getKey());
      } else {
        m.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    m.put("updatedAt", now());
    return m.deepCopy();
  }

  @Override
  public ObjectNode setPrivacy(String id, ObjectNode privacy) {
    call("setPrivacy");
    ObjectNode m = existing(id);
    m.put("privacy", Json.text(privacy, "privacy"));
    m.put("updatedAt", now());
    return m.deepCopy();
  }

  @Override
  public ObjectNode publish(String id) {
    call("publish");
    ObjectNode m = existing(id);
    m.put("lastPublishedAt", now());
    m.put("publishedVersion", m.path("publishedVersion").asInt() + 1);
    return m.deepCopy();
  }

  @Override
  public ObjectNode publishedSnapshot(String id) {
    return null;
  }

  @Override
  public void deleteMap(String id) {
    call("deleteMap");
    existing(id);
    maps.remove(id);
    datasets.remove(id);
  }

  @Override
  public List<ObjectNode> listDatasets(String id) {
    call("listDatasets");
    existing(id);
    return datasets.get(id).values().stream().map(ObjectNode::deepCopy).toList();
  }

  @Override
  public ObjectNode createDataset(String mapId, ObjectNode d) {
    call("createDataset");
    existing(mapId);
    ObjectNode rec = d.deepCopy();
    String id = UUID.randomUUID().toString();
    rec.put("id", id);
    connections.stream()
        .filter(c -> c.id().equals(Json.text(d, "connectionId")))
        .findFirst()
        .ifPresent(c -> rec.put("connectionName", c.name()));
    datasets.get(mapId).put(id, rec);
    return rec.deepCopy();
  }

  @Override
  public ObjectNode patchDataset(String mapId, String datasetId, ObjectNode patch) {
    call("patchDataset");
    ObjectNode d = datasets.get(mapId).get(datasetId);
    if (d == null) {
      throw BackendException.notFound("Dataset " + datasetId + " not found");
    }
    for (Map.Entry<String, JsonNode> e : patch.properties()) {
      if (e.getValue().isNull()) {
        d.remove(e.getKey());
      } else {
        d.set(e.getKey(), e.getValue().deepCopy());
      }
    }
    return d.deepCopy();
  }

  @Override
  public void deleteDataset(String mapId, String datasetId) {
    call("deleteDataset");
    datasets.get(mapId).remove(datasetId);
  }

  @Override
  public List<Connection> connections() {
    return connections;
  }

  @Override
  public SourceProbe probeSource(String connectionId, SourceKind kind, String source) {
    call("probeSource");
    if (kind == SourceKind.table) {
      List<Column> cols = tables.get(source);
      return cols == null
          ? SourceProbe.failed("Table " + source + " not found")
          : SourceProbe.ok(cols);
    }
    for (Map.Entry<String, List<Column>> t : tables.entrySet()) {
      if (source.contains(t.getKey())) {
        return SourceProbe.ok(t.getValue());
      }
    }
    return SourceProbe.failed("Query fails");
  }

  @Override
  public List<TableRef> listTables(String connectionId, String prefix) {
    return tables.keySet().stream().map(n -> new TableRef(n, "table")).toList();
  }

  @Override
  public TableInfo describeTable(String connectionId, String table) {
    List<Column> cols = tables.get(table);
    if (cols == null) {
      throw BackendException.notFound("Table " + table + " not found");
    }
    return new TableInfo(table, cols, "geom", "point", 3, new double[] {-10, 35, 5, 45});
  }

  @Override
  public AgentsStatus agentsStatus() {
    return new AgentsStatus(
        agentsEnabled,
        agentsEnabled ? "carto::openai::gpt-5" : null,
        List.of(),
        List.of(),
        agentsEnabled ? null : "no agents here");
  }

  @Override
  public MapUrls urls(String mapId) {
    return new MapUrls(
        "https://example.test/builder/" + mapId,
        "https://example.test/map/" + mapId,
        "public".equals(Json.text(maps.get(mapId), "privacy"))
            ? "https://example.test/map/" + mapId
            : null);
  }

  @Override
  public void close() {}

  private ObjectNode existing(String id) {
    ObjectNode m = maps.get(id);
    if (m == null) {
      throw BackendException.notFound("Map " + id + " not found in profile '" + profile + "'");
    }
    return m;
  }
}
