package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.cloud.fakeorg.Failure;
import io.cartomaps.backend.cloud.fakeorg.Fault;
import io.cartomaps.backend.cloud.fakeorg.RecordedCall;
import io.cartomaps.export.Destination;
import io.cartomaps.export.EstateExport;
import io.cartomaps.export.ExportException;
import io.cartomaps.export.ExportOptions;
import io.cartomaps.export.ExportProgress;
import io.cartomaps.export.ExportSummary;
import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code maps export} of a CARTO profile, contract-tested on the fake organisation: more maps than
 * one listing page, rate limits (429) it rides out, a listing page whose answer breaks off half-way
 * (the load is dropped whole and the next run picks up), an incremental run that asks only for what
 * changed, and no credential in the database file.
 */
class ExportFromCartoTest {

  static final int MAPS = 130;

  @TempDir Path dir;
  FakeOrgProfiles profiles;
  Destination destination;
  String withDataset;

  @BeforeEach
  void open() throws Exception {
    profiles = new FakeOrgProfiles(dir.resolve("home"));
    destination = new Destination.DuckDbFile(dir.resolve("acme.duckdb"));
    for (int i = 0; i < MAPS - 1; i++) {
      ObjectNode body = Json.object();
      body.put("title", "Map " + i);
      body.put("description", "");
      profiles.cloud.createMap(body);
    }
    ObjectNode bundle =
        (ObjectNode)
            Json.parse(Files.readString(Path.of("src/test/resources/bundles/samples.json")));
    bundle
        .path("datasets")
        .forEach(
            d -> ((ObjectNode) d).put("connectionId", FakeOrgProfiles.ORG_WAREHOUSE_CONNECTION));
    withDataset = profiles.maps.create(FakeOrgProfiles.CLOUD, bundle).id();
  }

  @AfterEach
  void close() {
    profiles.close();
  }

  ExportSummary export() {
    return new EstateExport(profiles.maps)
        .run(
            new ExportOptions(FakeOrgProfiles.CLOUD, destination, null, false, false),
            ExportProgress.NONE);
  }

  Object one(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("acme.duckdb"));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getObject(1) : null;
    }
  }

  long mapGets() {
    return profiles.org.requests().stream()
        .map(RecordedCall::route)
        .filter(r -> r.equals("GET /maps/*"))
        .count();
  }

  @Test
  void exportsEveryPageThroughRateLimitsThenOnlyWhatChanged() throws Exception {
    profiles.org.inject(Fault.nth(2, "GET /v3/organization-maps", new Failure.Status(429, 0)));
    profiles.org.inject(Fault.nth(7, "GET /maps/*", new Failure.Status(429, 0)));
    ExportSummary first = export();
    assertEquals(MAPS, first.listed());
    assertEquals(MAPS, first.loaded());
    assertEquals(
        (long) MAPS, ((Number) one("SELECT COUNT(*) FROM carto_maps_dataset.maps")).longValue());
    assertEquals(
        "warehouse", one("SELECT DISTINCT connection_name FROM carto_maps_dataset.dependencies"));
    assertEquals(
        FakeOrgProfiles.CLOUD, one("SELECT DISTINCT profile FROM carto_maps_dataset.maps"));
    assertEquals(
        2L, ((Number) one("SELECT COUNT(*) FROM carto_maps_dataset.connections")).longValue());
    assertTrue(
        one("SELECT owner_id FROM carto_maps_dataset.maps WHERE map_id = '" + withDataset + "'")
            != null);

    profiles.org.clearRequests();
    profiles.org.clearFaults();
    ObjectNode patch = Json.object();
    patch.put("title", "Renamed");
    profiles.maps.update(FakeOrgProfiles.CLOUD, withDataset, patch, UpdateOptions.DEFAULT);
    profiles.org.clearRequests();
    ExportSummary second = export();
    assertEquals(1, second.loaded());
    assertEquals(1, mapGets(), "only the changed map is fetched");
    assertEquals(
        "Renamed",
        one("SELECT title FROM carto_maps_dataset.maps WHERE map_id = '" + withDataset + "'"));

    byte[] file = Files.readAllBytes(dir.resolve("acme.duckdb"));
    assertFalse(
        new String(file, StandardCharsets.ISO_8859_1).contains(FakeOrgProfiles.TOKEN),
        "no credential in the database file");
  }

  @Test
  void aListingPageThatBreaksOffDropsTheLoadAndTheNextRunPicksUp() throws Exception {
    ExportSummary first = export();
    profiles.maps.delete(FakeOrgProfiles.CLOUD, withDataset);
    profiles.org.inject(
        Fault.fromNth(2, "GET /v3/organization-maps", new Failure.MalformedJson(false)));
    ExportException e = assertThrows(ExportException.class, this::export);
    assertTrue(
        e.getMessage().contains("profile 'acme'")
            && e.getMessage().contains("run the export again"),
        e.getMessage());
    assertFalse(e.getMessage().contains(FakeOrgProfiles.TOKEN));
    assertEquals(
        (long) MAPS, ((Number) one("SELECT COUNT(*) FROM carto_maps_dataset.maps")).longValue());
    assertEquals(first.loadId(), one("SELECT MAX(load_id) FROM carto_maps_dataset._dlt_loads"));

    profiles.org.clearFaults();
    ExportSummary next = export();
    assertEquals(1, next.deleted());
    assertEquals(0, next.loaded());
    assertNull(
        one("SELECT title FROM carto_maps_dataset.maps WHERE map_id = '" + withDataset + "'"));
  }
}
