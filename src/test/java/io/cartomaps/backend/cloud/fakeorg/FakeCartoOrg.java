package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.ProfileKind;
import io.cartomaps.config.Secret;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local test CARTO organisation: a stateful fake of the contract in {@code docs/carto-api.md}, on
 * two {@link MockWebServer}s (the API host and the Workspace host), answering every request {@code
 * CartoEndpoints} makes. It keeps maps, datasets, privacy, published snapshots and connections
 * (each with a small SQL catalogue) in memory, checks {@code Authorization: Bearer <token>} on
 * every call, records every request and fails the requests it is told to ({@link #inject}).
 *
 * <pre>{@code
 * try (FakeCartoOrg org = FakeCartoOrg.start("token")) {
 *   org.addConnection("c-1", "carto_dw", "bigquery", TableCatalogue.localSamples());
 *   org.inject(Fault.nth(1, "PATCH /maps/*", Failure.status(500)));
 *   CartoBackend b = new CartoBackend(org.profile("acme"), …);
 * }
 * }</pre>
 */
public final class FakeCartoOrg implements AutoCloseable {

  /** The organisation's UI domain: only used in links, never called. */
  public static final String TENANT_DOMAIN = "fake-org.carto.test";

  /** A tenant id of the shape a credentials file holds. */
  public static final String TENANT_ID = "fake-region";

  /**
   * The owner of every map ({@code ownerId}); a login token with this {@code sub} sees them as
   * "mine".
   */
  public static final String OWNER = OrgState.OWNER;

  private final OrgState state = new OrgState();
  private final Faults faults = new Faults();
  private final RequestLog log = new RequestLog();
  private final MockWebServer api = new MockWebServer();
  private final MockWebServer workspace = new MockWebServer();
  private final String token;

  private FakeCartoOrg(String token) {
    this.token = token;
  }

  /** Starts both hosts on free loopback ports; only {@code token} is accepted. */
  public static FakeCartoOrg start(String token) throws IOException {
    FakeCartoOrg org = new FakeCartoOrg(token);
    Router router = new Router();
    new WorkspaceMapsResource(org.state).register(router);
    new DatasetsResource(org.state).register(router);
    new ConnectionsResource(org.state).register(router);
    new SettingsResource(org.state).register(router);
    new OrganizationMapsResource(org.state).register(router);
    new SqlResource(org.state).register(router);
    new MapsApiResource(org.state).register(router);
    org.api.setDispatcher(
        new OrgDispatcher(Host.API, token, org.state, router, org.faults, org.log));
    org.workspace.setDispatcher(
        new OrgDispatcher(Host.WORKSPACE, token, org.state, router, org.faults, org.log));
    org.api.start();
    org.workspace.start();
    return org;
  }

  // ---- set-up
  // -------------------------------------------------------------------------------------------------

  public FakeCartoOrg addConnection(
      String id, String name, String providerId, TableCatalogue tables) {
    synchronized (state) {
      state.connections.add(new FakeConnection(id, name, providerId, tables));
    }
    return this;
  }

  public void setAiSettings(ObjectNode settings) {
    synchronized (state) {
      state.aiSettings = settings.deepCopy();
    }
  }

  /**
   * Lets the SQL API answer statements with rows from {@code warehouse} (statement → rows, or null
   * to fall back to the catalogue's zero-row answers), as a warehouse holding the data would.
   */
  public void setWarehouse(
      java.util.function.Function<String, tools.jackson.databind.node.ArrayNode> warehouse) {
    synchronized (state) {
      state.warehouse = warehouse;
    }
  }

  /** Adds a fault; it counts requests from now on. */
  public void inject(Fault fault) {
    faults.add(fault);
  }

  public void clearFaults() {
    faults.clear();
  }

  // ---- where it is
  // --------------------------------------------------------------------------------------------

  /** The API host's base URL, without a trailing slash (what {@code --base-url} takes). */
  public String apiUrl() {
    return base(api);
  }

  /**
   * The Workspace host's base URL, without a trailing slash (what {@code CARTO_WORKSPACE_URL}
   * takes).
   */
  public String workspaceUrl() {
    return base(workspace);
  }

  /** A CARTO profile named {@code name} on this organisation, with the accepted token. */
  public ProfileConfig profile(String name) {
    return new ProfileConfig(
        name,
        ProfileKind.CARTO,
        apiUrl(),
        workspaceUrl(),
        TENANT_ID,
        TENANT_DOMAIN,
        "Fake Org",
        Secret.ofNullable(token));
  }

  private static String base(MockWebServer server) {
    String s = server.url("/").toString();
    return s.substring(0, s.length() - 1);
  }

  // ---- what it holds
  // ------------------------------------------------------------------------------------------

  public Set<String> mapIds() {
    synchronized (state) {
      return Set.copyOf(state.maps.keySet());
    }
  }

  /** A map's stored record, or null. */
  public ObjectNode map(String id) {
    synchronized (state) {
      ObjectNode m = state.maps.get(id);
      return m == null ? null : m.deepCopy();
    }
  }

  public List<ObjectNode> datasets(String mapId) {
    synchronized (state) {
      List<ObjectNode> out = new ArrayList<>();
      if (state.datasets.containsKey(mapId)) {
        state.datasets.get(mapId).values().forEach(d -> out.add(d.deepCopy()));
      }
      return out;
    }
  }

  /** The published snapshot of a map, or null before its first publish. */
  public ObjectNode snapshot(String mapId) {
    synchronized (state) {
      ObjectNode s = state.snapshots.get(mapId);
      return s == null ? null : s.deepCopy();
    }
  }

  /**
   * Every map with its datasets and snapshot, deep-copied: {@code {mapId: {map, datasets,
   * snapshot}}}.
   */
  public ObjectNode maps() {
    synchronized (state) {
      return state.copyOfMaps();
    }
  }

  // ---- what it was asked
  // --------------------------------------------------------------------------------------

  public List<RecordedCall> requests() {
    return log.all();
  }

  public void clearRequests() {
    log.clear();
  }

  @Override
  public void close() throws IOException {
    api.close();
    workspace.close();
  }
}
