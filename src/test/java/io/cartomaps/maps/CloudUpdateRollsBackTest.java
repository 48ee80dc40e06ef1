package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.CLOUD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.cloud.fakeorg.Failure;
import io.cartomaps.backend.cloud.fakeorg.Fault;
import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An update of a CARTO map is several calls (new datasets, dataset patches, the map patch,
 * privacy). Whichever one fails, the calls before it are undone and the organisation holds exactly
 * what it held before the update.
 */
class CloudUpdateRollsBackTest {

  static final List<String> UPDATE_WRITES =
      List.of(
          "POST /maps/*/datasets #1",
          "PATCH /maps/*/datasets/* #1",
          "PATCH /maps/*/datasets/* #2",
          "PATCH /maps/* #1",
          "POST /maps/*/privacy #1");

  @TempDir static Path home;
  FakeOrgProfiles profiles;
  String mapId;

  @BeforeEach
  void open() throws IOException {
    profiles = new FakeOrgProfiles(home);
    mapId = CloudCreateLeavesNoOrphanTest.createOnCarto(profiles).id();
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  /**
   * The map as read back, with a new title, a relabelled dataset, a new dataset drawn by a new
   * layer and public privacy: every kind of write an update makes.
   */
  static ObjectNode everyKindOfChange(FakeOrgProfiles p, String mapId) {
    ObjectNode b = p.maps.bundle(CLOUD, mapId);
    b.put("title", "Capitals too");
    ((ObjectNode) b.at("/datasets/0")).put("label", "Large places");
    ((ArrayNode) b.get("datasets"))
        .add(
            Json.parse(
                """
        {"$ref":"capitals","type":"query","source":"SELECT name, geom FROM samples.places WHERE is_capital",
         "connectionId":"%s","geoColumn":"geom","columns":["geom","name"],"format":"tilejson","label":"Capitals"}
        """
                    .formatted(FakeOrgProfiles.ORG_LOCAL_CONNECTION)));
    ((ArrayNode) b.at("/keplerMapConfig/config/visState/layers"))
        .add(
            Json.parse(
                """
        {"id":"L_capitals","type":"tileset","config":{"dataId":"$ref:capitals","label":"Capitals","color":[0,0,0],
         "isVisible":true,"hidden":false,"columns":{},"textLabel":[{"field":null,"size":12}],
         "visConfig":{"filled":true,"radius":5}},"visualChannels":{"colorField":null,"colorScale":"quantize"}}"""));
    ((ArrayNode) b.at("/keplerMapConfig/config/visState/layerOrder")).add("L_capitals");
    b.put("privacy", "public");
    return b;
  }

  static List<WriteStep> updateSteps() {
    try (FakeOrgProfiles p = new FakeOrgProfiles(home)) {
      String id = CloudCreateLeavesNoOrphanTest.createOnCarto(p).id();
      ObjectNode change = everyKindOfChange(p, id);
      p.org.clearRequests();
      p.maps.update(CLOUD, id, change, UpdateOptions.DEFAULT);
      return WriteStep.workspaceWrites(p.org.requests());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aCleanUpdateMakesEveryKindOfWrite() {
    assertEquals(UPDATE_WRITES, updateSteps().stream().map(WriteStep::toString).toList());
  }

  @Test
  void aCleanUpdateChangesTheOrganisation() {
    JsonNode before = comparable(profiles.org.maps());
    profiles.maps.update(CLOUD, mapId, everyKindOfChange(profiles, mapId), UpdateOptions.DEFAULT);
    JsonNode after = comparable(profiles.org.maps());
    assertNotEquals(before, after, "the comparison sees the changes it must see undone");
    assertEquals("public", profiles.org.map(mapId).get("privacy").asString());
    assertEquals(3, profiles.org.datasets(mapId).size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("updateSteps")
  void aFailurePartWayIsRolledBack(WriteStep step) {
    ObjectNode change = everyKindOfChange(profiles, mapId);
    JsonNode before = comparable(profiles.org.maps());
    profiles.org.inject(Fault.nth(step.occurrence(), step.route(), Failure.status(500)));
    MapsException e =
        assertThrows(
            MapsException.class,
            () -> profiles.maps.update(CLOUD, mapId, change, UpdateOptions.DEFAULT));
    assertEquals("WRITE_FAILED", e.code());
    assertTrue(e.getMessage().contains("every change was rolled back"), e.getMessage());
    NoCredential.in(e, FakeOrgProfiles.TOKEN);
    assertEquals(
        before, comparable(profiles.org.maps()), "the organisation is as before the update");
  }

  @Test
  void aFailedUndoIsNamed() {
    ObjectNode change = everyKindOfChange(profiles, mapId);
    profiles.org.inject(Fault.nth(1, "POST /maps/*/privacy", Failure.status(500)));
    profiles.org.inject(Fault.nth(2, "PATCH /maps/*", Failure.status(403)));
    MapsException e =
        assertThrows(
            MapsException.class,
            () -> profiles.maps.update(CLOUD, mapId, change, UpdateOptions.DEFAULT));
    assertTrue(
        e.getMessage().contains("rolling back failed for: restore map fields"), e.getMessage());
    assertTrue(e.getMessage().contains("check the map with get_bundle"), e.getMessage());
    NoCredential.in(e, FakeOrgProfiles.TOKEN);
  }

  /**
   * The organisation's maps without {@code updatedAt}: undoing a write is itself a write, so the
   * map's and the datasets' modification times move on; everything else must be as before.
   */
  static JsonNode comparable(ObjectNode maps) {
    ObjectNode copy = maps.deepCopy();
    copy.forEach(
        entry -> {
          ((ObjectNode) entry.get("map")).remove("updatedAt");
          entry.get("datasets").forEach(d -> ((ObjectNode) d).remove("updatedAt"));
        });
    return copy;
  }
}
