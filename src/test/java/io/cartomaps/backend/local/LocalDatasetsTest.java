package io.cartomaps.backend.local;

import static io.cartomaps.backend.local.LocalMapLifecycleTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.LocalConnection;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * The datasets sub-resource of local maps: ids, verbatim fields, server fields, merges and errors.
 */
class LocalDatasetsTest {

  private static final String PLACES =
      "{\"$ref\":\"places\",\"type\":\"table\",\"source\":\"samples.places\","
          + "\"connectionId\":\""
          + LocalConnection.ID
          + "\",\"geoColumn\":\"geom\",\"columns\":[\"geom\",\"name\"],"
          + "\"format\":\"tilejson\",\"label\":\"Places\",\"uniqueIdProperty\":null,\"queryParameters\":null}";

  @TempDir Path home;

  private LocalBackend backend;
  private String mapId;

  @BeforeEach
  void open() {
    backend = LocalBackend.open(home, null);
    mapId = backend.createMap(obj("{\"title\":\"m\"}")).get("id").asString();
  }

  @AfterEach
  void close() {
    backend.close();
  }

  @Test
  void createKeepsTheGivenFieldsAndAddsServerFields() {
    ObjectNode d = backend.createDataset(mapId, obj(PLACES));
    UUID.fromString(d.get("id").asString());
    assertFalse(d.has("$ref"));
    assertEquals("table", d.get("type").asString());
    assertEquals("samples.places", d.get("source").asString());
    assertEquals(obj("{\"a\":[\"geom\",\"name\"]}").get("a"), d.get("columns"));
    assertTrue(d.get("uniqueIdProperty").isNull());
    assertTrue(d.has("queryParameters"));
    assertEquals("local", d.get("connectionName").asString());
    assertEquals("h2gis", d.get("providerId").asString());
    assertTrue(d.get("createdAt").asString().endsWith("Z"));
    assertEquals(List.of(d), backend.listDatasets(mapId));
  }

  @Test
  void callerValuesForServerFieldsAreIgnored() {
    ObjectNode in = obj(PLACES);
    in.put("id", "mine");
    in.put("connectionName", "elsewhere");
    in.put("createdAt", "1999-01-01T00:00:00.000Z");
    ObjectNode d = backend.createDataset(mapId, in);
    assertFalse(d.get("id").asString().equals("mine"));
    assertEquals("local", d.get("connectionName").asString());
    assertFalse(d.get("createdAt").asString().startsWith("1999"));
  }

  @Test
  void writesToADatasetMoveTheMapsUpdatedAtOn() {
    String before = backend.getMap(mapId).get("updatedAt").asString();
    String id = backend.createDataset(mapId, obj(PLACES)).get("id").asString();
    String afterCreate = backend.getMap(mapId).get("updatedAt").asString();
    assertTrue(afterCreate.compareTo(before) > 0);
    backend.patchDataset(mapId, id, obj("{\"label\":\"x\"}"));
    String afterPatch = backend.getMap(mapId).get("updatedAt").asString();
    assertTrue(afterPatch.compareTo(afterCreate) > 0);
    backend.deleteDataset(mapId, id);
    assertTrue(backend.getMap(mapId).get("updatedAt").asString().compareTo(afterPatch) > 0);
  }

  @Test
  void patchMergesTopLevelFieldsAndNullRemovesAField() {
    ObjectNode d = backend.createDataset(mapId, obj(PLACES));
    String id = d.get("id").asString();
    ObjectNode p =
        backend.patchDataset(
            mapId,
            id,
            obj(
                "{\"label\":\"Cities\",\"columns\":[\"geom\"],\"queryParameters\":null,\"aggregationExp\":\"1\"}"));
    assertEquals("Cities", p.get("label").asString());
    assertEquals(1, p.get("columns").size());
    assertFalse(p.has("queryParameters"));
    assertEquals("1", p.get("aggregationExp").asString());
    assertEquals("samples.places", p.get("source").asString());
    assertEquals(d.get("createdAt"), p.get("createdAt"));
    assertTrue(p.get("updatedAt").asString().compareTo(d.get("updatedAt").asString()) > 0);
    assertEquals(List.of(p), backend.listDatasets(mapId));
  }

  @Test
  void datasetsKeepCreationOrder() {
    ObjectNode a = obj(PLACES);
    a.put("label", "A");
    ObjectNode b = obj(PLACES);
    b.put("label", "B");
    backend.createDataset(mapId, a);
    backend.createDataset(mapId, b);
    assertEquals(
        List.of("A", "B"),
        backend.listDatasets(mapId).stream().map(d -> d.get("label").asString()).toList());
  }

  @Test
  void deleteRemovesOnlyThatDataset() {
    String a = backend.createDataset(mapId, obj(PLACES)).get("id").asString();
    String b = backend.createDataset(mapId, obj(PLACES)).get("id").asString();
    backend.deleteDataset(mapId, a);
    assertEquals(
        List.of(b), backend.listDatasets(mapId).stream().map(d -> d.get("id").asString()).toList());
  }

  @Test
  void unknownDatasetIdsAreNotFound() {
    String other = backend.createMap(obj("{}")).get("id").asString();
    String onOther = backend.createDataset(other, obj(PLACES)).get("id").asString();
    for (Runnable call :
        new Runnable[] {
          () -> backend.patchDataset(mapId, "nope", obj("{\"label\":\"x\"}")),
          () -> backend.deleteDataset(mapId, "nope"),
          () -> backend.patchDataset(mapId, onOther, obj("{\"label\":\"x\"}")),
          () -> backend.deleteDataset(mapId, onOther)
        }) {
      BackendException e = assertThrows(BackendException.class, call::run);
      assertEquals(BackendException.Kind.NOT_FOUND, e.kind());
      assertTrue(
          e.getMessage().contains("not found on map " + mapId + " in profile 'local'"),
          e.getMessage());
    }
    assertEquals(1, backend.listDatasets(other).size());
  }

  @Test
  void refusesDatasetsWithoutTypeSourceOrTheLocalConnection() {
    for (String bad :
        new String[] {
          "{\"source\":\"samples.places\",\"connectionId\":\"" + LocalConnection.ID + "\"}",
          "{\"type\":\"view\",\"source\":\"samples.places\",\"connectionId\":\""
              + LocalConnection.ID
              + "\"}",
          "{\"type\":\"table\",\"source\":\" \",\"connectionId\":\"" + LocalConnection.ID + "\"}",
          "{\"type\":\"table\",\"source\":\"samples.places\"}",
          "{\"type\":\"table\",\"source\":\"samples.places\",\"connectionId\":\"c-1\"}"
        }) {
      BackendException e =
          assertThrows(BackendException.class, () -> backend.createDataset(mapId, obj(bad)), bad);
      assertEquals(BackendException.Kind.INVALID, e.kind(), bad);
    }
    BackendException e =
        assertThrows(
            BackendException.class,
            () ->
                backend.createDataset(
                    mapId,
                    obj(
                        "{\"type\":\"table\",\"source\":\"samples.places\",\"connectionId\":\"c-1\"}")));
    assertTrue(e.getMessage().contains(LocalConnection.ID), e.getMessage());
    assertEquals(0, backend.listDatasets(mapId).size());
  }

  @Test
  void patchThatBreaksADatasetIsRefusedAndChangesNothing() {
    ObjectNode d = backend.createDataset(mapId, obj(PLACES));
    String id = d.get("id").asString();
    String updatedAt = backend.getMap(mapId).get("updatedAt").asString();
    assertEquals(
        BackendException.Kind.INVALID,
        assertThrows(
                BackendException.class,
                () -> backend.patchDataset(mapId, id, obj("{\"source\":null}")))
            .kind());
    assertEquals(List.of(d), backend.listDatasets(mapId));
    assertEquals(updatedAt, backend.getMap(mapId).get("updatedAt").asString());
  }
}
