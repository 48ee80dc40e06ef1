package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.json.Json;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every CARTO request path and payload this program sends, in one place, so that a person with a
 * live account can correct an endpoint in minutes. {@code docs/carto-api.md} lists each one with
 * what confirms it; each method's Javadoc links the public source it follows, says "inferred from"
 * where the source only implies it, and [I] or [U] (unconfirmed) where no source shows it.
 *
 * <p>Two hosts: the CARTO API ({@code https://{tenant_id}.api.carto.com}) and the Workspace API,
 * Builder's own backend ({@code apis.workspaceUrl} of the tenant's {@code config.yaml}).
 */
final class CartoEndpoints {

  /**
   * Maps API version parameter, as CARTO's own clients send it. (source <a
   * href="https://unpkg.com/@carto/api-client@0.5.34/src/api/request-with-parameters.ts">@carto/api-client
   * request-with-parameters.ts</a>)
   */
  static final String MAPS_API_VERSION = "3.4";

  /** Identifies this program in CARTO's analytics, as deck.gl and QGIS do with {@code client=}. */
  static final String CLIENT = "carto-maps-mcp";

  /**
   * Above this URL length a Maps API GET becomes a POST with a JSON body, as CARTO's api-client
   * does. (source <a
   * href="https://unpkg.com/@carto/api-client@0.5.34/src/constants.ts">@carto/api-client
   * constants.ts</a>)
   */
  static final int MAX_GET_URL = 7000;

  /**
   * Fields {@code POST /maps} accepts. (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/configuration-shape.md">CARTO
   * agent skill: configuration shape</a>)
   */
  static final List<String> CREATE_FIELDS = List.of("title", "description", "keplerMapConfig");

  /**
   * Fields {@code PATCH /maps/{id}} accepts. (partly inferred from <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/updates.md">CARTO
   * agent skill: updates</a>, <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/configuration-shape.md">CARTO
   * agent skill: configuration shape</a>)
   */
  static final Set<String> PATCH_FIELDS =
      Set.of("title", "description", "tags", "collaborative", "agent", "keplerMapConfig");

  /**
   * Fields of the privacy payload. (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/configuration-shape.md">CARTO
   * agent skill: configuration shape</a>)
   */
  static final List<String> PRIVACY_FIELDS =
      List.of("privacy", "sharingScope", "userIds", "groupIds");

  /**
   * Our {@code orderBy} names → the Resources API's {@code order_by} values. (inferred from <a
   * href="https://docs.carto.com/carto-for-agents/mcp-server/tools-reference/maps-tools.md">CARTO
   * MCP server maps tools</a> list_maps sorts by updated_at)
   */
  private static final Map<String, String> ORDER_BY =
      Map.of("updatedAt", "updated_at", "createdAt", "created_at", "title", "title");

  private final HttpUrl api;
  private final HttpUrl workspace;

  CartoEndpoints(HttpUrl api, HttpUrl workspace) {
    this.api = api;
    this.workspace = workspace;
  }

  HttpUrl apiHost() {
    return api;
  }

  HttpUrl workspaceHost() {
    return workspace;
  }

  // ---- maps
  // ---------------------------------------------------------------------------------------------------

  /**
   * (source <a
   * href="https://docs.carto.com/carto-for-developers/reference/carto-api/resources-api/maps-and-workflows">CARTO
   * Resources API: maps and workflows</a>) {@code GET /v3/organization-maps} on the API host: maps
   * the caller can access. {@code tags} is a JSON-encoded array. There is no documented owner
   * filter; {@code mine} is applied by the backend.
   */
  ApiCall listMaps(MapQuery q, int page, int pageSize) {
    HttpUrl.Builder url = api.newBuilder().addPathSegments("v3/organization-maps");
    if (q.search() != null && !q.search().isBlank()) {
      url.addQueryParameter("search", q.search());
    }
    if (!q.tags().isEmpty()) {
      url.addQueryParameter("tags", Json.compact(q.tags()));
    }
    if (q.privacy() != null) {
      url.addQueryParameter("privacy", q.privacy());
    }
    url.addQueryParameter("order_by", ORDER_BY.getOrDefault(q.orderBy(), "updated_at"));
    url.addQueryParameter("order_direction", q.orderDirection().toLowerCase(Locale.ROOT));
    url.addQueryParameter("page", Integer.toString(page));
    url.addQueryParameter("page_size", Integer.toString(pageSize));
    return new ApiCall("GET", url.build(), null, "GET /v3/organization-maps", "the map list");
  }

  /**
   * (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-arcgis-migration/references/migrate-maps/lessons.md">CARTO
   * migration lessons</a>) {@code GET {ws}/maps/{id}}: the live map, keplerMapConfig included.
   */
  ApiCall getMap(String mapId) {
    return ws("GET", null, "GET /maps/{id}", map(mapId), "maps", mapId);
  }

  /**
   * (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/configuration-shape.md">CARTO
   * agent skill: configuration shape</a>) {@code POST {ws}/maps} with exactly {@code {title,
   * description, keplerMapConfig}}.
   */
  ApiCall createMap(ObjectNode input) {
    ObjectNode body = Json.object();
    for (String f : CREATE_FIELDS) {
      if (input.has(f)) {
        body.set(f, input.get(f));
      }
    }
    return ws("POST", body, "POST /maps", "a new map", "maps");
  }

  /**
   * (partly inferred from <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/updates.md">CARTO
   * agent skill: updates</a>) {@code PATCH {ws}/maps/{id}}: partial; keplerMapConfig replaces
   * wholesale.
   */
  ApiCall patchMap(String mapId, ObjectNode patch) {
    for (String f : patch.propertyNames()) {
      if (!PATCH_FIELDS.contains(f)) {
        throw new BackendException(
            BackendException.Kind.INVALID,
            "a map patch cannot change '"
                + f
                + "': only "
                + String.join(", ", PATCH_FIELDS.stream().sorted().toList())
                + " can be patched");
      }
    }
    return ws("PATCH", patch, "PATCH /maps/{id}", map(mapId), "maps", mapId);
  }

  /**
   * (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/configuration-shape.md">CARTO
   * agent skill: configuration shape</a>, <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/updates.md">CARTO
   * agent skill: updates</a>) {@code POST {ws}/maps/{id}/privacy} with {@code {privacy,
   * sharingScope?, userIds?, groupIds?}}.
   */
  ApiCall setPrivacy(String mapId, ObjectNode privacy) {
    ObjectNode body = Json.object();
    for (String f : PRIVACY_FIELDS) {
      JsonNode v = privacy.get(f);
      if (v != null && !v.isNull()) {
        body.set(f, v);
      }
    }
    return ws("POST", body, "POST /maps/{id}/privacy", map(mapId), "maps", mapId, "privacy");
  }

  /**
   * [U: mission; `carto maps publish` exists, its REST path is not visible] {@code POST
   * {ws}/maps/{id}/publish}.
   */
  ApiCall publish(String mapId) {
    return ws(
        "POST", Json.object(), "POST /maps/{id}/publish", map(mapId), "maps", mapId, "publish");
  }

  /**
   * (source <a
   * href="https://unpkg.com/@carto/api-client@0.5.34/src/api/endpoints.ts">@carto/api-client
   * endpoints.ts</a>, <a
   * href="https://unpkg.com/@carto/api-client@0.5.34/src/fetch-map/fetch-map.ts">@carto/api-client
   * fetch-map.ts</a>) {@code GET /v3/maps/public/{id}} on the API host: the viewer payload.
   */
  ApiCall publicMap(String mapId) {
    HttpUrl url =
        api.newBuilder()
            .addPathSegments("v3/maps/public")
            .addPathSegment(Ids.require("map id", mapId))
            .addQueryParameter("v", MAPS_API_VERSION)
            .addQueryParameter("client", CLIENT)
            .build();
    return new ApiCall("GET", url, null, "GET /v3/maps/public/{id}", "published " + map(mapId));
  }

  /**
   * (source <a
   * href="https://docs.carto.com/carto-for-developers/reference/carto-api/resources-api/maps-and-workflows">CARTO
   * Resources API: maps and workflows</a>) {@code DELETE /v3/organization-maps/{id}} on the API
   * host. Chosen over the Workspace {@code DELETE /maps/{id}}, which is only inferred: this one is
   * documented (owner only, 403 when locked, immediate and irreversible).
   */
  ApiCall deleteMap(String mapId) {
    HttpUrl url =
        api.newBuilder()
            .addPathSegments("v3/organization-maps")
            .addPathSegment(Ids.require("map id", mapId))
            .build();
    return new ApiCall("DELETE", url, null, "DELETE /v3/organization-maps/{id}", map(mapId));
  }

  // ---- datasets
  // -----------------------------------------------------------------------------------------------

  /**
   * (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-arcgis-migration/references/migrate-maps/lessons.md">CARTO
   * migration lessons</a>) {@code GET {ws}/maps/{id}/datasets}: an array of datasets.
   */
  ApiCall listDatasets(String mapId) {
    return ws(
        "GET",
        null,
        "GET /maps/{id}/datasets",
        "datasets of " + map(mapId),
        "maps",
        mapId,
        "datasets");
  }

  /**
   * (inferred from <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/configuration-shape.md">CARTO
   * agent skill: configuration shape</a> "datasets live at /maps/:id/datasets") {@code POST
   * {ws}/maps/{id}/datasets}.
   */
  ApiCall createDataset(String mapId, ObjectNode dataset) {
    return ws(
        "POST",
        dataset,
        "POST /maps/{id}/datasets",
        "a new dataset of " + map(mapId),
        "maps",
        mapId,
        "datasets");
  }

  /**
   * (inferred from <a
   * href="https://docs.carto.com/carto-for-agents/cli/command-reference/maps">CARTO CLI maps
   * reference</a> "PATCH a single dataset") {@code PATCH {ws}/maps/{id}/datasets/{datasetId}}.
   */
  ApiCall patchDataset(String mapId, String datasetId, ObjectNode patch) {
    return ws(
        "PATCH",
        patch,
        "PATCH /maps/{id}/datasets/{datasetId}",
        dataset(mapId, datasetId),
        "maps",
        mapId,
        "datasets",
        Ids.require("dataset id", datasetId));
  }

  /** [I] {@code DELETE {ws}/maps/{id}/datasets/{datasetId}}. */
  ApiCall deleteDataset(String mapId, String datasetId) {
    return ws(
        "DELETE",
        null,
        "DELETE /maps/{id}/datasets/{datasetId}",
        dataset(mapId, datasetId),
        "maps",
        mapId,
        "datasets",
        Ids.require("dataset id", datasetId));
  }

  // ---- connections and data
  // -----------------------------------------------------------------------------------

  /**
   * (source <a
   * href="https://github.com/CartoDB/carto-qgis-plugin/blob/main/carto/core/api.py">CARTO QGIS
   * plugin api.py</a>) {@code GET {ws}/connections}: {@code [{id, name, provider_id, …}]}.
   */
  ApiCall connections() {
    return ws("GET", null, "GET /connections", "the connection list", "connections");
  }

  /**
   * (source <a
   * href="https://github.com/CartoDB/carto-qgis-plugin/blob/main/carto/core/api.py">CARTO QGIS
   * plugin api.py</a>) {@code GET {ws}/connections/{id}/resources[/{path}]}: a resource tree node
   * with {@code children[]}; a table's node carries {@code schema} and {@code geomField}. {@code
   * path} is dot-separated ({@code project.dataset.table}) and sent as one segment.
   */
  ApiCall resources(String connectionId, String path) {
    HttpUrl.Builder url =
        workspace
            .newBuilder()
            .addPathSegment("connections")
            .addPathSegment(Ids.require("connection id", connectionId))
            .addPathSegment("resources");
    if (path != null && !path.isBlank()) {
      url.addPathSegment(Ids.require("resource path", path));
    }
    return new ApiCall(
        "GET",
        url.build(),
        null,
        "GET /connections/{id}/resources/{path}",
        path == null ? "resources of connection " + connectionId : "'" + path + "'");
  }

  /**
   * (source <a href="https://unpkg.com/@carto/api-client@0.5.34/src/api/query.ts">@carto/api-client
   * query.ts</a>, <a
   * href="https://github.com/CartoDB/carto-qgis-plugin/blob/main/carto/core/api.py">CARTO QGIS
   * plugin api.py</a>) {@code POST /v3/sql/{connectionName}/query} with {@code {"q": sql}}: answers
   * {@code {rows, schema:[{name,type}], meta}}. POST keeps SQL out of URLs and logs.
   */
  ApiCall sql(String connectionName, String sql, String subject) {
    HttpUrl url =
        api.newBuilder()
            .addPathSegments("v3/sql")
            .addPathSegment(Ids.require("connection", connectionName))
            .addPathSegment("query")
            .build();
    ObjectNode body = Json.object();
    body.put("q", sql);
    return new ApiCall("POST", url, body, "POST /v3/sql/{connection}/query", subject);
  }

  /**
   * (source <a href="https://unpkg.com/@carto/api-client@0.5.34/src/sources/">@carto/api-client
   * sources</a>, <a
   * href="https://docs.carto.com/carto-for-developers/reference/carto-api/maps-api">CARTO Maps
   * API</a>) {@code GET /v3/maps/{connectionName}/{table|query|tileset|raster}}: instantiates a
   * source the way Builder does (answers {@code {nrows, schema, tilejson}} or a TileJSON). Turns
   * into a POST with a JSON body when the URL would exceed {@value #MAX_GET_URL} characters.
   */
  ApiCall mapsSource(
      String connectionName, SourceKind kind, Map<String, String> params, String subject) {
    HttpUrl.Builder url =
        api.newBuilder()
            .addPathSegments("v3/maps")
            .addPathSegment(Ids.require("connection", connectionName))
            .addPathSegment(kind.name())
            .addQueryParameter("v", MAPS_API_VERSION)
            .addQueryParameter("client", CLIENT);
    params.forEach(url::addQueryParameter);
    HttpUrl full = url.build();
    String endpoint = "/v3/maps/{connection}/" + kind.name();
    if (full.toString().length() <= MAX_GET_URL) {
      return new ApiCall("GET", full, null, "GET " + endpoint, subject);
    }
    ObjectNode body = Json.object();
    params.forEach(body::put);
    HttpUrl bare =
        api.newBuilder()
            .addPathSegments("v3/maps")
            .addPathSegment(connectionName)
            .addPathSegment(kind.name())
            .addQueryParameter("v", MAPS_API_VERSION)
            .addQueryParameter("client", CLIENT)
            .build();
    return new ApiCall("POST", bare, body, "POST " + endpoint, subject);
  }

  /**
   * (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/references/agent-config.md">CARTO
   * agent skill: agent config</a> path; response fields I) {@code GET {ws}/settings/carto-ai}: org
   * AI settings incl. defaultModel.
   */
  ApiCall aiSettings() {
    return ws(
        "GET", null, "GET /settings/carto-ai", "the CARTO AI settings", "settings", "carto-ai");
  }

  // ---- links
  // --------------------------------------------------------------------------------------------------

  /**
   * (source <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-basics/SKILL.md">CARTO
   * agent skill: basics</a>, <a
   * href="https://github.com/CartoDB/agent-skills/blob/master/skills/carto-create-builder-maps/SKILL.md">CARTO
   * agent skill: create Builder maps</a>) Builder: {@code https://{tenant_domain}/builder/{id}}.
   */
  static String builderUrl(String tenantDomain, String mapId) {
    return uiUrl(tenantDomain, "builder", mapId);
  }

  /**
   * (source <a href="https://github.com/CartoDB/agent-skills/commit/75c500d">CARTO agent skills,
   * early MAPS.md</a>, <a href="https://docs.carto.com/deck-gl/rapid-map-prototyping/">CARTO map
   * embedding</a>) Viewer (and embed src): {@code https://{tenant_domain}/map/{id}}.
   */
  static String viewerUrl(String tenantDomain, String mapId) {
    return uiUrl(tenantDomain, "map", mapId);
  }

  private static String uiUrl(String tenantDomain, String route, String mapId) {
    return new HttpUrl.Builder()
        .scheme("https")
        .host(tenantDomain)
        .addPathSegment(route)
        .addPathSegment(Ids.require("map id", mapId))
        .build()
        .toString();
  }

  // ---- helpers
  // ------------------------------------------------------------------------------------------------

  private ApiCall ws(
      String method, JsonNode body, String endpoint, String subject, String... segments) {
    HttpUrl.Builder url = workspace.newBuilder();
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      url.addPathSegment(i == 0 ? s : Ids.require("id", s));
    }
    return new ApiCall(method, url.build(), body, endpoint, subject);
  }

  private static String map(String mapId) {
    return "map " + mapId;
  }

  private static String dataset(String mapId, String datasetId) {
    return "dataset " + datasetId + " of map " + mapId;
  }
}
