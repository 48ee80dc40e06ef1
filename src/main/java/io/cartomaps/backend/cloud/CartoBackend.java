package io.cartomaps.backend.cloud;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.backend.WidgetSource;
import io.cartomaps.config.ProfileConfig;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CARTO organisation as a {@link Backend}. One HTTP client serves four parts, one per CARTO API
 * it speaks, as the local workspace splits its map store from its data engine: {@link CartoMaps}
 * (Workspace and Resources API maps, links), {@link CartoDatasets} (a map's datasets), {@link
 * CartoConnections} (connections and their resource tree) and {@link CartoData} (SQL and Maps API),
 * plus {@link CartoAgents} (AI settings). Each method is one faithful client call (two where noted
 * there); the write split, pre-flight and clean-up live in the maps service. Requests are built in
 * {@link CartoEndpoints}; answers become our records in {@link CartoRecords}.
 */
public final class CartoBackend implements Backend, WidgetSource {

  private final ProfileConfig profile;
  private final CartoHttpClient http;
  private final CartoMaps maps;
  private final CartoDatasets datasets;
  private final CartoConnections connections;
  private final CartoData data;
  private final CartoAgents agents;

  /** A backend with production timeouts and retries. */
  public static CartoBackend open(ProfileConfig profile) {
    return new CartoBackend(profile, ClientLimits.defaults(), Sleeper.REAL);
  }

  public CartoBackend(ProfileConfig profile, ClientLimits limits, Sleeper sleeper) {
    if (profile.isLocal() || profile.token() == null) {
      throw new IllegalArgumentException(
          "profile '" + profile.name() + "' is not a CARTO profile with a token");
    }
    HttpUrl api = HttpUrl.parse(profile.apiBaseUrl());
    HttpUrl ws = HttpUrl.parse(profile.workspaceUrl());
    if (api == null || ws == null) {
      throw new IllegalArgumentException(
          "profile '" + profile.name() + "' has no valid API or Workspace URL");
    }
    this.profile = profile;
    CartoEndpoints endpoints = new CartoEndpoints(api, ws);
    this.http =
        new CartoHttpClient(
            profile.token(), Set.copyOf(List.of(api, ws)), profile.name(), limits, sleeper);
    this.maps = new CartoMaps(profile, endpoints, http);
    this.datasets = new CartoDatasets(endpoints, http);
    this.connections = new CartoConnections(profile.name(), endpoints, http);
    this.data = new CartoData(endpoints, http, connections);
    this.agents = new CartoAgents(endpoints, http);
  }

  @Override
  public String profile() {
    return profile.name();
  }

  // ---- maps: CartoMaps
  // ----------------------------------------------------------------------------------------

  @Override
  public MapPage listMaps(MapQuery query) {
    return maps.list(query);
  }

  @Override
  public ObjectNode getMap(String mapId) {
    return maps.get(mapId);
  }

  @Override
  public ObjectNode createMap(ObjectNode titleDescriptionKepler) {
    return maps.create(titleDescriptionKepler);
  }

  @Override
  public ObjectNode patchMap(String mapId, ObjectNode patch) {
    return maps.patch(mapId, patch);
  }

  @Override
  public ObjectNode setPrivacy(String mapId, ObjectNode privacy) {
    return maps.setPrivacy(mapId, privacy);
  }

  @Override
  public ObjectNode publish(String mapId) {
    return maps.publish(mapId);
  }

  @Override
  public ObjectNode publishedSnapshot(String mapId) {
    return maps.publishedSnapshot(mapId);
  }

  @Override
  public void deleteMap(String mapId) {
    maps.delete(mapId);
  }

  @Override
  public MapUrls urls(String mapId) {
    return maps.urls(mapId);
  }

  @Override
  public MapUrls urls(ObjectNode map) {
    return maps.urls(map);
  }

  // ---- datasets: CartoDatasets
  // --------------------------------------------------------------------------------

  @Override
  public List<ObjectNode> listDatasets(String mapId) {
    return datasets.list(mapId);
  }

  @Override
  public ObjectNode createDataset(String mapId, ObjectNode dataset) {
    return datasets.create(mapId, dataset);
  }

  @Override
  public ObjectNode patchDataset(String mapId, String datasetId, ObjectNode patch) {
    return datasets.patch(mapId, datasetId, patch);
  }

  @Override
  public void deleteDataset(String mapId, String datasetId) {
    datasets.delete(mapId, datasetId);
  }

  // ---- connections: CartoConnections
  // --------------------------------------------------------------------------

  @Override
  public List<Connection> connections() {
    return connections.list();
  }

  @Override
  public List<TableRef> listTables(String connectionId, String prefix) {
    return connections.tables(connectionId, prefix);
  }

  // ---- data: CartoData
  // ----------------------------------------------------------------------------------------

  @Override
  public SourceProbe probeSource(String connectionId, SourceKind kind, String source) {
    return data.probe(connectionId, kind, source);
  }

  @Override
  public SourceProbe probeRender(String connectionId, ObjectNode dataset) {
    return data.probeRender(connectionId, dataset);
  }

  @Override
  public TableInfo describeTable(String connectionId, String table) {
    return data.describe(connectionId, table);
  }

  @Override
  public DataProfile profileSource(String connectionId, SourceKind kind, String source) {
    return data.profile(connectionId, kind, source);
  }

  @Override
  public double[] sourceExtent(
      String connectionId, SourceKind kind, String source, String geoColumn) {
    return data.extent(connectionId, kind, source, geoColumn);
  }

  @Override
  public ObjectNode widget(String connectionId, SourceKind kind, String source, WidgetQuery query) {
    return data.widget(connectionId, kind, source, query);
  }

  // ---- agents: CartoAgents
  // ------------------------------------------------------------------------------------

  @Override
  public AgentsStatus agentsStatus() {
    return agents.status();
  }

  @Override
  public void close() {
    http.close();
  }

  @Override
  public String toString() {
    return "CartoBackend[" + profile.name() + "]";
  }
}
