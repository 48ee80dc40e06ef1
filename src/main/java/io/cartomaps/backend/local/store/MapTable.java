package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.MapVersion;
import io.cartomaps.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** SQL on the {@code maps} and {@code map_tags} tables, inside a caller's transaction. */
final class MapTable {

  static final String SUMMARY_COLUMNS =
      "m.id, m.title, m.description, m.privacy, m.tags, m.collaborative, m.owner_id, m.created_at, m.updated_at, "
          + "m.last_published_at";

  private static final String ALL_COLUMNS =
      "id, title, description, privacy, sharing_scope, user_ids, group_ids, "
          + "collaborative, tags, kepler_map_config, agent, owner_id, created_at, updated_at, last_published_at, "
          + "published_version";

  private MapTable() {}

  static BackendException notFound(String mapId) {
    return BackendException.notFound("Map " + mapId + " not found in profile 'local'.");
  }

  /**
   * The map, locked against concurrent writers when {@code forUpdate}; NOT_FOUND when it does not
   * exist.
   */
  static MapRow require(Connection c, String mapId, boolean forUpdate) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + ALL_COLUMNS
                + " FROM maps WHERE id = ?"
                + (forUpdate ? " FOR UPDATE" : ""))) {
      ps.setString(1, mapId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw notFound(mapId);
        }
        return read(rs);
      }
    }
  }

  /**
   * The map's privacy; NOT_FOUND when it does not exist. Reads one short column, for callers that
   * need no more (the map's URLs, an existence check), instead of the whole row with its
   * configuration.
   */
  static String privacy(Connection c, String mapId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT privacy FROM maps WHERE id = ?")) {
      ps.setString(1, mapId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw notFound(mapId);
        }
        return rs.getString(1);
      }
    }
  }

  /** NOT_FOUND unless the map exists. */
  static void requireExists(Connection c, String mapId) throws SQLException {
    privacy(c, mapId);
  }

  static void insert(Connection c, MapRow row) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO maps ("
                + ALL_COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(ps, row);
      ps.executeUpdate();
    }
    writeTags(c, row);
  }

  static void update(Connection c, MapRow row) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE maps SET id = ?, title = ?, description = ?, "
                + "privacy = ?, sharing_scope = ?, user_ids = ?, group_ids = ?, collaborative = ?, tags = ?, "
                + "kepler_map_config = ?, agent = ?, owner_id = ?, created_at = ?, updated_at = ?, last_published_at = ?, "
                + "published_version = ? WHERE id = ?")) {
      bind(ps, row);
      ps.setString(17, row.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM map_tags WHERE map_id = ?")) {
      ps.setString(1, row.id());
      ps.executeUpdate();
    }
    writeTags(c, row);
  }

  /**
   * Moves {@code updatedAt} on after a write to one of the map's datasets; returns the new time.
   */
  static long touch(Connection c, MapRow row, long now) throws SQLException {
    long updatedAt = Instants.after(now, row.updatedAt());
    try (PreparedStatement ps = c.prepareStatement("UPDATE maps SET updated_at = ? WHERE id = ?")) {
      ps.setLong(1, updatedAt);
      ps.setString(2, row.id());
      ps.executeUpdate();
    }
    return updatedAt;
  }

  /** Deletes the map; its tags, datasets and snapshots go with it (ON DELETE CASCADE). */
  static boolean delete(Connection c, String mapId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("DELETE FROM maps WHERE id = ?")) {
      ps.setString(1, mapId);
      return ps.executeUpdate() == 1;
    }
  }

  /** Every map's id and updatedAt, in the listing's order by updatedAt. */
  static List<MapVersion> versions(Connection c) throws SQLException {
    List<MapVersion> out = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT id, updated_at FROM maps ORDER BY updated_at, id");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(new MapVersion(rs.getString(1), Instants.iso(rs.getLong(2))));
      }
    }
    return out;
  }

  /**
   * A listing row read with {@link #SUMMARY_COLUMNS}: the record without keplerMapConfig and
   * sharing details.
   */
  static ObjectNode summary(ResultSet rs) throws SQLException {
    ObjectNode o = Json.object();
    o.put("id", rs.getString(1));
    o.put("title", rs.getString(2));
    o.put("description", rs.getString(3));
    o.put("privacy", rs.getString(4));
    o.set("tags", JsonColumns.readArray(rs.getString(5)));
    o.put("collaborative", rs.getBoolean(6));
    o.put("ownerId", rs.getString(7));
    o.put("createdAt", Instants.iso(rs.getLong(8)));
    o.put("updatedAt", Instants.iso(rs.getLong(9)));
    long published = rs.getLong(10);
    o.put("lastPublishedAt", rs.wasNull() ? null : Instants.iso(published));
    return o;
  }

  private static MapRow read(ResultSet rs) throws SQLException {
    long published = rs.getLong(15);
    Long lastPublishedAt = rs.wasNull() ? null : published;
    return new MapRow(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        JsonColumns.readStrings(rs.getString(6)),
        JsonColumns.readStrings(rs.getString(7)),
        rs.getBoolean(8),
        JsonColumns.readStrings(rs.getString(9)),
        JsonColumns.readObject(rs.getString(10)),
        JsonColumns.readObject(rs.getString(11)),
        rs.getString(12),
        rs.getLong(13),
        rs.getLong(14),
        lastPublishedAt,
        rs.getInt(16));
  }

  private static void bind(PreparedStatement ps, MapRow row) throws SQLException {
    ps.setString(1, row.id());
    ps.setString(2, row.title());
    ps.setString(3, row.description());
    ps.setString(4, row.privacy());
    ps.setString(5, row.sharingScope());
    ps.setString(6, JsonColumns.writeStrings(row.userIds()));
    ps.setString(7, JsonColumns.writeStrings(row.groupIds()));
    ps.setBoolean(8, row.collaborative());
    ps.setString(9, JsonColumns.writeStrings(row.tags()));
    ps.setString(10, JsonColumns.write(row.keplerMapConfig()));
    ps.setString(11, row.agent() == null ? null : JsonColumns.write(row.agent()));
    ps.setString(12, row.ownerId());
    ps.setLong(13, row.createdAt());
    ps.setLong(14, row.updatedAt());
    if (row.lastPublishedAt() == null) {
      ps.setNull(15, Types.BIGINT);
    } else {
      ps.setLong(15, row.lastPublishedAt());
    }
    ps.setInt(16, row.publishedVersion());
  }

  private static void writeTags(Connection c, MapRow row) throws SQLException {
    if (row.tags().isEmpty()) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement("INSERT INTO map_tags (map_id, tag) VALUES (?, ?)")) {
      for (String tag : row.tags()) {
        ps.setString(1, row.id());
        ps.setString(2, tag);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }
}
