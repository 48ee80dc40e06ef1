package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /connections} ({@code [{id, name, provider_id, …}]}) and the resource tree {@code GET
 * /connections/{id}/resources[/{path}]}: a node's {@code children} are the next name parts of the
 * catalogue's tables under the dot-separated {@code path}; a table's node carries {@code schema}
 * and {@code geomField}.
 */
final class ConnectionsResource {

  private final OrgState state;

  ConnectionsResource(OrgState state) {
    this.state = state;
  }

  void register(Router router) {
    router
        .add(Host.WORKSPACE, "GET", "/connections", this::list)
        .add(Host.WORKSPACE, "GET", "/connections/*/resources", x -> node(x, ""))
        .add(Host.WORKSPACE, "GET", "/connections/*/resources/*", x -> node(x, x.segment(3)));
  }

  private Answer list(Exchange x) {
    ArrayNode out = Json.array();
    for (FakeConnection c : state.connections) {
      ObjectNode item = out.addObject();
      item.put("id", c.id());
      item.put("name", c.name());
      item.put("provider_id", c.providerId());
      item.put("privacy", "shared");
      item.put("carto_dw", false);
      item.put("created_at", "2025-06-01T00:00:00Z");
      item.put("updated_at", "2025-06-01T00:00:00Z");
    }
    return Answer.ok(out);
  }

  private Answer node(Exchange x, String path) {
    FakeConnection c = state.connectionById(x.segment(1)).orElse(null);
    if (c == null) {
      return Answer.notFound("Connection");
    }
    FakeTable table = path.isEmpty() ? null : c.tables().find(path).orElse(null);
    if (table != null) {
      ObjectNode out = Json.object();
      out.put("id", table.name());
      out.put("name", table.name().substring(table.name().lastIndexOf('.') + 1));
      out.put("type", "table");
      ArrayNode schema = out.putArray("schema");
      table
          .columns()
          .forEach(col -> schema.addObject().put("name", col.name()).put("type", col.type()));
      out.put("geomField", table.geomField());
      return Answer.ok(out);
    }
    String prefix = path.isEmpty() ? "" : path + ".";
    Map<String, String> children = new LinkedHashMap<>();
    for (FakeTable t : c.tables().all()) {
      if (!t.name().startsWith(prefix)) {
        continue;
      }
      String rest = t.name().substring(prefix.length());
      int dot = rest.indexOf('.');
      children.putIfAbsent(dot < 0 ? rest : rest.substring(0, dot), dot < 0 ? "table" : "schema");
    }
    if (children.isEmpty() && !path.isEmpty()) {
      return Answer.notFound("Resource");
    }
    ObjectNode out = Json.object();
    out.put("id", path);
    out.put("name", path.isEmpty() ? c.name() : path.substring(path.lastIndexOf('.') + 1));
    out.put("type", path.isEmpty() ? "connection" : "schema");
    ArrayNode list = out.putArray("children");
    children.forEach(
        (name, type) ->
            list.addObject().put("id", prefix + name).put("name", name).put("type", type));
    return Answer.ok(out);
  }
}
