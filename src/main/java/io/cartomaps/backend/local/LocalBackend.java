package io.cartomaps.backend.local;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.FeatureSource;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.MapVersion;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.backend.WidgetSource;
import io.cartomaps.backend.local.data.SpatialEngine;
import io.cartomaps.backend.local.store.MapStore;
import io.cartomaps.backend.local.store.StoreCheck;
import io.cartomaps.backend.local.workspace.H2Loopback;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.databind.node.ObjectNode;

/**
 * The built-in {@code local} profile: a workspace on this machine that needs no CARTO account. Maps
 * live in an embedded store ({@link MapStore}), data in an embedded spatial SQL engine preloaded
 * with open sample data ({@link SpatialEngine}); both sit in one folder ({@link LocalHome}) and
 * open on first use.
 *
 * <p>Safe to share between threads, and between processes on the same home (an MCP server and the
 * CLI).
 */
public final class LocalBackend implements Backend, FeatureSource, WidgetSource {

  static {
    H2Loopback.apply();
  }

  public static final String PROFILE = "local";

  /** Where the program's own viewer serves local maps unless told otherwise. */
  public static final String DEFAULT_VIEWER_BASE_URL = "http://127.0.0.1:8766";

  static final String AGENTS_NOTE =
      "The local workspace has no CARTO AI agents: a map's agent block is kept with "
          + "the map but never runs. Use a CARTO profile to run map agents.";

  private final LocalHome home;
  private final Supplier<String> viewerBaseUrl;
  private final Lazy<MapStore> store;
  private final Lazy<SpatialEngine> engine;

  /**
   * @param viewerBaseUrl base URL of the local viewer (e.g. {@code http://127.0.0.1:8766}); null
   *     for the default
   */
  public LocalBackend(LocalHome home, String viewerBaseUrl) {
    this(home, constant(baseUrl(viewerBaseUrl)));
  }

  /**
   * @param viewerBaseUrl asked each time a link is made, so the viewer can start on first need (see
   *     {@code render.LocalViewer})
   */
  public LocalBackend(LocalHome home, Supplier<String> viewerBaseUrl) {
    this.home = home;
    this.viewerBaseUrl = viewerBaseUrl;
    this.store = new Lazy<>(() -> MapStore.open(home));
    this.engine = new Lazy<>(() -> SpatialEngine.open(home));
  }

  /**
   * A backend on {@code home}; opening is cheap, the store and the data engine open when first
   * needed.
   */
  public static LocalBackend open(Path home, String viewerBaseUrl) {
    return new LocalBackend(new LocalHome(home), viewerBaseUrl);
  }

  /** A backend on {@link LocalHome#resolveDefault()} with the default viewer URL. */
  public static LocalBackend openDefault() {
    return new LocalBackend(LocalHome.resolveDefault(), DEFAULT_VIEWER_BASE_URL);
  }

  public LocalHome home() {
    return home;
  }

  /**
   * Whether the sample data is built in this home, so that reading it costs no build (tens of
   * seconds the first time); opens nothing.
   */
  public boolean sampleDataBuilt() {
    return SpatialEngine.isBuilt(home);
  }

  @Override
  public String profile() {
    return PROFILE;
  }

  @Override
  public MapPage listMaps(MapQuery query) {
    if (!store.isOpen() && !MapStore.exists(home)) {
      return new MapPage(
          List.of(), query.page(), query.pageSize(), 0); // nothing created yet: no database to open
    }
    return store.get().list(query);
  }

  /** One query for the two columns, however many maps the workspace holds. */
  @Override
  public List<MapVersion> mapVersions() {
    if (!store.isOpen() && !MapStore.exists(home)) {
      return List.of();
    }
    return store.get().versions();
  }

  @Override
  public ObjectNode getMap(String mapId) {
    return store.get().get(mapId);
  }

  @Override
  public ObjectNode createMap(ObjectNode titleDescriptionKepler) {
    return store.get().create(titleDescriptionKepler);
  }

  @Override
  public ObjectNode patchMap(String mapId, ObjectNode patch) {
    return store.get().patch(mapId, patch);
  }

  @Override
  public ObjectNode setPrivacy(String mapId, ObjectNode privacy) {
    return store.get().setPrivacy(mapId, privacy);
  }

  @Override
  public ObjectNode publish(String mapId) {
    return store.get().publish(mapId);
  }

  @Override
  public ObjectNode publishedSnapshot(String mapId) {
    return store.get().publishedSnapshot(mapId);
  }

  @Override
  public <T> T atomically(Supplier<T> work) {
    return store.get().atomically(work);
  }

  @Override
  public void deleteMap(String mapId) {
    store.get().delete(mapId);
  }

  @Override
  public List<ObjectNode> listDatasets(String mapId) {
    return store.get().datasets(mapId);
  }

  @Override
  public ObjectNode createDataset(String mapId, ObjectNode dataset) {
    return store.get().createDataset(mapId, dataset);
  }

  @Override
  public ObjectNode patchDataset(String mapId, String datasetId, ObjectNode patch) {
    return store.get().patchDataset(mapId, datasetId, patch);
  }

  @Override
  public void deleteDataset(String mapId, String datasetId) {
    store.get().deleteDataset(mapId, datasetId);
  }

  @Override
  public List<Connection> connections() {
    return List.of(LocalConnection.CONNECTION);
  }

  @Override
  public SourceProbe probeSource(String connectionId, SourceKind kind, String source) {
    if (!LocalConnection.is(connectionId)) {
      return SourceProbe.failed(LocalConnection.unknown(connectionId));
    }
    return engine.get().probe(kind, source);
  }

  @Override
  public List<TableRef> listTables(String connectionId, String prefix) {
    requireConnection(connectionId);
    return engine.get().listTables(prefix);
  }

  @Override
  public TableInfo describeTable(String connectionId, String table) {
    requireConnection(connectionId);
    return engine.get().describeTable(table);
  }

  /**
   * {@inheritDoc}
   *
   * <p>At most {@link FeatureSource#MAX_FEATURES} features are returned whatever the limit; each
   * statement may run for 30 seconds.
   */
  @Override
  public ObjectNode features(
      String connectionId,
      SourceKind kind,
      String source,
      String geoColumn,
      List<String> columns,
      int limit) {
    requireConnection(connectionId);
    return engine.get().features(kind, source, geoColumn, columns, limit);
  }

  @Override
  public DataProfile profileSource(String connectionId, SourceKind kind, String source) {
    requireConnection(connectionId);
    return engine.get().profile(kind, source);
  }

  @Override
  public double[] sourceExtent(
      String connectionId, SourceKind kind, String source, String geoColumn) {
    requireConnection(connectionId);
    if (geoColumn == null || geoColumn.contains(":")) {
      return null;
    }
    return engine.get().extent(kind, source, geoColumn);
  }

  @Override
  public ObjectNode widget(String connectionId, SourceKind kind, String source, WidgetQuery query) {
    requireConnection(connectionId);
    return engine.get().widget(kind, source, query);
  }

  @Override
  public AgentsStatus agentsStatus() {
    return new AgentsStatus(false, null, List.of(), List.of(), AGENTS_NOTE);
  }

  /** Builder and viewer links into the local viewer; the public link only for public maps. */
  @Override
  public MapUrls urls(String mapId) {
    return urls(mapId, store.get().privacy(mapId));
  }

  /**
   * The links of a map just read: its privacy is in the record, so the store is not asked again.
   */
  @Override
  public MapUrls urls(ObjectNode mapRecord) {
    return urls(
        io.cartomaps.json.Json.text(mapRecord, "id"),
        io.cartomaps.json.Json.text(mapRecord, "privacy"));
  }

  private MapUrls urls(String mapId, String privacy) {
    String builder = baseUrl(viewerBaseUrl.get()) + "/maps/" + mapId;
    String viewer = builder + "/view";
    return new MapUrls(builder, viewer, "public".equals(privacy) ? viewer : null);
  }

  /** Reads the whole maps store back and reports counts and inconsistencies. */
  public StoreCheck checkStore() {
    return store.get().check();
  }

  /** Whether the data engine has been opened (it opens on the first data call). */
  boolean engineOpen() {
    return engine.isOpen();
  }

  /** Whether the maps store has been opened (it opens on the first map call). */
  boolean storeOpen() {
    return store.isOpen();
  }

  @Override
  public void close() {
    try {
      engine.close();
    } finally {
      store.close();
    }
  }

  private static void requireConnection(String connectionId) {
    if (!LocalConnection.is(connectionId)) {
      throw BackendException.notFound(LocalConnection.unknown(connectionId));
    }
  }

  private static Supplier<String> constant(String url) {
    return () -> url;
  }

  /** Links made here open on this machine only: shared and public mean this machine. */
  @Override
  public boolean sharesBeyondThisMachine() {
    return false;
  }

  private static String baseUrl(String url) {
    String base = url == null || url.isBlank() ? DEFAULT_VIEWER_BASE_URL : url.trim();
    if (!base.startsWith("http://") && !base.startsWith("https://")) {
      throw new BackendException(
          BackendException.Kind.INVALID,
          "The local viewer URL must start with http:// or https://; got '" + base + "'.");
    }
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
