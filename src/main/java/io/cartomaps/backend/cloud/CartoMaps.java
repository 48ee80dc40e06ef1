package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapUrls;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The maps of a CARTO organisation: Builder's Workspace API for reading and writing one map, the
 * Resources API ({@code /v3/organization-maps}) for listing and deleting, the public map payload
 * for the published snapshot, and the links a person opens. Kept apart from the datasets and the
 * data so each CARTO API has one small home, as the local workspace keeps its map store apart from
 * its data engine.
 */
final class CartoMaps {

  private static final Logger LOG = LoggerFactory.getLogger(CartoMaps.class);

  /** {@code mine} scans this many maps per page … */
  static final int MINE_SCAN_PAGE_SIZE = 100;

  /** … for at most this many pages (2,000 maps). */
  static final int MINE_SCAN_MAX_PAGES = 20;

  private final ProfileConfig profile;
  private final CartoEndpoints endpoints;
  private final CartoHttpClient http;

  CartoMaps(ProfileConfig profile, CartoEndpoints endpoints, CartoHttpClient http) {
    this.profile = profile;
    this.endpoints = endpoints;
    this.http = http;
  }

  /**
   * {@code GET /v3/organization-maps}. The list envelope is not documented: items are read from a
   * bare array or from {@code data|results|items|maps|rows}, the total from {@code
   * total|totalCount|total_count|count} (root, {@code meta} or {@code pagination}); without a
   * total, a full page counts as "there is more".
   *
   * <p>{@code mine}: no owner filter is documented, so pages are scanned ({@value
   * #MINE_SCAN_PAGE_SIZE} per page, at most {@value #MINE_SCAN_MAX_PAGES} pages) and kept when
   * {@code ownerId} equals the token's subject (the user id in the login token).
   */
  MapPage list(MapQuery query) {
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
    String me =
        profile
            .token()
            .subject()
            .orElseThrow(
                () ->
                    new BackendException(
                        Kind.UNSUPPORTED,
                        "cannot tell which maps are yours: the token names no user (API Access Tokens do not); "
                            + "run `carto auth login` or list without --mine"));
    List<ObjectNode> mine = new ArrayList<>();
    boolean exhausted = false;
    for (int page = 1; page <= MINE_SCAN_MAX_PAGES; page++) {
      JsonNode answer = http.send(endpoints.listMaps(query, page, MINE_SCAN_PAGE_SIZE));
      List<ObjectNode> batch = mapItems(answer, "GET /v3/organization-maps");
      batch.stream().filter(m -> me.equals(Json.text(m, "ownerId"))).forEach(mine::add);
      long total = CartoRecords.total(answer);
      if (batch.size() < MINE_SCAN_PAGE_SIZE
          || total >= 0 && (long) page * MINE_SCAN_PAGE_SIZE >= total) {
        exhausted = true;
        break;
      }
    }
    if (!exhausted) {
      LOG.warn(
          "--mine looked at the first {} maps only", MINE_SCAN_PAGE_SIZE * MINE_SCAN_MAX_PAGES);
    }
    int from = Math.min((query.page() - 1) * query.pageSize(), mine.size());
    int to = Math.min(from + query.pageSize(), mine.size());
    return new MapPage(mine.subList(from, to), query.page(), query.pageSize(), mine.size());
  }

  private static List<ObjectNode> mapItems(JsonNode answer, String endpoint) {
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered "
              + endpoint
              + " without a list of maps: retry, and report it if it persists");
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
  ObjectNode get(String mapId) {
    return mapRecord(http.send(endpoints.getMap(mapId)), "GET /maps/{id}");
  }

  /** {@code POST {ws}/maps} with title, description and keplerMapConfig only; never retried. */
  ObjectNode create(ObjectNode titleDescriptionKepler) {
    ObjectNode created =
        mapRecord(http.send(endpoints.createMap(titleDescriptionKepler)), "POST /maps");
    if (Json.text(created, "id") == null) {
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered POST /maps without the new map's id: check Builder for an untitled map before retrying");
    }
    return created;
  }

  /** {@code PATCH {ws}/maps/{id}}; re-reads the map when the answer is not a map. */
  ObjectNode patch(String mapId, ObjectNode patch) {
    return recordOrReread(mapId, http.send(endpoints.patchMap(mapId, patch)));
  }

  /** {@code POST {ws}/maps/{id}/privacy}; re-reads the map when the answer is not a map. */
  ObjectNode setPrivacy(String mapId, ObjectNode privacy) {
    return recordOrReread(mapId, http.send(endpoints.setPrivacy(mapId, privacy)));
  }

  /**
   * {@code POST {ws}/maps/{id}/publish} — unconfirmed path (see docs/carto-api.md); re-reads the
   * map when the answer is not a map.
   */
  ObjectNode publish(String mapId) {
    return recordOrReread(mapId, http.send(endpoints.publish(mapId)));
  }

  /**
   * The viewer payload {@code GET /v3/maps/public/{id}}, which CARTO's viewers load and which is
   * believed to be the published snapshot [I]. {@code version} is 0 (CARTO sends no version number
   * we know of) and {@code publishedAt} is {@code lastPublishedAt}, {@code publishedAt} or {@code
   * updatedAt} of the payload. Null when CARTO answers 404 (never published or not shared). The
   * payload's data access {@code token} is dropped.
   */
  ObjectNode publishedSnapshot(String mapId) {
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
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered GET /v3/maps/public/{id} without a map: retry, and report it if it persists");
    }
    return CartoRecords.snapshot(answer);
  }

  /**
   * {@code DELETE /v3/organization-maps/{id}} (documented; the Workspace delete is only inferred).
   */
  void delete(String mapId) {
    http.send(endpoints.deleteMap(mapId));
  }

  /**
   * Builder and viewer links on the tenant domain; {@code publicUrl} only for a public map (reads
   * the map once).
   */
  MapUrls urls(String mapId) {
    requireTenantDomain();
    return urls(get(mapId));
  }

  /** The links from a map record already read: no second request. */
  MapUrls urls(ObjectNode map) {
    String mapId = Json.text(map, "id");
    requireTenantDomain();
    String viewer = CartoEndpoints.viewerUrl(profile.tenantDomain(), mapId);
    return new MapUrls(
        CartoEndpoints.builderUrl(profile.tenantDomain(), mapId),
        viewer,
        "public".equals(Json.text(map, "privacy")) ? viewer : null);
  }

  private void requireTenantDomain() {
    if (profile.tenantDomain() == null) {
      throw new BackendException(
          Kind.UNSUPPORTED,
          "the organisation's domain of profile '"
              + profile.name()
              + "' is unknown, so links cannot be built: run `carto auth login` or set CARTO_TENANT_DOMAIN");
    }
  }

  private ObjectNode recordOrReread(String mapId, JsonNode answer) {
    JsonNode unwrapped = CartoRecords.unwrap(answer, "map");
    if (unwrapped.isObject() && Json.text(unwrapped, "id") != null) {
      return CartoRecords.map(unwrapped);
    }
    return get(mapId);
  }

  private static ObjectNode mapRecord(JsonNode answer, String endpoint) {
    ObjectNode m = CartoRecords.map(CartoRecords.unwrap(answer, "map"));
    if (m == null) {
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered "
              + endpoint
              + " without a map object: retry, and report it if it persists");
    }
    return m;
  }
}
