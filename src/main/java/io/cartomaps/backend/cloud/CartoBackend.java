package io.cartomaps.backend.cloud;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.backend.Column;
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
import io.cartomaps.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CARTO organisation as a {@link Backend}: the Workspace API for maps and datasets, the CARTO API for listing,
 * deleting, SQL and Maps API probes. Each method is one faithful client call (two where noted); the write split,
 * pre-flight and clean-up live in the maps service. Paths and payloads are in {@link CartoEndpoints}; payloads
 * become our records in {@link CartoRecords}.
 */
public final class CartoBackend implements Backend, WidgetSource {

  private static final Logger LOG = LoggerFactory.getLogger(CartoBackend.class);

  /** {@code mine} scans this many maps per page … */
  static final int MINE_SCAN_PAGE_SIZE = 100;
  /** … for at most this many pages (2,000 maps). */
  static final int MINE_SCAN_MAX_PAGES = 20;
  /** {@code listTables} without a prefix walks at most this many resource nodes … */
  static final int TABLE_WALK_MAX_REQUESTS = 25;
  /** … and returns at most this many tables. */
  static final int TABLE_WALK_MAX_TABLES = 500;
  /** api-client's default aggregation for spatial-index sources. [C: AC-SRC] */
  static final String DEFAULT_AGGREGATION_EXP = "1 AS __aggregationValue";

  private final ProfileConfig profile;
  private final CartoEndpoints endpoints;
  private final CartoHttpClient http;
  private volatile List<Connection> connectionCache;

  /** A backend with production timeouts and retries. */
  public static CartoBackend open(ProfileConfig profile) {
    return new CartoBackend(profile, HttpSettings.defaults(), Sleeper.REAL);
  }

  public CartoBackend(ProfileConfig profile, HttpSettings settings, Sleeper sleeper) {
    if (profile.isLocal() || profile.token() == null) {
      throw new IllegalArgumentException("profile '" + profile.name() + "' is not a CARTO profile with a token");
    }
    HttpUrl api = HttpUrl.parse(profile.apiBaseUrl());
    HttpUrl ws = HttpUrl.parse(profile.workspaceUrl());
    if (api == null || ws == null) {
      throw new IllegalArgumentException("profile '" + profile.name() + "' has no valid API or Workspace URL");
    }
    this.profile = profile;
    this.endpoints = new CartoEndpoints(api, ws);
    this.http = new CartoHttpClient(profile.token(), Set.copyOf(java.util.List.of(api, ws)), profile.name(), settings, sleeper);
  }

  @Override
  public String profile() {
    return profile.name();
  }

  // ---- maps ---------------------------------------------------------------------------------------------------

  /**
   * {@code GET /v3/organization-maps}. The list envelope is not documented: items are read from a bare array or
   * from {@code data|results|items|maps|rows}, the total from {@code total|totalCount|total_count|count} (root,
   * {@code meta} or {@code pagination}); without a total, a full page counts as "there is more".
   *
   * <p>{@code mine}: no owner filter is documented, so pages are scanned ({@value #MINE_SCAN_PAGE_SIZE} per page,
   * at most {@value #MINE_SCAN_MAX_PAGES} pages) and kept when {@code ownerId} equals the token's subject (the
   * user id in the login token).
   */
  @Override
  public MapPage listMaps(MapQuery query) {
    if (query.mine()) {
      return listMine(query);
    }
    JsonNode answer = http.send(endpoints.listMaps(query, query.page(), query.pageSize()));
    List<ObjectNode> maps = mapItems(answer, "GET /v3/organization-maps");
    long total = CartoRecords.total(answer);
    if (total < 0) {
      long before = (long) (query.page() - 1) * query.pageSize();
      total = before + maps.size() + (maps.size() >= query.pageSize() ? 1 : 0);
    }
    return new MapPage(maps, query.page(), query.pageSize(), total);
  }

  private MapPage listMine(MapQuery query) {
    String me = profile.token().subject().orElseThrow(() -> new BackendException(Kind.UNSUPPORTED,
        "cannot tell which maps are yours: the token names no user (API Access Tokens do not); "
            + "run `carto auth login` or list without --mine"));
    List<ObjectNode> mine = new ArrayList<>();
    boolean exhausted = false;
    for (int page = 1; page <= MINE_SCAN_MAX_PAGES; page++) {
      JsonNode answer = http.send(endpoints.listMaps(query, page, MINE_SCAN_PAGE_SIZE));
      List<ObjectNode> batch = mapItems(answer, "GET /v3/organization-maps");
      batch.stream().filter(m -> me.equals(Json.text(m, "ownerId"))).forEach(mine::add);
      long total = CartoRecords.total(answer);
      if (batch.size() < MINE_SCAN_PAGE_SIZE || total >= 0 && (long) page * MINE_SCAN_PAGE_SIZE >= total) {
        exhausted = true;
        break;
      }
    }
    if (!exhausted) {
      LOG.warn("--mine looked at the first {} maps only", MINE_SCAN_PAGE_SIZE * MINE_SCAN_MAX_PAGES);
    }
    int from = Math.min((query.page() - 1) * query.pageSize(), mine.size());
    int to = Math.min(from + query.pageSize(), mine.size());
    return new MapPage(mine.subList(from, to), query.page(), query.pageSize(), mine.size());
  }

  private List<ObjectNode> mapItems(JsonNode answer, String endpoint) {
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered " + endpoint + " without a list of maps: retry, and report it if it persists");
    }
    List<ObjectNode> maps = new ArrayList<>();
    for (JsonNode item : items) {
      ObjectNode m = CartoRecords.map(item);
      if (m != null) {
        m.remove("keplerMapConfig");
        maps.add(m);
      }
    }
    return maps;
  }

  /** {@code GET {ws}/maps/{id}}. */
  @Override
  public ObjectNode getMap(String mapId) {
    return mapRecord(http.send(endpoints.getMap(mapId)), "GET /maps/{id}");
  }

  /** {@code POST {ws}/maps} with title, description and keplerMapConfig only; never retried. */
  @Override
  public ObjectNode createMap(ObjectNode titleDescriptionKepler) {
    ObjectNode created = mapRecord(http.send(endpoints.createMap(titleDescriptionKepler)), "POST /maps");
    if (Json.text(created, "id") == null) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered POST /maps without the new map's id: check Builder for an untitled map before retrying");
    }
    return created;
  }

  /** {@code PATCH {ws}/maps/{id}}; re-reads the map when the answer is not a map. */
  @Override
  public ObjectNode patchMap(String mapId, ObjectNode patch) {
    return recordOrReread(mapId, http.send(endpoints.patchMap(mapId, patch)));
  }

  /** {@code POST {ws}/maps/{id}/privacy}; re-reads the map when the answer is not a map. */
  @Override
  public ObjectNode setPrivacy(String mapId, ObjectNode privacy) {
    return recordOrReread(mapId, http.send(endpoints.setPrivacy(mapId, privacy)));
  }

  /**
   * {@code POST {ws}/maps/{id}/publish} — unconfirmed path (see docs/carto-api.md); re-reads the map when the
   * answer is not a map.
   */
  @Override
  public ObjectNode publish(String mapId) {
    return recordOrReread(mapId, http.send(endpoints.publish(mapId)));
  }

  /**
   * The viewer payload {@code GET /v3/maps/public/{id}}, which CARTO's viewers load and which is believed to be the
   * published snapshot [I]. {@code version} is 0 (CARTO sends no version number we know of) and {@code publishedAt}
   * is {@code lastPublishedAt}, {@code publishedAt} or {@code updatedAt} of the payload. Null when CARTO answers
   * 404 (never published or not shared). The payload's data access {@code token} is dropped.
   */
  @Override
  public ObjectNode publishedSnapshot(String mapId) {
    JsonNode answer;
    try {
      answer = http.send(endpoints.publicMap(mapId));
    } catch (BackendException e) {
      if (e.kind() == Kind.NOT_FOUND) {
        return null;
      }
      throw e;
    }
    if (!answer.isObject()) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered GET /v3/maps/public/{id} without a map: retry, and report it if it persists");
    }
    return CartoRecords.snapshot(answer);
  }

  /** {@code DELETE /v3/organization-maps/{id}} (documented; the Workspace delete is only inferred). */
  @Override
  public void deleteMap(String mapId) {
    http.send(endpoints.deleteMap(mapId));
  }

  private ObjectNode recordOrReread(String mapId, JsonNode answer) {
    JsonNode unwrapped = unwrap(answer, "map");
    if (unwrapped.isObject() && Json.text(unwrapped, "id") != null) {
      return CartoRecords.map(unwrapped);
    }
    return getMap(mapId);
  }

  private static ObjectNode mapRecord(JsonNode answer, String endpoint) {
    ObjectNode m = CartoRecords.map(unwrap(answer, "map"));
    if (m == null) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered " + endpoint + " without a map object: retry, and report it if it persists");
    }
    return m;
  }

  /** Accepts {@code {"map": {...}}} as well as the bare object. */
  private static JsonNode unwrap(JsonNode answer, String key) {
    if (answer != null && answer.isObject() && !answer.has("id") && answer.has(key) && answer.get(key).isObject()) {
      return answer.get(key);
    }
    return answer;
  }

  // ---- datasets -----------------------------------------------------------------------------------------------

  @Override
  public List<ObjectNode> listDatasets(String mapId) {
    JsonNode answer = http.send(endpoints.listDatasets(mapId));
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered GET /maps/{id}/datasets without a list: retry, and report it if it persists");
    }
    List<ObjectNode> out = new ArrayList<>();
    items.forEach(d -> {
      ObjectNode ds = CartoRecords.dataset(d);
      if (ds != null) {
        out.add(ds);
      }
    });
    return out;
  }

  /** {@code POST {ws}/maps/{id}/datasets}; never retried. */
  @Override
  public ObjectNode createDataset(String mapId, ObjectNode dataset) {
    ObjectNode created = CartoRecords.dataset(unwrap(http.send(endpoints.createDataset(mapId, dataset)), "dataset"));
    if (created == null || Json.text(created, "id") == null) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered POST /maps/{id}/datasets without the new dataset's id: re-read the map before retrying");
    }
    return created;
  }

  /** {@code PATCH {ws}/maps/{id}/datasets/{datasetId}}; re-reads the datasets when the answer is not one. */
  @Override
  public ObjectNode patchDataset(String mapId, String datasetId, ObjectNode patch) {
    JsonNode answer = unwrap(http.send(endpoints.patchDataset(mapId, datasetId, patch)), "dataset");
    if (answer.isObject() && Json.text(answer, "id") != null) {
      return CartoRecords.dataset(answer);
    }
    return listDatasets(mapId).stream().filter(d -> datasetId.equals(Json.text(d, "id"))).findFirst()
        .orElseThrow(() -> BackendException.notFound("dataset " + datasetId + " of map " + mapId
            + " is gone after the update; re-read the map"));
  }

  @Override
  public void deleteDataset(String mapId, String datasetId) {
    http.send(endpoints.deleteDataset(mapId, datasetId));
  }

  // ---- connections and data -----------------------------------------------------------------------------------

  /** {@code GET {ws}/connections}; remembered for this backend's life (refreshed when an id is not found). */
  @Override
  public List<Connection> connections() {
    JsonNode answer = http.send(endpoints.connections());
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(Kind.BAD_RESPONSE,
          "CARTO answered GET /connections without a list: retry, and report it if it persists");
    }
    List<Connection> list = new ArrayList<>();
    for (JsonNode c : items) {
      String id = Json.text(c, "id");
      String name = Json.text(c, "name");
      if (id != null && name != null) {
        String provider = Json.text(c, "provider_id") != null ? Json.text(c, "provider_id")
            : Json.text(c, "providerId");
        list.add(new Connection(id, name, provider));
      }
    }
    connectionCache = List.copyOf(list);
    return connectionCache;
  }

  private Connection connection(String connectionId) {
    List<Connection> cached = connectionCache;
    if (cached != null) {
      for (Connection c : cached) {
        if (c.id().equals(connectionId)) {
          return c;
        }
      }
    }
    return connections().stream().filter(c -> c.id().equals(connectionId)).findFirst()
        .orElseThrow(() -> BackendException.notFound("connection " + connectionId + " not found in profile '"
            + profile.name() + "': list connections to see the ids"));
  }

  /**
   * Tables and queries: {@code POST /v3/sql/{connection}/query} with a zero-row probe, columns from the answer's
   * {@code schema}. Tilesets and rasters: the Maps API {@code /v3/maps/{connection}/{tileset|raster}}, columns from
   * the TileJSON's {@code vector_layers}/{@code tilestats}. A refusal by CARTO (400/403/404/422) is a failed probe;
   * other failures are thrown.
   */
  @Override
  public SourceProbe probeSource(String connectionId, SourceKind kind, String source) {
    if (source == null || source.isBlank()) {
      return SourceProbe.failed("the dataset has no source");
    }
    Connection c = connection(connectionId);
    if (kind != SourceKind.query && !WarehouseSql.isTableName(source)) {
      return SourceProbe.failed("'" + abbreviate(source) + "' is not a table name (letters, digits, _ - $ and dots)");
    }
    try {
      if (kind == SourceKind.table || kind == SourceKind.query) {
        JsonNode answer = http.send(endpoints.sql(c.name(), WarehouseSql.probe(kind, source, c.providerId()),
            "the " + kind + " source"));
        return SourceProbe.ok(columns(answer.get("schema")));
      }
      JsonNode tilejson = http.send(endpoints.mapsSource(c.name(), kind, Map.of("name", source),
          "the " + kind + " source"));
      return SourceProbe.ok(tilesetColumns(tilejson));
    } catch (BackendException e) {
      return refusalAsProbe(e);
    }
  }

  /** Statistics through the SQL API: see {@link SourceStatistics}. A source CARTO refuses is an INVALID failure. */
  @Override
  public DataProfile profileSource(String connectionId, SourceKind kind, String source) {
    if (kind != SourceKind.table && kind != SourceKind.query) {
      throw new BackendException(Kind.UNSUPPORTED, "Statistics are computed for tables and queries, not " + kind + "s.");
    }
    SourceProbe probe = probeSource(connectionId, kind, source);
    if (!probe.ok()) {
      throw new BackendException(Kind.INVALID, "The source cannot be read: " + probe.error());
    }
    Connection c = connection(connectionId);
    return SourceStatistics.profile(kind, source, c.providerId(), probe.columns(),
        sql -> http.send(endpoints.sql(c.name(), sql, "statistics of the " + kind + " source")));
  }

  /** A widget's values in the warehouse, one SQL API call: see {@link WarehouseWidgets}. */
  @Override
  public ObjectNode widget(String connectionId, SourceKind kind, String source, WidgetQuery query) {
    Connection c = connection(connectionId);
    return WarehouseWidgets.compute(c, kind, source, query,
        sql -> http.send(endpoints.sql(c.name(), sql, "values of a " + query.kind().name().toLowerCase(Locale.ROOT)
            + " widget")));
  }

  /** Extent of a query's geometry where the provider has the functions (one SQL API call); else null. */
  @Override
  public double[] sourceExtent(String connectionId, SourceKind kind, String source, String geoColumn) {
    if (geoColumn == null || !WarehouseSql.isIdentifier(geoColumn)
        || (kind != SourceKind.query && !WarehouseSql.isTableName(source))) {
      return null;
    }
    Connection c = connection(connectionId);
    try {
      JsonNode answer = http.send(endpoints.sql(c.name(), WarehouseSql.statsFrom(
          SourceStatistics.from(kind, source, c.providerId()), c.providerId(), geoColumn), "extent of the source"));
      var items = CartoRecords.items(answer);
      return items == null || items.isEmpty() ? null : extent(items.get(0));
    } catch (BackendException e) {
      LOG.warn("extent of a {} source is unavailable: {}", kind, e.getMessage());
      return null;
    }
  }

  /**
   * Instantiates the dataset the way Builder does, {@code GET /v3/maps/{connection}/{type}} with
   * {@code v=3.4}, {@code name}/{@code q}, {@code spatialDataColumn}/{@code spatialDataType} from {@code geoColumn},
   * {@code columns}, {@code queryParameters} and, for h3/quadbin, {@code aggregationExp} (api-client's default when
   * absent) and {@code aggregationResLevel}. A refusal (e.g. "Invalid columns parameter") is a failed probe, which
   * the service reports as {@code DATASET_WONT_RENDER}.
   */
  @Override
  public SourceProbe probeRender(String connectionId, ObjectNode dataset) {
    SourceKind kind = SourceKind.of(Json.text(dataset, "type"));
    if (kind == null) {
      return SourceProbe.failed("unknown dataset type '" + Json.text(dataset, "type") + "'");
    }
    String source = Json.text(dataset, "source");
    if (source == null || source.isBlank()) {
      return SourceProbe.failed("the dataset has no source");
    }
    String connectionName = Json.text(dataset, "connectionName");
    if (connectionName == null) {
      connectionName = connection(connectionId).name();
    }
    Map<String, String> params = new LinkedHashMap<>();
    params.put(kind == SourceKind.query ? "q" : "name", source);
    if (kind == SourceKind.table || kind == SourceKind.query) {
      spatialParams(dataset, params);
      JsonNode columns = dataset.get("columns");
      if (columns != null && columns.isArray() && !columns.isEmpty()) {
        List<String> names = new ArrayList<>();
        columns.forEach(col -> names.add(col.isString() ? col.asString() : Json.compact(col)));
        params.put("columns", String.join(",", names));
      }
      JsonNode qp = dataset.get("queryParameters");
      if (kind == SourceKind.query && qp != null && !qp.isNull() && !qp.isEmpty()) {
        params.put("queryParameters", Json.compact(qp));
      }
    }
    try {
      JsonNode answer = http.send(endpoints.mapsSource(connectionName, kind, params, "the dataset"));
      JsonNode schema = answer.get("schema");
      return SourceProbe.ok(schema != null ? columns(schema) : tilesetColumns(answer));
    } catch (BackendException e) {
      return refusalAsProbe(e);
    }
  }

  private static void spatialParams(ObjectNode dataset, Map<String, String> params) {
    String geo = Json.text(dataset, "geoColumn");
    if (geo == null) {
      return;
    }
    String type = "geo";
    String column = geo;
    int colon = geo.indexOf(':');
    if (colon > 0) {
      type = geo.substring(0, colon).toLowerCase(Locale.ROOT);
      column = geo.substring(colon + 1);
    }
    params.put("spatialDataColumn", column);
    params.put("spatialDataType", type);
    if (type.equals("h3") || type.equals("quadbin")) {
      String exp = Json.text(dataset, "aggregationExp");
      params.put("aggregationExp", exp == null || exp.isBlank() ? DEFAULT_AGGREGATION_EXP : exp);
      JsonNode res = dataset.get("aggregationResLevel");
      if (res != null && res.isNumber()) {
        params.put("aggregationResLevel", Integer.toString(res.asInt()));
      }
    }
  }

  private static SourceProbe refusalAsProbe(BackendException e) {
    return switch (e.kind()) {
      case INVALID, NOT_FOUND, FORBIDDEN -> SourceProbe.failed(e.getMessage());
      default -> throw e;
    };
  }

  /**
   * Walks {@code GET {ws}/connections/{id}/resources[/{prefix}]}: children of type {@code table} or {@code view}
   * are returned; other children (projects, databases, schemas) are opened in turn, breadth first, up to
   * {@value #TABLE_WALK_MAX_REQUESTS} requests and {@value #TABLE_WALK_MAX_TABLES} tables.
   */
  @Override
  public List<TableRef> listTables(String connectionId, String prefix) {
    List<TableRef> tables = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    open.add(prefix == null ? "" : prefix.strip());
    int requests = 0;
    while (!open.isEmpty() && requests < TABLE_WALK_MAX_REQUESTS && tables.size() < TABLE_WALK_MAX_TABLES) {
      String path = open.poll();
      JsonNode node = http.send(endpoints.resources(connectionId, path.isEmpty() ? null : path));
      requests++;
      JsonNode children = node.get("children");
      if (children == null || !children.isArray()) {
        continue;
      }
      for (JsonNode child : children) {
        String name = Json.text(child, "name");
        if (name == null) {
          continue;
        }
        String full = path.isEmpty() ? name : path + "." + name;
        String type = Objects.requireNonNullElse(Json.text(child, "type"), "").toLowerCase(Locale.ROOT);
        if (type.equals("table") || type.equals("view")) {
          if (tables.size() < TABLE_WALK_MAX_TABLES) {
            tables.add(new TableRef(full, type));
          }
        } else if (full.chars().filter(ch -> ch == '.').count() < 2) {
          open.add(full);
        }
      }
    }
    if (!open.isEmpty()) {
      LOG.info("table listing stopped after {} requests; pass a prefix such as project.dataset to see more",
          requests);
    }
    return tables;
  }

  /**
   * Columns and geometry column from {@code GET {ws}/connections/{id}/resources/{table}} ({@code schema},
   * {@code geomField}); row count, extent and geometry type from one SQL statement where the provider has the
   * functions (BigQuery, Postgres, Snowflake), else row count only. {@code rowCount} is -1 when the statement
   * fails, {@code extent} null when unknown.
   */
  @Override
  public TableInfo describeTable(String connectionId, String table) {
    if (!WarehouseSql.isTableName(table)) {
      throw new BackendException(Kind.INVALID,
          "'" + abbreviate(table) + "' is not a table name: use project.dataset.table (letters, digits, _ - $)");
    }
    Connection c = connection(connectionId);
    JsonNode info = http.send(endpoints.resources(connectionId, table));
    List<Column> columns = columns(info.get("schema"));
    String geo = Json.text(info, "geomField");
    if (geo == null) {
      geo = columns.stream().filter(col -> col.type().equals("geometry")).map(Column::name).findFirst()
          .orElse(null);
    }
    String geometryType = null;
    if (geo == null) {
      geo = columns.stream().map(Column::name).filter(n -> n.equalsIgnoreCase("h3") || n.equalsIgnoreCase("quadbin"))
          .findFirst().orElse(null);
      geometryType = geo == null ? null : geo.toLowerCase(Locale.ROOT);
    }
    long rows = -1;
    double[] extent = null;
    String spatial = geometryType == null ? geo : null;
    try {
      JsonNode answer = http.send(endpoints.sql(c.name(), WarehouseSql.stats(table, c.providerId(), spatial),
          "statistics of " + table));
      JsonNode row = CartoRecords.items(answer) == null || CartoRecords.items(answer).isEmpty() ? null
          : CartoRecords.items(answer).get(0);
      if (row != null) {
        rows = row.path("row_count").asLong(-1);
        extent = extent(row);
        if (geometryType == null) {
          geometryType = geometryType(Json.text(row, "geom_type"));
        }
      }
    } catch (BackendException e) {
      if (e.kind() == Kind.UNAUTHORIZED) {
        throw e;
      }
      LOG.warn("statistics of {} are unavailable: {}", table, e.getMessage());
    }
    return new TableInfo(table, columns, geo, geometryType, rows, extent);
  }

  private static double[] extent(JsonNode row) {
    double[] e = new double[4];
    String[] keys = {"xmin", "ymin", "xmax", "ymax"};
    for (int i = 0; i < 4; i++) {
      JsonNode v = row.get(keys[i]);
      if (v == null || !v.isNumber()) {
        return null;
      }
      e[i] = v.asDouble();
    }
    return e;
  }

  private static String geometryType(String raw) {
    if (raw == null) {
      return null;
    }
    String t = raw.toLowerCase(Locale.ROOT);
    if (t.contains("point")) {
      return "point";
    }
    if (t.contains("line")) {
      return "line";
    }
    if (t.contains("polygon")) {
      return "polygon";
    }
    return null;
  }

  private static List<Column> columns(JsonNode schema) {
    List<Column> out = new ArrayList<>();
    if (schema != null && schema.isArray()) {
      for (JsonNode col : schema) {
        String name = Json.text(col, "name");
        if (name != null) {
          out.add(new Column(name, ColumnTypes.carto(Json.text(col, "type"))));
        }
      }
    }
    return out;
  }

  /** Columns of a TileJSON: {@code vector_layers[0].fields} (name → type) or {@code tilestats.layers[0].attributes}. */
  private static List<Column> tilesetColumns(JsonNode tilejson) {
    List<Column> out = new ArrayList<>();
    JsonNode layers = tilejson.path("vector_layers");
    if (layers.isArray() && !layers.isEmpty() && layers.get(0).path("fields").isObject()) {
      layers.get(0).path("fields").properties()
          .forEach(e -> out.add(new Column(e.getKey(), ColumnTypes.carto(e.getValue().asString("")))));
      return out;
    }
    JsonNode stats = tilejson.path("tilestats").path("layers");
    if (stats.isArray() && !stats.isEmpty()) {
      for (JsonNode a : stats.get(0).path("attributes")) {
        String name = Json.text(a, "attribute");
        if (name != null) {
          out.add(new Column(name, ColumnTypes.carto(Json.text(a, "type"))));
        }
      }
    }
    return out;
  }

  // ---- agents and links ---------------------------------------------------------------------------------------

  /**
   * {@code GET {ws}/settings/carto-ai}: {@code enabled} and {@code defaultModel} (field names inferred); models are
   * read from a {@code models} array when the settings carry one. CARTO's endpoints behind
   * {@code carto maps agents models|mcp-tools} are not known, so {@code mcpTools} is always empty and the note says
   * so. A 403/404 means agents are not available to this token.
   */
  @Override
  public AgentsStatus agentsStatus() {
    JsonNode s;
    try {
      s = http.send(endpoints.aiSettings());
    } catch (BackendException e) {
      if (e.kind() == Kind.FORBIDDEN || e.kind() == Kind.NOT_FOUND) {
        return new AgentsStatus(false, null, List.of(), List.of(),
            "CARTO AI settings are not available to this profile: " + e.getMessage());
      }
      throw e;
    }
    String defaultModel = Json.text(s, "defaultModel") != null ? Json.text(s, "defaultModel")
        : Json.text(s, "default_model");
    JsonNode enabledNode = s.has("enabled") ? s.get("enabled") : s.get("isEnabled");
    boolean enabled = enabledNode != null && enabledNode.isBoolean() ? enabledNode.asBoolean() : defaultModel != null;
    List<String> models = new ArrayList<>();
    for (JsonNode m : s.path("models")) {
      String id = m.isString() ? m.asString() : Json.text(m, "id") != null ? Json.text(m, "id") : Json.text(m, "name");
      if (id != null) {
        models.add(id);
      }
    }
    if (defaultModel != null && !models.contains(defaultModel)) {
      models.add(0, defaultModel);
    }
    String note = enabled
        ? "MCP tools are not listed: CARTO's endpoint for them is not known to this program"
        : "CARTO AI is disabled for this organisation; an admin can enable it in Settings";
    return new AgentsStatus(enabled, defaultModel, models, List.of(), note);
  }

  /** Builder and viewer links on the tenant domain; {@code publicUrl} only for a public map (reads the map once). */
  @Override
  public MapUrls urls(String mapId) {
    if (profile.tenantDomain() == null) {
      throw new BackendException(Kind.UNSUPPORTED, "the organisation's domain of profile '" + profile.name()
          + "' is unknown, so links cannot be built: run `carto auth login` or set CARTO_TENANT_DOMAIN");
    }
    return urls(getMap(mapId));
  }

  /** The links from a map record already read: no second request. */
  @Override
  public MapUrls urls(ObjectNode map) {
    String mapId = Json.text(map, "id");
    if (profile.tenantDomain() == null) {
      throw new BackendException(Kind.UNSUPPORTED, "the organisation's domain of profile '" + profile.name()
          + "' is unknown, so links cannot be built: run `carto auth login` or set CARTO_TENANT_DOMAIN");
    }
    String viewer = CartoEndpoints.viewerUrl(profile.tenantDomain(), mapId);
    return new MapUrls(CartoEndpoints.builderUrl(profile.tenantDomain(), mapId), viewer,
        "public".equals(Json.text(map, "privacy")) ? viewer : null);
  }

  @Override
  public void close() {
    http.close();
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "…" : s;
  }

  @Override
  public String toString() {
    return "CartoBackend[" + profile.name() + "]";
  }
}
