package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API host's map endpoints: the Resources API listing {@code GET /v3/organization-maps}
 * (search, tags, privacy, order, pages; answered as {@code {data, meta:{page, page_size, total}}}),
 * its {@code DELETE}, and the viewer payload {@code GET /v3/maps/public/{id}}, which serves the
 * published snapshot (404 before the first publish).
 */
final class OrganizationMapsResource {

  static final Map<String, String> ORDER_BY =
      Map.of("updated_at", "updatedAt", "created_at", "createdAt", "title", "title");
  static final Set<String> DIRECTIONS = Set.of("asc", "desc");

  /** The data access token viewers get with a public map; never a user's credential. */
  static final String VIEWER_DATA_TOKEN = "viewer-data-token";

  private final OrgState state;

  OrganizationMapsResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    router
        .add(Host.API, "GET", "/v3/organization-maps", this::list)
        .add(Host.API, "DELETE", "/v3/organization-maps/*", this::delete)
        .add(Host.API, "GET", "/v3/maps/public/*", this::published);
  }

  private Answer list(Exchange x) {
    String orderBy = orElse(x.param("order_by"), "updated_at");
    String direction = orElse(x.param("order_direction"), "desc");
    if (!ORDER_BY.containsKey(orderBy) || !DIRECTIONS.contains(direction)) {
      return Answer.badRequest(
          "order_by must be one of " + ORDER_BY.keySet() + " and order_direction asc or desc");
    }
    int page;
    int size;
    try {
      page = Integer.parseInt(orElse(x.param("page"), "1"));
      size = Integer.parseInt(orElse(x.param("page_size"), "12"));
    } catch (NumberFormatException e) {
      return Answer.badRequest("page and page_size must be integers");
    }
    if (page < 1 || size < 1 || size > 100) {
      return Answer.badRequest("page must be ≥ 1 and page_size between 1 and 100");
    }
    List<String> tags = new ArrayList<>();
    if (x.param("tags") != null) {
      JsonNode parsed;
      try {
        parsed = Json.parse(x.param("tags"));
      } catch (RuntimeException e) {
        return Answer.badRequest("tags must be a JSON array");
      }
      if (!parsed.isArray()) {
        return Answer.badRequest("tags must be a JSON array");
      }
      parsed.forEach(t -> tags.add(t.asString()));
    }
    String search = x.param("search") == null ? null : x.param("search").toLowerCase(Locale.ROOT);
    String privacy = x.param("privacy");
    List<ObjectNode> found = new ArrayList<>();
    for (ObjectNode m : state.maps.values()) {
      if (search != null && !m.get("title").asString().toLowerCase(Locale.ROOT).contains(search)) {
        continue;
      }
      if (privacy != null && !privacy.equals(m.get("privacy").asString())) {
        continue;
      }
      List<String> mapTags = new ArrayList<>();
      m.get("tags").forEach(t -> mapTags.add(t.asString()));
      if (!mapTags.containsAll(tags)) {
        continue;
      }
      found.add(m);
    }
    String field = ORDER_BY.get(orderBy);
    Comparator<ObjectNode> order = Comparator.comparing(m -> m.get(field).asString(""));
    found.sort(direction.equals("asc") ? order : order.reversed());
    ArrayNode data = Json.array();
    found.stream()
        .skip((long) (page - 1) * size)
        .limit(size)
        .forEach(
            m -> {
              ObjectNode item = m.deepCopy();
              item.remove("keplerMapConfig");
              data.add(item);
            });
    ObjectNode out = Json.object();
    out.set("data", data);
    ObjectNode meta = out.putObject("meta");
    meta.put("page", page);
    meta.put("page_size", size);
    meta.put("total", found.size());
    return Answer.ok(out);
  }

  private Answer delete(Exchange x) {
    if (state.map(x.segment(2)).isEmpty()) {
      return Answer.notFound("Map");
    }
    state.removeMap(x.segment(2));
    return Answer.noContent();
  }

  private Answer published(Exchange x) {
    String id = x.segment(3);
    ObjectNode m = state.maps.get(id);
    ObjectNode snapshot = state.snapshots.get(id);
    if (m == null || snapshot == null) {
      return Answer.notFound("Map");
    }
    ObjectNode out = Json.object();
    out.put("id", id);
    out.set("title", m.get("title"));
    out.set("description", m.get("description"));
    out.set("createdAt", m.get("createdAt"));
    out.set("updatedAt", m.get("updatedAt"));
    out.setAll(snapshot.deepCopy());
    out.put("token", VIEWER_DATA_TOKEN);
    return Answer.ok(out);
  }

  private static String orElse(String v, String fallback) {
    return v == null || v.isBlank() ? fallback : v;
  }
}
