package io.cartomaps.export;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapList;
import io.cartomaps.maps.MapService;
import io.cartomaps.maps.MapSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * "Which maps use this table or connection": the estate question agents ask without SQL. A map uses
 * a connection when a dataset reads through it (by name or id), and a table when a dataset is that
 * table or a query reads it ({@link TableRefs}); {@code countries} also matches {@code
 * samples.countries}. Reads each listed map's datasets, so it looks at no more than {@link
 * #MAX_MAPS} maps.
 */
public final class MapUses {

  public static final int MAX_MAPS = 10_000;

  private MapUses() {}

  /** One page of the maps matching {@code query} that use {@code tableOrConnection}. */
  public static MapList list(
      MapService maps, String profile, MapQuery query, String tableOrConnection) {
    MapList all = all(maps, profile, query, tableOrConnection);
    List<MapSummary> using = all.maps();
    int from = Math.min((query.page() - 1) * query.pageSize(), using.size());
    int to = Math.min(from + query.pageSize(), using.size());
    return new MapList(
        all.profile(),
        using.subList(from, to),
        query.page(),
        query.pageSize(),
        using.size(),
        to < using.size() ? query.page() + 1 : null);
  }

  /** Every map matching {@code query} (its page ignored) that uses {@code tableOrConnection}. */
  public static MapList all(
      MapService maps, String profile, MapQuery query, String tableOrConnection) {
    Backend backend = maps.backends().backend(profile);
    String wanted = tableOrConnection.strip().toLowerCase(Locale.ROOT);
    List<String> connectionIds =
        backend.connections().stream()
            .filter(c -> c.id().equalsIgnoreCase(wanted) || c.name().equalsIgnoreCase(wanted))
            .map(Connection::id)
            .toList();
    MapList all = maps.listAll(profile, query.withPage(1), MAX_MAPS);
    List<MapSummary> using = new ArrayList<>();
    for (MapSummary m : all.maps()) {
      List<ObjectNode> datasets;
      try {
        datasets = backend.listDatasets(m.id());
      } catch (BackendException e) {
        if (e.kind() == BackendException.Kind.NOT_FOUND) {
          continue;
        }
        throw e;
      }
      if (datasets.stream().anyMatch(d -> uses(d, wanted, connectionIds))) {
        using.add(m);
      }
    }
    return new MapList(all.profile(), using, 1, using.size(), using.size(), null);
  }

  static boolean uses(ObjectNode dataset, String wanted, List<String> connectionIds) {
    if (connectionIds.contains(Json.text(dataset, "connectionId"))
        || wanted.equalsIgnoreCase(String.valueOf(Json.text(dataset, "connectionName")))) {
      return true;
    }
    String source = Json.text(dataset, "source");
    Set<String> tables =
        "query".equals(Json.text(dataset, "type"))
            ? TableRefs.in(source)
            : source == null ? Set.of() : Set.of(source);
    for (String t : tables) {
      String name = t.toLowerCase(Locale.ROOT);
      if (name.equals(wanted) || name.endsWith("." + wanted)) {
        return true;
      }
    }
    return false;
  }
}
