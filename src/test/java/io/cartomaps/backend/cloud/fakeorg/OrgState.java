package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Everything the organisation holds, in memory: maps (the live draft records), their datasets,
 * published snapshots, connections and the CARTO AI settings. Callers hold the lock of this object
 * while they read or change it.
 */
final class OrgState {

  /** The user every map belongs to (the {@code sub} of a login token). */
  static final String OWNER = "auth0|fake-org-owner";

  static final String ACCOUNT = "ac_fakeorg";

  final Map<String, ObjectNode> maps = new LinkedHashMap<>();
  final Map<String, Map<String, ObjectNode>> datasets = new LinkedHashMap<>();
  final Map<String, ObjectNode> snapshots = new LinkedHashMap<>();
  final List<FakeConnection> connections = new ArrayList<>();

  /** Rows for statements the catalogue cannot answer (e.g. aggregates), or null for none. */
  java.util.function.Function<String, tools.jackson.databind.node.ArrayNode> warehouse;

  ObjectNode aiSettings =
      (ObjectNode)
          Json.parse(
              "{\"enabled\":true,\"defaultModel\":\"ac_fakeorg::openai::gpt-4o-mini\","
                  + "\"models\":[{\"id\":\"ac_fakeorg::openai::gpt-4o-mini\"},{\"id\":\"ac_fakeorg::google::gemini-2.5\"}]}");

  private long tick;
  private long ids;

  /**
   * A strictly increasing time, so updatedAt and lastPublishedAt order the way a real clock would.
   */
  String now() {
    return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(++tick).toString();
  }

  /** A fresh UUID-shaped id; deterministic so failures reproduce. */
  String newId() {
    return new UUID(0xCA770000_00000000L, ++ids).toString();
  }

  Optional<ObjectNode> map(String id) {
    return Optional.ofNullable(maps.get(id));
  }

  Map<String, ObjectNode> datasetsOf(String mapId) {
    return datasets.computeIfAbsent(mapId, k -> new LinkedHashMap<>());
  }

  Optional<FakeConnection> connectionById(String id) {
    return connections.stream().filter(c -> c.id().equals(id)).findFirst();
  }

  Optional<FakeConnection> connectionByName(String name) {
    return connections.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  void removeMap(String id) {
    maps.remove(id);
    datasets.remove(id);
    snapshots.remove(id);
  }

  /** Everything about maps, deep-copied: {@code {mapId: {map, datasets, snapshot}}}. */
  ObjectNode copyOfMaps() {
    ObjectNode out = Json.object();
    maps.forEach(
        (id, record) -> {
          ObjectNode entry = out.putObject(id);
          entry.set("map", record.deepCopy());
          var ds = entry.putArray("datasets");
          datasetsOf(id).values().forEach(d -> ds.add(d.deepCopy()));
          entry.set("snapshot", snapshots.containsKey(id) ? snapshots.get(id).deepCopy() : null);
        });
    return out;
  }
}
