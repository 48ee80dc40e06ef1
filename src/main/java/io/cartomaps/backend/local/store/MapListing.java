package io.cartomaps.backend.local.store;

import static io.cartomaps.backend.local.store.RequestBodies.invalid;

import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@link MapQuery} as SQL: every filter is a bound parameter and the sort column comes from a
 * fixed list, so no part of the query text comes from the caller.
 */
final class MapListing {

  private static final Map<String, String> ORDER_COLUMNS =
      Map.of("updatedAt", "m.updated_at", "createdAt", "m.created_at", "title", "LOWER(m.title)");

  private final String where;
  private final List<Object> params;
  private final String orderBy;
  private final MapQuery query;

  private MapListing(String where, List<Object> params, String orderBy, MapQuery query) {
    this.where = where;
    this.params = params;
    this.orderBy = orderBy;
    this.query = query;
  }

  /** Checks the query's choices (privacy, order, direction) and turns its filters into SQL. */
  static MapListing of(MapQuery q) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (q.search() != null && !q.search().isBlank()) {
      String pattern = "%" + likeEscaped(q.search().trim().toLowerCase(Locale.ROOT)) + "%";
      where.append(
          " AND (LOWER(m.title) LIKE ? ESCAPE '\\' OR LOWER(m.description) LIKE ? ESCAPE '\\')");
      params.add(pattern);
      params.add(pattern);
    }
    if (q.privacy() != null) {
      if (!MapRequests.PRIVACIES.contains(q.privacy())) {
        throw invalid(
            "privacy filter must be one of "
                + String.join(", ", MapRequests.PRIVACIES)
                + "; got '"
                + q.privacy()
                + "'.");
      }
      where.append(" AND m.privacy = ?");
      params.add(q.privacy());
    }
    List<String> tags = new ArrayList<>(new LinkedHashSet<>(q.tags()));
    if (!tags.isEmpty()) {
      where
          .append(" AND (SELECT COUNT(*) FROM map_tags t WHERE t.map_id = m.id AND t.tag IN (")
          .append(String.join(", ", Collections.nCopies(tags.size(), "?")))
          .append(")) = ?");
      params.addAll(tags);
      params.add(tags.size());
    }
    // q.mine(): every local map belongs to the local user, so "mine" selects them all.
    String column = ORDER_COLUMNS.get(q.orderBy());
    if (column == null) {
      throw invalid("orderBy must be updatedAt, createdAt or title; got '" + q.orderBy() + "'.");
    }
    String direction = q.orderDirection().toUpperCase(Locale.ROOT);
    if (!direction.equals("ASC") && !direction.equals("DESC")) {
      throw invalid("orderDirection must be ASC or DESC; got '" + q.orderDirection() + "'.");
    }
    String orderBy = " ORDER BY " + column + " " + direction + ", m.id " + direction;
    return new MapListing(where.toString(), params, orderBy, q);
  }

  MapPage run(Connection c) throws SQLException {
    long total;
    try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM maps m" + where)) {
      bind(ps);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        total = rs.getLong(1);
      }
    }
    List<ObjectNode> maps = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + MapTable.SUMMARY_COLUMNS
                + " FROM maps m"
                + where
                + orderBy
                + " LIMIT ? OFFSET ?")) {
      int next = bind(ps);
      ps.setInt(next, query.pageSize());
      ps.setLong(next + 1, (long) (query.page() - 1) * query.pageSize());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          maps.add(MapTable.summary(rs));
        }
      }
    }
    return new MapPage(maps, query.page(), query.pageSize(), total);
  }

  private int bind(PreparedStatement ps) throws SQLException {
    int i = 1;
    for (Object p : params) {
      ps.setObject(i++, p);
    }
    return i;
  }

  private static String likeEscaped(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
