package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.local.store.StoreCheck;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Create, read, patch, privacy, publish and delete of local maps, through the {@link Backend}
 * interface only.
 */
class LocalMapLifecycleTest {

  @TempDir Path home;

  private LocalBackend backend;

  @BeforeEach
  void open() {
    backend = LocalBackend.open(home, "http://127.0.0.1:9999/");
  }

  @AfterEach
  void close() {
    backend.close();
  }

  static ObjectNode obj(String json) {
    return (ObjectNode) Json.parse(json);
  }

  private ObjectNode newMap() {
    return backend.createMap(
        obj(
            "{\"title\":\"Cities\",\"description\":\"Big ones\","
                + "\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":[]}}}}"));
  }

  @Test
  void createsAPrivateMapInTheWireShape() {
    ObjectNode map = newMap();
    UUID.fromString(map.get("id").asString());
    assertEquals("Cities", map.get("title").asString());
    assertEquals("Big ones", map.get("description").asString());
    assertEquals("private", map.get("privacy").asString());
    assertTrue(map.get("sharingScope").isNull());
    assertEquals(0, map.get("userIds").size());
    assertEquals(0, map.get("groupIds").size());
    assertFalse(map.get("collaborative").asBoolean());
    assertEquals(0, map.get("tags").size());
    assertEquals(
        obj("{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":[]}}}"),
        map.get("keplerMapConfig"));
    assertFalse(map.has("agent"));
    assertEquals("local", map.get("ownerId").asString());
    assertTrue(
        map.get("createdAt")
            .asString()
            .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
    assertEquals(map.get("createdAt"), map.get("updatedAt"));
    assertTrue(map.get("lastPublishedAt").isNull());
    assertEquals(0, map.get("publishedVersion").asInt());
    assertEquals(map, backend.getMap(map.get("id").asString()));
  }

  @Test
  void createWithoutTitleOrKeplerGivesAnUntitledEmptyMap() {
    ObjectNode map = backend.createMap(obj("{}"));
    assertEquals("Untitled map", map.get("title").asString());
    assertEquals(obj("{}"), map.get("keplerMapConfig"));
  }

  @Test
  void rejectsCreateKeysOutsideTitleDescriptionKepler() {
    BackendException e =
        assertThrows(
            BackendException.class,
            () ->
                backend.createMap(
                    obj("{\"title\":\"x\",\"privacy\":\"public\",\"tags\":[\"a\"]}")));
    assertEquals(BackendException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("privacy, tags"), e.getMessage());
    assertEquals(0, backend.listMaps(io.cartomaps.backend.MapQuery.firstPage(10)).total());
  }

  @Test
  void rejectsWrongTypesOnCreate() {
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(BackendException.class, () -> backend.createMap(obj("{\"title\":3}"))).kind());
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(
                BackendException.class, () -> backend.createMap(obj("{\"keplerMapConfig\":[]}")))
            .kind());
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(BackendException.class, () -> backend.createMap(null)).kind());
  }

  @Test
  void patchesEachFieldAndMovesUpdatedAtOn() {
    ObjectNode map = newMap();
    String id = map.get("id").asString();
    String updated = map.get("updatedAt").asString();

    ObjectNode p = backend.patchMap(id, obj("{\"title\":\"Towns\"}"));
    assertEquals("Towns", p.get("title").asString());
    assertEquals("Big ones", p.get("description").asString());
    assertTrue(p.get("updatedAt").asString().compareTo(updated) > 0);
    updated = p.get("updatedAt").asString();

    p = backend.patchMap(id, obj("{\"description\":null}"));
    assertTrue(p.get("description").isNull());
    assertTrue(p.get("updatedAt").asString().compareTo(updated) > 0);

    p = backend.patchMap(id, obj("{\"tags\":[\"europe\",\"demo\",\"europe\"]}"));
    assertEquals(Json.parse("[\"europe\",\"demo\"]"), p.get("tags"));

    p = backend.patchMap(id, obj("{\"collaborative\":true}"));
    assertTrue(p.get("collaborative").asBoolean());

    p = backend.patchMap(id, obj("{\"agent\":{\"enabled\":true,\"config\":{\"model\":\"m\"}}}"));
    assertEquals(obj("{\"enabled\":true,\"config\":{\"model\":\"m\"}}"), p.get("agent"));
    p = backend.patchMap(id, obj("{\"agent\":null}"));
    assertFalse(p.has("agent"));

    assertEquals(map.get("createdAt"), p.get("createdAt"));
    assertEquals(p, backend.getMap(id));
  }

  @Test
  void keplerMapConfigIsReplacedWholesale() {
    String id = newMap().get("id").asString();
    ObjectNode p =
        backend.patchMap(id, obj("{\"keplerMapConfig\":{\"version\":\"v1\",\"other\":1}}"));
    assertEquals(obj("{\"version\":\"v1\",\"other\":1}"), p.get("keplerMapConfig"));
    assertEquals(
        obj("{\"version\":\"v1\",\"other\":1}"), backend.getMap(id).get("keplerMapConfig"));
  }

  @Test
  void rejectsPatchKeysOutsideThePatchableFields() {
    String id = newMap().get("id").asString();
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> backend.patchMap(id, obj("{\"title\":\"x\",\"privacy\":\"public\"}")));
    assertEquals(BackendException.Kind.INVALID, e.kind());
    assertTrue(
        e.getMessage().contains("privacy") && e.getMessage().contains("setPrivacy"),
        e.getMessage());
    assertEquals("Cities", backend.getMap(id).get("title").asString());
  }

  @Test
  void rejectsWrongTypesOnPatch() {
    String id = newMap().get("id").asString();
    for (String bad :
        new String[] {
          "{\"tags\":\"a\"}",
          "{\"tags\":[1]}",
          "{\"tags\":null}",
          "{\"collaborative\":\"yes\"}",
          "{\"agent\":[]}",
          "{\"keplerMapConfig\":null}",
          "{\"title\":null}"
        }) {
      BackendException e =
          assertThrows(BackendException.class, () -> backend.patchMap(id, obj(bad)), bad);
      assertEquals(BackendException.Kind.INVALID, e.kind(), bad);
    }
  }

  @Test
  void emptyPatchChangesNothing() {
    ObjectNode map = newMap();
    assertEquals(map, backend.patchMap(map.get("id").asString(), obj("{}")));
  }

  @Test
  void setsPrivacyWithSharingDetails() {
    String id = newMap().get("id").asString();
    ObjectNode p = backend.setPrivacy(id, obj("{\"privacy\":\"shared\"}"));
    assertEquals("shared", p.get("privacy").asString());
    assertEquals("organization", p.get("sharingScope").asString());

    p =
        backend.setPrivacy(
            id,
            obj(
                "{\"privacy\":\"shared\",\"sharingScope\":\"specific\","
                    + "\"userIds\":[\"u1\"],\"groupIds\":[\"g1\",\"g2\"]}"));
    assertEquals("specific", p.get("sharingScope").asString());
    assertEquals(Json.parse("[\"u1\"]"), p.get("userIds"));
    assertEquals(Json.parse("[\"g1\",\"g2\"]"), p.get("groupIds"));

    p = backend.setPrivacy(id, obj("{\"privacy\":\"public\"}"));
    assertEquals("public", p.get("privacy").asString());
    assertTrue(p.get("sharingScope").isNull());
    assertEquals(0, p.get("userIds").size());
    assertEquals(p, backend.getMap(id));
  }

  @Test
  void rejectsBadPrivacyRequests() {
    String id = newMap().get("id").asString();
    for (String bad :
        new String[] {
          "{}",
          "{\"privacy\":\"secret\"}",
          "{\"privacy\":\"public\",\"title\":\"x\"}",
          "{\"privacy\":\"public\",\"sharingScope\":\"organization\"}",
          "{\"privacy\":\"shared\",\"sharingScope\":\"everyone\"}",
          "{\"privacy\":\"shared\",\"sharingScope\":\"organization\",\"userIds\":[\"u\"]}"
        }) {
      BackendException e =
          assertThrows(BackendException.class, () -> backend.setPrivacy(id, obj(bad)), bad);
      assertEquals(BackendException.Kind.INVALID, e.kind(), bad);
    }
    assertEquals("private", backend.getMap(id).get("privacy").asString());
  }

  @Test
  void publishesVersionedSnapshotsFrozenAgainstLaterEdits() {
    String id = newMap().get("id").asString();
    assertNull(backend.publishedSnapshot(id));
    backend.createDataset(
        id,
        obj(
            "{\"type\":\"table\",\"source\":\"samples.places\",\"connectionId\":\""
                + LocalConnection.ID
                + "\",\"label\":\"Places\"}"));

    ObjectNode first = backend.publish(id);
    assertEquals(1, first.get("publishedVersion").asInt());
    assertEquals(first.get("updatedAt"), first.get("lastPublishedAt"));
    ObjectNode second = backend.publish(id);
    assertEquals(2, second.get("publishedVersion").asInt());
    assertTrue(
        second.get("lastPublishedAt").asString().compareTo(first.get("lastPublishedAt").asString())
            > 0);

    backend.patchMap(id, obj("{\"keplerMapConfig\":{\"version\":\"v1\",\"changed\":true}}"));
    String datasetId = backend.listDatasets(id).get(0).get("id").asString();
    backend.patchDataset(id, datasetId, obj("{\"label\":\"Renamed\"}"));

    ObjectNode snapshot = backend.publishedSnapshot(id);
    assertEquals(2, snapshot.get("version").asInt());
    assertEquals(second.get("lastPublishedAt"), snapshot.get("publishedAt"));
    assertEquals(
        obj("{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":[]}}}"),
        snapshot.get("keplerMapConfig"));
    assertEquals("Places", snapshot.get("datasets").get(0).get("label").asString());
    assertEquals(datasetId, snapshot.get("datasets").get(0).get("id").asString());

    ObjectNode live = backend.getMap(id);
    assertTrue(
        live.get("updatedAt").asString().compareTo(live.get("lastPublishedAt").asString()) > 0);
  }

  @Test
  void deletesTheMapWithItsDatasetsAndSnapshots() {
    String id = newMap().get("id").asString();
    backend.createDataset(
        id,
        obj(
            "{\"type\":\"query\",\"source\":\"SELECT 1\",\"connectionId\":\""
                + LocalConnection.ID
                + "\"}"));
    backend.publish(id);
    backend.deleteMap(id);
    assertEquals(
        BackendException.Kind.NOT_FOUND,
        assertThrows(BackendException.class, () -> backend.getMap(id)).kind());
    assertEquals(
        BackendException.Kind.NOT_FOUND,
        assertThrows(BackendException.class, () -> backend.listDatasets(id)).kind());
    assertEquals(
        BackendException.Kind.NOT_FOUND,
        assertThrows(BackendException.class, () -> backend.publishedSnapshot(id)).kind());
    StoreCheck check = backend.checkStore();
    assertEquals(
        0, check.maps() + check.datasets() + check.snapshots() + check.tags(), check.toString());
    assertTrue(check.consistent(), check.problems().toString());
  }

  @Test
  void unknownMapIdsAreNotFoundWithTheProfileNamed() {
    String id = "00000000-0000-0000-0000-000000000000";
    BackendException e = assertThrows(BackendException.class, () -> backend.getMap(id));
    assertEquals(BackendException.Kind.NOT_FOUND, e.kind());
    assertEquals("Map " + id + " not found in profile 'local'.", e.getMessage());
    for (Runnable call :
        new Runnable[] {
          () -> backend.patchMap(id, obj("{\"title\":\"x\"}")),
          () -> backend.setPrivacy(id, obj("{\"privacy\":\"public\"}")),
          () -> backend.publish(id),
          () -> backend.publishedSnapshot(id),
          () -> backend.deleteMap(id),
          () -> backend.listDatasets(id),
          () ->
              backend.createDataset(
                  id,
                  obj(
                      "{\"type\":\"query\",\"source\":\"SELECT 1\",\"connectionId\":\""
                          + LocalConnection.ID
                          + "\"}")),
          () -> backend.urls(id),
          () -> backend.getMap("not a uuid")
        }) {
      assertEquals(
          BackendException.Kind.NOT_FOUND, assertThrows(BackendException.class, call::run).kind());
    }
  }

  @Test
  void urlsPointAtTheLocalViewerAndArePublicOnlyForPublicMaps() {
    String id = newMap().get("id").asString();
    MapUrls urls = backend.urls(id);
    assertEquals("http://127.0.0.1:9999/maps/" + id, urls.builderUrl());
    assertEquals("http://127.0.0.1:9999/maps/" + id + "/view", urls.viewerUrl());
    assertNull(urls.publicUrl());
    backend.setPrivacy(id, obj("{\"privacy\":\"public\"}"));
    assertEquals(urls.viewerUrl(), backend.urls(id).publicUrl());
  }

  @Test
  void defaultViewerUrlIsLoopback8766AndBadOnesAreRefused() {
    try (LocalBackend b = LocalBackend.open(home, null)) {
      String id = b.createMap(obj("{}")).get("id").asString();
      assertEquals("http://127.0.0.1:8766/maps/" + id, b.urls(id).builderUrl());
    }
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(BackendException.class, () -> LocalBackend.open(home, "ftp://x")).kind());
  }

  @Test
  void agentsAreDisabledWithAReason() {
    assertFalse(backend.agentsStatus().enabled());
    assertTrue(backend.agentsStatus().note().contains("never runs"));
    assertEquals("local", backend.profile());
  }

  @Test
  void hasOneLocalH2gisConnection() {
    assertEquals(1, backend.connections().size());
    assertEquals("local", backend.connections().get(0).name());
    assertEquals("h2gis", backend.connections().get(0).providerId());
    assertEquals(LocalConnection.ID, backend.connections().get(0).id());
    UUID.fromString(LocalConnection.ID);
  }

  @Test
  void mapsSurviveReopening() {
    ObjectNode map = newMap();
    backend.close();
    backend = LocalBackend.open(home, null);
    assertEquals(map, backend.getMap(map.get("id").asString()));
    assertNotEquals(0, backend.listMaps(io.cartomaps.backend.MapQuery.firstPage(5)).total());
  }
}
