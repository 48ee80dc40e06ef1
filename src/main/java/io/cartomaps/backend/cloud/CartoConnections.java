package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.TableRef;
import io.cartomaps.json.Json;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * The data connections of a CARTO organisation and the tables behind them, through the Workspace
 * API's {@code /connections} list and {@code /connections/{id}/resources} tree. Every data call
 * names a connection, so this class also keeps the list it last read, to turn an id into the name
 * and provider the SQL and Maps APIs need.
 */
final class CartoConnections {

  private static final Logger LOG = LoggerFactory.getLogger(CartoConnections.class);

  /** {@code listTables} without a prefix walks at most this many resource nodes … */
  static final int TABLE_WALK_MAX_REQUESTS = 25;

  /** … and returns at most this many tables. */
  static final int TABLE_WALK_MAX_TABLES = 500;

  private final String profileName;
  private final CartoEndpoints endpoints;
  private final CartoHttpClient http;
  private volatile List<Connection> cache;

  CartoConnections(String profileName, CartoEndpoints endpoints, CartoHttpClient http) {
    this.profileName = profileName;
    this.endpoints = endpoints;
    this.http = http;
  }

  /**
   * {@code GET {ws}/connections}; remembered for this backend's life (refreshed when an id is not
   * found).
   */
  List<Connection> list() {
    JsonNode answer = http.send(endpoints.connections());
    ArrayNode items = CartoRecords.items(answer);
    if (items == null) {
      throw new BackendException(
          Kind.BAD_RESPONSE,
          "CARTO answered GET /connections without a list: retry, and report it if it persists");
    }
    List<Connection> list = new ArrayList<>();
    for (JsonNode item : items) {
      Connection c = CartoRecords.connection(item);
      if (c != null) {
        list.add(c);
      }
    }
    cache = List.copyOf(list);
    return cache;
  }

  /**
   * The connection with this id, from the remembered list or, when it is not there, a fresh one.
   */
  Connection byId(String connectionId) {
    List<Connection> cached = cache;
    if (cached != null) {
      for (Connection c : cached) {
        if (c.id().equals(connectionId)) {
          return c;
        }
      }
    }
    return list().stream()
        .filter(c -> c.id().equals(connectionId))
        .findFirst()
        .orElseThrow(
            () ->
                BackendException.notFound(
                    "connection "
                        + connectionId
                        + " not found in profile '"
                        + profileName
                        + "': list connections to see the ids"));
  }

  /**
   * Walks {@code GET {ws}/connections/{id}/resources[/{prefix}]}: children of type {@code table} or
   * {@code view} are returned; other children (projects, databases, schemas) are opened in turn,
   * breadth first, up to {@value #TABLE_WALK_MAX_REQUESTS} requests and {@value
   * #TABLE_WALK_MAX_TABLES} tables.
   */
  List<TableRef> tables(String connectionId, String prefix) {
    List<TableRef> tables = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    open.add(prefix == null ? "" : prefix.strip());
    int requests = 0;
    while (!open.isEmpty()
        && requests < TABLE_WALK_MAX_REQUESTS
        && tables.size() < TABLE_WALK_MAX_TABLES) {
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
        String type =
            Objects.requireNonNullElse(Json.text(child, "type"), "").toLowerCase(Locale.ROOT);
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
      LOG.info(
          "table listing stopped after {} requests; pass a prefix such as project.dataset to see more",
          requests);
    }
    return tables;
  }
}
