package io.cartomaps.backend.local.store;

import io.cartomaps.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SQL on the {@code snapshots} table: every publish adds a frozen copy of keplerMapConfig and the
 * dataset records, so what shared and public viewers see does not move while editors keep changing
 * the live map.
 */
final class SnapshotTable {

  private SnapshotTable() {}

  static void insert(
      Connection c,
      String mapId,
      int version,
      long publishedAt,
      ObjectNode kepler,
      ArrayNode datasets)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO snapshots (map_id, version, published_at, "
                + "kepler_map_config, datasets) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, mapId);
      ps.setInt(2, version);
      ps.setLong(3, publishedAt);
      ps.setString(4, JsonColumns.write(kepler));
      ps.setString(5, JsonColumns.write(datasets));
      ps.executeUpdate();
    }
  }

  /** {@code {version, publishedAt, keplerMapConfig, datasets}} of the latest publish, or null. */
  static ObjectNode latest(Connection c, String mapId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT version, published_at, kepler_map_config, datasets "
                + "FROM snapshots WHERE map_id = ? ORDER BY version DESC LIMIT 1")) {
      ps.setString(1, mapId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        ObjectNode o = Json.object();
        o.put("version", rs.getInt(1));
        o.put("publishedAt", Instants.iso(rs.getLong(2)));
        o.set("keplerMapConfig", JsonColumns.readObject(rs.getString(3)));
        o.set("datasets", JsonColumns.readArray(rs.getString(4)));
        return o;
      }
    }
  }
}
