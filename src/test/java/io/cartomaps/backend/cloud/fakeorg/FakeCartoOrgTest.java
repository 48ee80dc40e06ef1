package io.cartomaps.backend.cloud.fakeorg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.cloud.CartoBackend;
import io.cartomaps.backend.cloud.ClientLimits;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.ProfileKind;
import io.cartomaps.config.Secret;
import io.cartomaps.json.Json;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fake organisation keeps its side of the contract: tokens, hosts, SQL errors, and faults
 * exactly where told.
 */
class FakeCartoOrgTest {

  static final String TOKEN = "org-test-token";
  static final String CONNECTION = "c-samples";

  FakeCartoOrg org;
  CartoBackend backend;

  @BeforeEach
  void start() throws Exception {
    org =
        FakeCartoOrg.start(TOKEN)
            .addConnection(CONNECTION, "samples_pg", "postgres", TableCatalogue.localSamples());
    backend = backend(org.profile("acme"));
  }

  @AfterEach
  void stop() throws Exception {
    backend.close();
    org.close();
  }

  static CartoBackend backend(ProfileConfig profile) {
    return new CartoBackend(
        profile,
        new ClientLimits(
            Duration.ofSeconds(2),
            Duration.ofSeconds(5),
            Duration.ofSeconds(10),
            3,
            Duration.ofMillis(10),
            Duration.ofMillis(50),
            Duration.ofSeconds(1),
            1 << 20),
        d -> {});
  }

  @Test
  void refusesAnyOtherTokenWith401() {
    ProfileConfig p = org.profile("acme");
    ProfileConfig wrong =
        new ProfileConfig(
            "acme",
            ProfileKind.CARTO,
            p.apiBaseUrl(),
            p.workspaceUrl(),
            p.tenantId(),
            p.tenantDomain(),
            p.organization(),
            Secret.ofNullable("someone-else"));
    try (CartoBackend other = backend(wrong)) {
      BackendException e = assertThrows(BackendException.class, other::connections);
      assertEquals(Kind.UNAUTHORIZED, e.kind());
    }
    RecordedCall call = org.requests().get(0);
    assertEquals(401, call.status());
    assertEquals("Bearer someone-else", call.authorization());
  }

  @Test
  void answersTheCatalogueAndRefusesUnknownTablesAndColumnsLikeAWarehouse() {
    SourceProbe places = backend.probeSource(CONNECTION, SourceKind.table, "samples.places");
    assertTrue(places.ok(), places.error());
    assertTrue(
        places.columns().stream()
            .anyMatch(c -> c.name().equals("population") && c.type().equals("number")));
    SourceProbe query =
        backend.probeSource(
            CONNECTION, SourceKind.query, "SELECT name AS label, geom FROM samples.places");
    assertEquals(List.of("label", "geom"), query.columns().stream().map(c -> c.name()).toList());
    SourceProbe missing = backend.probeSource(CONNECTION, SourceKind.table, "samples.nope");
    assertFalse(missing.ok());
    assertTrue(
        missing.error().contains("relation \"samples.nope\" does not exist"), missing.error());
    SourceProbe column =
        backend.probeSource(CONNECTION, SourceKind.query, "SELECT nope FROM samples.places");
    assertTrue(column.error().contains("column \"nope\" does not exist"), column.error());
  }

  @Test
  void failsOnlyTheNthMatchingRequest() {
    org.inject(Fault.nth(2, "GET /connections", Failure.status(503)));
    backend.connections();
    backend.connections();
    backend.connections();
    assertEquals(
        List.of(200, 503, 200, 200),
        org.requests().stream().map(RecordedCall::status).toList(),
        "the second request failed and its retry went through");
  }

  @Test
  void aRequestFailedBeforeApplyingChangesNothing() {
    org.inject(Fault.nth(1, "POST /maps", Failure.dropped()));
    ObjectNode map = (ObjectNode) Json.parse("{\"title\":\"t\",\"description\":\"\"}");
    BackendException e = assertThrows(BackendException.class, () -> backend.createMap(map));
    assertEquals(Kind.UNAVAILABLE, e.kind());
    assertTrue(org.mapIds().isEmpty());
    assertEquals(1, org.requests().size(), "a POST is not repeated");
  }

  @Test
  void mapsAreWrittenOnTheWorkspaceAndDeletedOnTheApiHost() {
    String id =
        backend.createMap((ObjectNode) Json.parse("{\"title\":\"t\"}")).get("id").asString();
    assertEquals(Host.WORKSPACE, org.requests().get(0).host());
    backend.deleteMap(id);
    assertEquals(Host.API, org.requests().get(1).host());
    assertEquals("DELETE /v3/organization-maps/*", org.requests().get(1).route());
    assertTrue(org.mapIds().isEmpty());
  }
}
