package io.cartomaps.backend.cloud;

import static io.cartomaps.backend.cloud.MockCarto.TOKEN;
import static io.cartomaps.backend.cloud.MockCarto.body;
import static io.cartomaps.backend.cloud.MockCarto.json;
import static io.cartomaps.backend.cloud.MockCarto.take;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.AgentsStatus;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Pins the exact requests the CARTO backend sends for every {@code Backend} method, and how answers
 * are read.
 */
class CartoBackendRequestsTest {

  static final String MAP =
      "{\"id\":\"m1\",\"title\":\"Coffee\",\"description\":\"\",\"privacy\":\"shared\","
          + "\"sharingScope\":\"organization\",\"collaborative\":true,\"tags\":[\"a\"],"
          + "\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{}},\"ownerId\":\"auth0|me\","
          + "\"createdAt\":\"2026-01-01T00:00:00Z\",\"updatedAt\":\"2026-01-02T00:00:00Z\",\"views\":3}";
  static final String CONNECTIONS =
      "[{\"id\":\"c1\",\"name\":\"carto_dw\",\"provider_id\":\"bigquery\"},"
          + "{\"id\":\"c2\",\"name\":\"pg\",\"provider_id\":\"postgres\"}]";

  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer ws = new MockWebServer();

  CartoBackend backend;

  @BeforeEach
  void open() {
    backend =
        new CartoBackend(
            MockCarto.profile(api, ws, TOKEN), MockCarto.fast(), new MockCarto.RecordingSleeper());
  }

  @AfterEach
  void close() {
    backend.close();
  }

  static void assertRequest(RecordedRequest r, String method, String target) {
    assertEquals(method, r.getMethod());
    assertEquals(target, r.getTarget());
    assertEquals("Bearer " + TOKEN, r.getHeaders().get("Authorization"));
    assertEquals("application/json", r.getHeaders().get("Accept"));
  }

  @Test
  void listMapsSendsFiltersAsResourcesApiQueryAndReadsTheEnvelope() throws Exception {
    api.enqueue(json("{\"data\":[" + MAP + "],\"meta\":{\"total\":31}}"));
    MapPage page =
        backend.listMaps(
            new MapQuery(
                "coffee shops", "shared", List.of("new", "biz"), false, "title", "ASC", 2, 10));
    RecordedRequest r = take(api);
    assertRequest(
        r,
        "GET",
        "/v3/organization-maps?search=coffee%20shops&tags=%5B%22new%22%2C%22biz%22%5D"
            + "&privacy=shared&order_by=title&order_direction=asc&page=2&page_size=10");
    assertEquals("[\"new\",\"biz\"]", r.getUrl().queryParameter("tags"));
    assertEquals(31, page.total());
    assertEquals(1, page.maps().size());
    assertEquals("m1", page.maps().get(0).get("id").asString());
    assertFalse(page.maps().get(0).has("keplerMapConfig"), "list items are summaries");
    assertEquals(0, ws.getRequestCount());
  }

  @Test
  void listMapsMapsOrderByNamesAndDefaults() throws Exception {
    api.enqueue(json("[]"));
    backend.listMaps(MapQuery.firstPage(12));
    assertRequest(
        take(api),
        "GET",
        "/v3/organization-maps?order_by=updated_at&order_direction=desc&page=1" + "&page_size=12");
  }

  @Test
  void listMapsWithoutTotalTreatsAFullPageAsHavingMore() {
    api.enqueue(json("{\"results\":[" + MAP + "," + MAP.replace("m1", "m2") + "]}"));
    MapPage page = backend.listMaps(MapQuery.firstPage(2));
    assertTrue(page.hasMore());
    api.enqueue(json("[" + MAP + "]"));
    assertFalse(backend.listMaps(MapQuery.firstPage(2)).hasMore());
  }

  @Test
  void listMineScansPagesAndKeepsTheTokenSubjectsMaps() throws Exception {
    String jwt = jwt("{\"sub\":\"auth0|me\"}");
    backend.close();
    backend =
        new CartoBackend(
            MockCarto.profile(api, ws, jwt), MockCarto.fast(), new MockCarto.RecordingSleeper());
    StringBuilder full = new StringBuilder("[");
    for (int i = 0; i < CartoMaps.MINE_SCAN_PAGE_SIZE; i++) {
      full.append(i == 0 ? "" : ",")
          .append(
              MAP.replace("\"m1\"", "\"a" + i + "\"")
                  .replace("auth0|me", i % 2 == 0 ? "auth0|me" : "auth0|other"));
    }
    api.enqueue(json(full.append("]").toString()));
    api.enqueue(json("[" + MAP.replace("\"m1\"", "\"last\"") + "]"));
    MapPage page = backend.listMaps(new MapQuery(null, null, List.of(), true, null, null, 2, 20));
    assertEquals(51, page.total());
    assertEquals(20, page.maps().size());
    assertEquals("a40", page.maps().get(0).get("id").asString());
    assertTrue(take(api).getTarget().endsWith("page=1&page_size=100"));
    assertTrue(take(api).getTarget().endsWith("page=2&page_size=100"));
  }

  @Test
  void listMineWithATokenThatNamesNoUserIsUnsupported() {
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> backend.listMaps(new MapQuery(null, null, List.of(), true, null, null, 1, 10)));
    assertEquals(BackendException.Kind.UNSUPPORTED, e.kind());
    assertTrue(e.getMessage().contains("carto auth login"));
  }

  @Test
  void getMapReadsTheWorkspaceMapIntoTheWireRecord() throws Exception {
    ws.enqueue(json(MAP));
    ObjectNode m = backend.getMap("m1");
    assertRequest(take(ws), "GET", "/maps/m1");
    assertEquals("shared", m.get("privacy").asString());
    assertEquals("organization", m.get("sharingScope").asString());
    assertEquals(0, m.get("userIds").size());
    assertTrue(m.get("lastPublishedAt").isNull());
    assertEquals(0, m.get("publishedVersion").asInt());
    assertEquals(3, m.get("views").asInt(), "other server fields are kept");
  }

  @Test
  void createMapPostsOnlyTitleDescriptionAndKepler() throws Exception {
    ws.enqueue(json(201, MAP));
    ObjectNode input =
        (ObjectNode)
            Json.parse(
                "{\"title\":\"Coffee\",\"description\":\"d\","
                    + "\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{}},\"tags\":[\"x\"],\"privacy\":\"public\"}");
    ObjectNode created = backend.createMap(input);
    RecordedRequest r = take(ws);
    assertRequest(r, "POST", "/maps");
    assertEquals("application/json; charset=utf-8", r.getHeaders().get("Content-Type"));
    assertEquals(
        Json.parse(
            "{\"title\":\"Coffee\",\"description\":\"d\","
                + "\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{}}}"),
        body(r));
    assertEquals("m1", created.get("id").asString());
  }

  @Test
  void patchMapSendsThePatchAndReadsTheAnswer() throws Exception {
    ws.enqueue(json(MAP.replace("Coffee", "Tea")));
    ObjectNode patch =
        (ObjectNode) Json.parse("{\"title\":\"Tea\",\"tags\":[\"t\"],\"collaborative\":false}");
    ObjectNode m = backend.patchMap("m1", patch);
    RecordedRequest r = take(ws);
    assertRequest(r, "PATCH", "/maps/m1");
    assertEquals(patch, body(r));
    assertEquals("Tea", m.get("title").asString());
  }

  @Test
  void patchMapRereadsTheMapWhenTheAnswerIsEmpty() throws Exception {
    ws.enqueue(MockCarto.empty(204));
    ws.enqueue(json(MAP));
    ObjectNode m = backend.patchMap("m1", (ObjectNode) Json.parse("{\"description\":\"x\"}"));
    assertRequest(take(ws), "PATCH", "/maps/m1");
    assertRequest(take(ws), "GET", "/maps/m1");
    assertEquals("m1", m.get("id").asString());
  }

  @Test
  void patchMapRefusesFieldsThePatchEndpointDoesNotTake() {
    BackendException e =
        assertThrows(
            BackendException.class,
            () -> backend.patchMap("m1", (ObjectNode) Json.parse("{\"privacy\":\"public\"}")));
    assertEquals(BackendException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("'privacy'"));
    assertEquals(0, ws.getRequestCount());
  }

  @Test
  void setPrivacyPostsThePrivacyObject() throws Exception {
    ws.enqueue(json(MAP));
    backend.setPrivacy(
        "m1",
        (ObjectNode)
            Json.parse(
                "{\"privacy\":\"shared\",\"sharingScope\":\"specific\","
                    + "\"userIds\":[\"u1\"],\"groupIds\":[],\"extra\":1}"));
    RecordedRequest r = take(ws);
    assertRequest(r, "POST", "/maps/m1/privacy");
    assertEquals(
        Json.parse(
            "{\"privacy\":\"shared\",\"sharingScope\":\"specific\",\"userIds\":[\"u1\"],"
                + "\"groupIds\":[]}"),
        body(r));
  }

  @Test
  void publishPostsToThePublishEndpoint() throws Exception {
    ws.enqueue(json(MAP.replace("\"views\":3", "\"lastPublishedAt\":\"2026-02-01T00:00:00Z\"")));
    ObjectNode m = backend.publish("m1");
    RecordedRequest r = take(ws);
    assertRequest(r, "POST", "/maps/m1/publish");
    assertEquals(Json.object(), body(r));
    assertEquals("2026-02-01T00:00:00Z", m.get("lastPublishedAt").asString());
  }

  @Test
  void publishedSnapshotReadsTheViewerPayloadWithoutItsToken() throws Exception {
    api.enqueue(
        json(
            "{\"id\":\"m1\",\"title\":\"Coffee\",\"updatedAt\":\"2026-02-01T00:00:00Z\","
                + "\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{\"visState\":{}}},"
                + "\"datasets\":[{\"id\":\"d1\",\"connection_name\":\"carto_dw\",\"token\":\"data-token\"}],"
                + "\"token\":\"data-token\"}"));
    ObjectNode s = backend.publishedSnapshot("m1");
    assertRequest(take(api), "GET", "/v3/maps/public/m1?v=3.4&client=carto-maps-mcp");
    assertEquals(0, s.get("version").asInt());
    assertEquals("2026-02-01T00:00:00Z", s.get("publishedAt").asString());
    assertEquals("v1", s.get("keplerMapConfig").get("version").asString());
    assertEquals("carto_dw", s.get("datasets").get(0).get("connectionName").asString());
    assertFalse(Json.compact(s).contains("data-token"));
  }

  @Test
  void publishedSnapshotIsNullWhenCartoHasNone() {
    api.enqueue(json(404, "{\"error\":\"Map not found\"}"));
    assertNull(backend.publishedSnapshot("m1"));
  }

  @Test
  void deleteMapUsesTheDocumentedResourcesApi() throws Exception {
    api.enqueue(MockCarto.empty(204));
    backend.deleteMap("m1");
    assertRequest(take(api), "DELETE", "/v3/organization-maps/m1");
    assertEquals(0, ws.getRequestCount());
  }

  @Test
  void datasetCallsUseTheMapsDatasetsSubResource() throws Exception {
    ws.enqueue(
        json(
            "[{\"id\":\"d1\",\"connection_name\":\"carto_dw\",\"provider_id\":\"bigquery\","
                + "\"created_at\":\"2026-01-01\",\"source\":\"p.d.t\",\"type\":\"table\"}]"));
    List<ObjectNode> list = backend.listDatasets("m1");
    assertRequest(take(ws), "GET", "/maps/m1/datasets");
    assertEquals("carto_dw", list.get(0).get("connectionName").asString());
    assertEquals("bigquery", list.get(0).get("providerId").asString());
    assertEquals("2026-01-01", list.get(0).get("createdAt").asString());
    assertFalse(list.get(0).has("connection_name"));

    ObjectNode ds =
        (ObjectNode)
            Json.parse(
                "{\"type\":\"table\",\"source\":\"p.d.t\",\"connectionId\":\"c1\","
                    + "\"geoColumn\":\"geom\",\"columns\":[\"geom\"],\"format\":\"tilejson\",\"label\":\"T\"}");
    ws.enqueue(json(201, "{\"id\":\"d2\",\"type\":\"table\",\"source\":\"p.d.t\"}"));
    assertEquals("d2", backend.createDataset("m1", ds).get("id").asString());
    RecordedRequest post = take(ws);
    assertRequest(post, "POST", "/maps/m1/datasets");
    assertEquals(ds, body(post));

    ObjectNode patch = (ObjectNode) Json.parse("{\"columns\":[\"geom\",\"name\"]}");
    ws.enqueue(json("{\"id\":\"d2\",\"columns\":[\"geom\",\"name\"]}"));
    assertEquals(2, backend.patchDataset("m1", "d2", patch).get("columns").size());
    RecordedRequest p = take(ws);
    assertRequest(p, "PATCH", "/maps/m1/datasets/d2");
    assertEquals(patch, body(p));

    ws.enqueue(MockCarto.empty(204));
    backend.deleteDataset("m1", "d2");
    assertRequest(take(ws), "DELETE", "/maps/m1/datasets/d2");
  }

  @Test
  void idsCannotClimbOutOfTheirEndpoint() {
    BackendException e = assertThrows(BackendException.class, () -> backend.getMap(".."));
    assertEquals(BackendException.Kind.INVALID, e.kind());
    ws.enqueue(json(MAP));
    backend.getMap("a/b");
    assertEquals("/maps/a%2Fb", assertDoesNotThrowTake(ws).getTarget());
  }

  @Test
  void connectionsListsTheWorkspaceConnections() throws Exception {
    ws.enqueue(json(CONNECTIONS));
    List<Connection> cs = backend.connections();
    assertRequest(take(ws), "GET", "/connections");
    assertEquals(
        List.of(
            new Connection("c1", "carto_dw", "bigquery"), new Connection("c2", "pg", "postgres")),
        cs);
  }

  @Test
  void probeSourceRunsAZeroRowQueryThroughTheSqlApi() throws Exception {
    ws.enqueue(json(CONNECTIONS));
    api.enqueue(
        json(
            "{\"rows\":[],\"schema\":[{\"name\":\"geom\",\"type\":\"geometry\"},"
                + "{\"name\":\"n\",\"type\":\"number\"}],\"meta\":{}}"));
    SourceProbe p = backend.probeSource("c1", SourceKind.query, "SELECT * FROM t;");
    assertRequest(take(ws), "GET", "/connections");
    RecordedRequest r = take(api);
    assertRequest(r, "POST", "/v3/sql/carto_dw/query");
    assertEquals(
        "SELECT * FROM (\nSELECT * FROM t\n) AS _probe WHERE 1=0", body(r).get("q").asString());
    assertTrue(p.ok());
    assertEquals(List.of(new Column("geom", "geometry"), new Column("n", "number")), p.columns());

    api.enqueue(json("{\"rows\":[],\"schema\":[]}"));
    backend.probeSource("c1", SourceKind.table, "proj.ds.shops");
    assertEquals("SELECT * FROM `proj.ds.shops` WHERE 1=0", body(take(api)).get("q").asString());
    assertEquals(1, ws.getRequestCount(), "connections are remembered");
  }

  @Test
  void probeSourceReportsCartosRefusalAsAFailedProbe() {
    ws.enqueue(json(CONNECTIONS));
    api.enqueue(json(400, "{\"error\":\"Table proj.ds.nope was not found\",\"status\":400}"));
    SourceProbe p = backend.probeSource("c1", SourceKind.table, "proj.ds.nope");
    assertFalse(p.ok());
    assertTrue(p.error().contains("Table proj.ds.nope was not found"), p.error());
  }

  @Test
  void probeSourceRefusesATableNameThatIsNotOne() {
    ws.enqueue(json(CONNECTIONS));
    SourceProbe p = backend.probeSource("c1", SourceKind.table, "t; DROP TABLE x");
    assertFalse(p.ok());
    assertEquals(0, api.getRequestCount());
  }

  @Test
  void probeSourceOfATilesetReadsTheTileJsonFields() throws Exception {
    ws.enqueue(json(CONNECTIONS));
    api.enqueue(
        json(
            "{\"tilejson\":\"3.0.0\",\"vector_layers\":[{\"id\":\"l\",\"fields\":{\"pop\":\"Number\"}}]}"));
    SourceProbe p = backend.probeSource("c1", SourceKind.tileset, "proj.ds.tiles");
    assertRequest(
        take(api),
        "GET",
        "/v3/maps/carto_dw/tileset?v=3.4&client=carto-maps-mcp&name=proj.ds.tiles");
    assertEquals(List.of(new Column("pop", "number")), p.columns());
  }

  @Test
  void probeRenderInstantiatesTheDatasetLikeBuilder() throws Exception {
    api.enqueue(
        json(
            "{\"nrows\":10,\"schema\":[{\"name\":\"h3\",\"type\":\"string\"}],"
                + "\"tilejson\":{\"url\":[\"https://x/tiles\"]}}"));
    ObjectNode ds =
        (ObjectNode)
            Json.parse(
                "{\"type\":\"query\",\"source\":\"SELECT * FROM t\","
                    + "\"connectionName\":\"carto_dw\",\"geoColumn\":\"h3:geom\",\"columns\":[\"geom\",\"n\"],"
                    + "\"aggregationResLevel\":5}");
    SourceProbe p = backend.probeRender("c1", ds);
    RecordedRequest r = take(api);
    assertRequest(r, "GET", r.getTarget());
    assertEquals("/v3/maps/carto_dw/query", r.getUrl().encodedPath());
    assertEquals("3.4", r.getUrl().queryParameter("v"));
    assertEquals("SELECT * FROM t", r.getUrl().queryParameter("q"));
    assertEquals("geom", r.getUrl().queryParameter("spatialDataColumn"));
    assertEquals("h3", r.getUrl().queryParameter("spatialDataType"));
    assertEquals("geom,n", r.getUrl().queryParameter("columns"));
    assertEquals("1 AS __aggregationValue", r.getUrl().queryParameter("aggregationExp"));
    assertEquals("5", r.getUrl().queryParameter("aggregationResLevel"));
    assertTrue(p.ok());
    assertEquals(0, ws.getRequestCount(), "connectionName on the dataset saves a lookup");
  }

  @Test
  void probeRenderReportsWhyADatasetWontRender() {
    api.enqueue(json(400, "{\"error\":\"Invalid columns parameter\",\"status\":400}"));
    ObjectNode ds =
        (ObjectNode)
            Json.parse(
                "{\"type\":\"table\",\"source\":\"p.d.t\",\"connectionName\":\"x\","
                    + "\"geoColumn\":\"geom\",\"columns\":[{\"name\":\"geom\"}]}");
    SourceProbe p = backend.probeRender("c1", ds);
    assertFalse(p.ok());
    assertTrue(p.error().contains("Invalid columns parameter"));
  }

  @Test
  void probeRenderSwitchesToPostForVeryLongQueries() throws Exception {
    api.enqueue(json("{\"schema\":[]}"));
    String longSql = "SELECT * FROM t WHERE x IN (" + "1,".repeat(4000) + "1)";
    ObjectNode ds =
        Json.object().put("type", "query").put("source", longSql).put("connectionName", "carto_dw");
    backend.probeRender("c1", ds);
    RecordedRequest r = take(api);
    assertRequest(r, "POST", "/v3/maps/carto_dw/query?v=3.4&client=carto-maps-mcp");
    assertEquals(longSql, body(r).get("q").asString());
  }

  @Test
  void listTablesWalksTheResourceTree() throws Exception {
    ws.enqueue(
        json(
            "{\"id\":\"proj.ds\",\"children\":[{\"id\":\"proj.ds.a\",\"name\":\"a\",\"type\":\"table\"},"
                + "{\"id\":\"proj.ds.v\",\"name\":\"v\",\"type\":\"view\"}]}"));
    List<TableRef> tables = backend.listTables("c1", "proj.ds");
    assertRequest(take(ws), "GET", "/connections/c1/resources/proj.ds");
    assertEquals(
        List.of(new TableRef("proj.ds.a", "table"), new TableRef("proj.ds.v", "view")), tables);

    ws.enqueue(json("{\"children\":[{\"name\":\"proj\",\"type\":\"database\"}]}"));
    ws.enqueue(json("{\"children\":[{\"name\":\"ds\",\"type\":\"schema\"}]}"));
    ws.enqueue(json("{\"children\":[{\"name\":\"a\",\"type\":\"table\"}]}"));
    assertEquals(List.of(new TableRef("proj.ds.a", "table")), backend.listTables("c1", null));
    assertEquals("/connections/c1/resources", take(ws).getTarget());
    assertEquals("/connections/c1/resources/proj", take(ws).getTarget());
    assertEquals("/connections/c1/resources/proj.ds", take(ws).getTarget());
  }

  @Test
  void describeTableCombinesTheResourceAndOneStatisticsQuery() throws Exception {
    ws.enqueue(json(CONNECTIONS));
    ws.enqueue(
        json(
            "{\"schema\":[{\"name\":\"geom\",\"type\":\"GEOGRAPHY\"},{\"name\":\"n\",\"type\":\"INT64\"}],"
                + "\"geomField\":\"geom\"}"));
    api.enqueue(
        json(
            "{\"rows\":[{\"row_count\":42,\"xmin\":-1.5,\"ymin\":2,\"xmax\":3,\"ymax\":4,"
                + "\"geom_type\":\"ST_Point\"}],\"schema\":[]}"));
    TableInfo t = backend.describeTable("c1", "proj.ds.shops");
    take(ws);
    assertRequest(take(ws), "GET", "/connections/c1/resources/proj.ds.shops");
    RecordedRequest sql = take(api);
    assertRequest(sql, "POST", "/v3/sql/carto_dw/query");
    assertTrue(body(sql).get("q").asString().contains("ST_EXTENT(`geom`)"));
    assertEquals(List.of(new Column("geom", "geometry"), new Column("n", "number")), t.columns());
    assertEquals("geom", t.geoColumn());
    assertEquals("point", t.geometryType());
    assertEquals(42, t.rowCount());
    assertEquals(-1.5, t.extent()[0]);
  }

  @Test
  void agentsStatusReadsTheOrganisationsAiSettings() throws Exception {
    ws.enqueue(
        json(
            "{\"enabled\":true,\"defaultModel\":\"ac_x::openai::gpt\",\"models\":[{\"id\":\"m2\"}]}"));
    AgentsStatus s = backend.agentsStatus();
    assertRequest(take(ws), "GET", "/settings/carto-ai");
    assertTrue(s.enabled());
    assertEquals("ac_x::openai::gpt", s.defaultModel());
    assertEquals(List.of("ac_x::openai::gpt", "m2"), s.models());
    assertTrue(s.mcpTools().isEmpty());
  }

  @Test
  void agentsStatusIsDisabledWhenTheSettingsAreForbidden() {
    ws.enqueue(json(403, "{\"error\":\"Forbidden\"}"));
    AgentsStatus s = backend.agentsStatus();
    assertFalse(s.enabled());
    assertTrue(s.note().contains("not available"));
  }

  @Test
  void urlsUseTheTenantDomainAndAPublicLinkOnlyForPublicMaps() {
    ws.enqueue(json(MAP));
    MapUrls shared = backend.urls("m1");
    assertEquals("https://acme.app.carto.com/builder/m1", shared.builderUrl());
    assertEquals("https://acme.app.carto.com/map/m1", shared.viewerUrl());
    assertNull(shared.publicUrl());
    ws.enqueue(json(MAP.replace("\"shared\"", "\"public\"")));
    assertEquals("https://acme.app.carto.com/map/m1", backend.urls("m1").publicUrl());
  }

  @Test
  void theTokenGoesOnlyToTheProfilesOwnHosts() throws Exception {
    try (MockWebServer elsewhere = new MockWebServer()) {
      elsewhere.start();
      elsewhere.enqueue(json("{}"));
      CartoHttpClient client =
          new CartoHttpClient(
              io.cartomaps.config.Secret.ofNullable(TOKEN),
              java.util.Set.of(api.url("/")),
              "acme",
              MockCarto.fast(),
              d -> {});
      client.send(new ApiCall("GET", elsewhere.url("/tiles"), null, "GET /tiles", "tiles"));
      assertNull(take(elsewhere).getHeaders().get("Authorization"));
      client.close();
    }
  }

  private static RecordedRequest assertDoesNotThrowTake(MockWebServer server) {
    try {
      return take(server);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  static String jwt(String claims) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
        + "."
        + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
        + ".sig";
  }
}
