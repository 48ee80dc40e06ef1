package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.CLOUD;
import static io.cartomaps.maps.FakeOrgProfiles.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.cloud.fakeorg.Failure;
import io.cartomaps.backend.cloud.fakeorg.Fault;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

/**
 * A create (or a copy into CARTO) is CARTO's write split: {@code POST /maps}, one {@code POST} per
 * dataset, the follow-up {@code PATCH} and {@code POST …/privacy}. Whichever of these fails, the
 * organisation is left without a partial map, and the error says so without the token. When {@code
 * POST /maps} itself fails without an answer, there is no id to remove: the error says the map may
 * exist and how to find it. The steps are the ones a clean run sent to the fake organisation, so a
 * new step in the split is covered without editing this test.
 */
class CloudCreateLeavesNoOrphanTest {

  static final List<String> SPLIT =
      List.of(
          "POST /maps #1",
          "POST /maps/*/datasets #1",
          "POST /maps/*/datasets #2",
          "PATCH /maps/* #1",
          "POST /maps/*/privacy #1");

  /** One local workspace for the class: its sample data is built once. */
  @TempDir static Path home;

  FakeOrgProfiles profiles;

  @BeforeEach
  void open() throws IOException {
    profiles = new FakeOrgProfiles(home);
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  /** The samples bundle with its datasets on {@code connectionId}. */
  static ObjectNode samples(String connectionId) {
    try {
      return (ObjectNode)
          Json.parse(
              Files.readString(Path.of("src/test/resources/bundles/samples.json"))
                  .replace(LocalConnection.ID, connectionId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WriteResult createOnCarto(FakeOrgProfiles p) {
    return p.maps.create(CLOUD, samples(FakeOrgProfiles.ORG_LOCAL_CONNECTION));
  }

  static WriteResult copyLocalToCarto(FakeOrgProfiles p) {
    String localId = p.maps.create(LOCAL, samples(LocalConnection.ID)).id();
    p.org.clearRequests();
    return p.maps.copy(new CopyRequest(localId, LOCAL, CLOUD, Map.of(), null, null, true, false));
  }

  static List<WriteStep> createSteps() {
    return stepsOfACleanRun(CloudCreateLeavesNoOrphanTest::createOnCarto);
  }

  static List<WriteStep> copySteps() {
    return stepsOfACleanRun(CloudCreateLeavesNoOrphanTest::copyLocalToCarto);
  }

  private static List<WriteStep> stepsOfACleanRun(Function<FakeOrgProfiles, WriteResult> write) {
    try (FakeOrgProfiles p = new FakeOrgProfiles(home)) {
      write.apply(p);
      return WriteStep.workspaceWrites(p.org.requests());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aCleanCreateWritesInCartosSplit() {
    assertEquals(SPLIT, createSteps().stream().map(WriteStep::toString).toList());
    assertEquals(SPLIT, copySteps().stream().map(WriteStep::toString).toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("createSteps")
  void createLeavesNoMapWhicheverWriteFails(WriteStep step) {
    profiles.org.inject(Fault.nth(step.occurrence(), step.route(), Failure.status(500)));
    RuntimeException e = assertThrows(RuntimeException.class, () -> createOnCarto(profiles));
    assertNothingLeft(step, e);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("copySteps")
  void copyFromLocalLeavesNoMapWhicheverWriteFails(WriteStep step) {
    String localId = profiles.maps.create(LOCAL, samples(LocalConnection.ID)).id();
    profiles.org.inject(Fault.nth(step.occurrence(), step.route(), Failure.status(500)));
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                profiles.maps.copy(
                    new CopyRequest(localId, LOCAL, CLOUD, Map.of(), null, null, true, false)));
    assertNothingLeft(step, e);
    assertEquals(
        localId,
        profiles.maps.bundle(LOCAL, localId).get("id").asString(),
        "the source map is untouched");
  }

  @Test
  void aCreateWhoseAnswerIsLostSaysTheMapMayExistAndHowToFindIt() {
    profiles.org.inject(Fault.nth(1, "POST /maps", Failure.droppedAfterApplying()));
    MapsException e = assertThrows(MapsException.class, () -> createOnCarto(profiles));
    assertEquals("WRITE_FAILED", e.code());
    assertEquals(1, profiles.org.mapIds().size(), "CARTO made the map; only its answer was lost");
    assertTrue(e.getMessage().contains("may have been created"), e.getMessage());
    assertTrue(
        e.getMessage().contains("list_maps with search 'Large places and their countries'"),
        e.getMessage());
    assertTrue(e.getMessage().contains("delete_map"), e.getMessage());
    NoCredential.in(e, FakeOrgProfiles.TOKEN);
  }

  @Test
  void aCreateCartoRefusesIsReportedAsCartoSaidIt() {
    profiles.org.inject(Fault.nth(1, "POST /maps", Failure.status(403)));
    BackendException e = assertThrows(BackendException.class, () -> createOnCarto(profiles));
    assertEquals(BackendException.Kind.FORBIDDEN, e.kind());
    assertEquals(Set.of(), profiles.org.mapIds());
  }

  @Test
  void aDatasetWriteWhoseAnswerIsLostIsRemovedWithThePartialMap() {
    profiles.org.inject(Fault.nth(2, "POST /maps/*/datasets", Failure.droppedAfterApplying()));
    MapsException e = assertThrows(MapsException.class, () -> createOnCarto(profiles));
    assertEquals("WRITE_FAILED", e.code());
    assertTrue(e.getMessage().contains("the partial map was removed"), e.getMessage());
    assertEquals(Set.of(), profiles.org.mapIds());
  }

  @Test
  void aMalformedAnswerToThePatchStillRemovesThePartialMap() {
    profiles.org.inject(Fault.nth(1, "PATCH /maps/*", Failure.malformedJson()));
    MapsException e = assertThrows(MapsException.class, () -> createOnCarto(profiles));
    assertTrue(e.getMessage().contains("malformed or truncated JSON"), e.getMessage());
    assertTrue(e.getMessage().contains("the partial map was removed"), e.getMessage());
    assertEquals(Set.of(), profiles.org.mapIds());
  }

  @Test
  void whenTheCleanUpFailsTooTheMessageNamesTheLeftoverMap() {
    profiles.org.inject(Fault.nth(1, "POST /maps/*/privacy", Failure.status(500)));
    profiles.org.inject(Fault.fromNth(1, "DELETE /v3/organization-maps/*", Failure.status(500)));
    MapsException e = assertThrows(MapsException.class, () -> createOnCarto(profiles));
    assertEquals("WRITE_FAILED", e.code());
    Set<String> left = profiles.org.mapIds();
    assertEquals(1, left.size(), "the organisation kept the partial map");
    String id = left.iterator().next();
    assertTrue(
        e.getMessage().contains("removing the partial map " + id + " also failed"), e.getMessage());
    assertTrue(e.getMessage().contains("delete it with delete_map"), e.getMessage());
    NoCredential.in(e, FakeOrgProfiles.TOKEN);
  }

  private void assertNothingLeft(WriteStep step, RuntimeException e) {
    assertEquals(Set.of(), profiles.org.mapIds(), "no map is left after a failed " + step);
    NoCredential.in(e, FakeOrgProfiles.TOKEN);
    MapsException m = assertInstanceOf(MapsException.class, e, e.toString());
    assertEquals("WRITE_FAILED", m.code());
    if (step.route().equals("POST /maps")) {
      // The create itself failed with a 500: CARTO may or may not have made the map, and there is
      // no id to remove.
      assertTrue(m.getMessage().contains("may have been created"), m.getMessage());
      assertTrue(profiles.org.requests().stream().noneMatch(c -> c.route().startsWith("DELETE")));
      return;
    }
    assertTrue(m.getMessage().contains("the partial map was removed"), m.getMessage());
    assertTrue(m.getMessage().contains("500"), "the cause is named: " + m.getMessage());
  }
}
