package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.backend.cloud.fakeorg.FakeCartoOrg;
import io.cartomaps.backend.cloud.fakeorg.TableCatalogue;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Refs;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileOverrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code local} → CARTO → {@code local} with {@code copy}, through the composition root (profiles
 * from a credentials file, {@code CARTO_WORKSPACE_URL} and {@code --base-url} pointing at a fake
 * organisation), gives back the map it started from. The organisation has a connection named {@code
 * local}, like the local one, and one named {@code warehouse}; both serve the local sample tables.
 * Connections are mapped by name, or explicitly.
 */
class CopyRoundTripThroughCartoTest {

  static final String TOKEN = "round-trip-token-93c2";
  static final String ORG_LOCAL = "0c0c0c0c-0000-4000-8000-00000000b001";
  static final String ORG_WAREHOUSE = "0c0c0c0c-0000-4000-8000-00000000b002";

  @TempDir static Path home;
  FakeCartoOrg org;
  Services services;
  MapService maps;

  @BeforeEach
  void open() throws Exception {
    org =
        FakeCartoOrg.start(TOKEN)
            .addConnection(ORG_LOCAL, "local", "postgres", TableCatalogue.localSamples())
            .addConnection(ORG_WAREHOUSE, "warehouse", "postgres", TableCatalogue.localSamples());
    Path credentials = home.resolve("credentials.json");
    Files.writeString(
        credentials,
        """
        {"current_profile":"acme","profiles":{"acme":{"token":"%s","tenant_id":"%s","tenant_domain":"%s",
         "organization_name":"Fake Org","user_email":"me@fake-org.test"}}}"""
            .formatted(TOKEN, FakeCartoOrg.TENANT_ID, FakeCartoOrg.TENANT_DOMAIN));
    Environment env =
        Environment.of(
            Map.of(
                Environment.CREDENTIALS_FILE,
                credentials.toString(),
                Environment.WORKSPACE_URL,
                org.workspaceUrl(),
                Environment.HOME,
                home.resolve("maps-home").toString()),
            home);
    services = Wiring.open(env, ProfileOverrides.of(null, null, org.apiUrl()), null);
    maps = services.maps();
  }

  @AfterEach
  void close() throws Exception {
    services.close();
    org.close();
  }

  @ParameterizedTest(name = "there with {0}, back with {1}")
  @CsvSource({"'', ''", "local=warehouse, warehouse=local"})
  void localToCartoAndBackGivesTheSameMap(String there, String back) {
    ObjectNode bundle = CloudCreateLeavesNoOrphanTest.samples(LocalConnection.ID);
    String original = maps.create("local", bundle).id();
    ObjectNode before = maps.bundle("local", original);

    WriteResult inCarto =
        maps.copy(
            new CopyRequest(original, "local", "acme", mapping(there), null, null, true, false));
    String expectedConnection = there.isEmpty() ? ORG_LOCAL : ORG_WAREHOUSE;
    ObjectNode cloud = maps.bundle("acme", inCarto.id());
    for (JsonNode d : cloud.get("datasets")) {
      assertEquals(
          expectedConnection, d.get("connectionId").asString(), "dataset connection in CARTO");
    }
    assertEquals(List.of(inCarto.id()), List.copyOf(org.mapIds()));
    WriteResult home =
        maps.copy(
            new CopyRequest(inCarto.id(), "acme", "local", mapping(back), null, null, true, false));
    ObjectNode after = maps.bundle("local", home.id());

    assertNotEquals(original, home.id());
    assertEquals(comparable(before), comparable(after));
  }

  private static Map<String, String> mapping(String spec) {
    Map<String, String> m = new LinkedHashMap<>();
    if (!spec.isBlank()) {
      String[] kv = spec.split("=");
      m.put(kv[0].strip(), kv[1].strip());
    }
    return m;
  }

  /**
   * A local bundle with what a copy is allowed to change taken out:
   *
   * <ul>
   *   <li>the map id, the dataset ids and the references to them in keplerMapConfig (every copy is
   *       a new map with new datasets; references are replaced by the dataset's position);
   *   <li>{@code connectionId} and {@code connectionName} of the datasets (mapped to the
   *       destination's connections);
   *   <li>{@code agent.config.model}: a create in CARTO fills it with the organisation's default
   *       model when the bundle has none (CARTO's settings name it), and the copy back keeps it.
   * </ul>
   */
  static JsonNode comparable(ObjectNode bundle) {
    ObjectNode b = bundle.deepCopy();
    b.remove("id");
    Map<String, String> positions = new LinkedHashMap<>();
    List<ObjectNode> datasets = BundleView.datasets(b);
    for (int i = 0; i < datasets.size(); i++) {
      ObjectNode d = datasets.get(i);
      positions.put(d.get("id").asString(), "dataset#" + i);
      d.remove(List.of("id", "connectionId", "connectionName"));
    }
    Refs.replace(b.get("keplerMapConfig"), positions);
    JsonNode config = b.path("agent").path("config");
    if (config instanceof ObjectNode c) {
      c.remove("model");
    }
    return b;
  }
}
