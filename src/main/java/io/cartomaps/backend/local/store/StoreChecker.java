package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;

/** Reads the whole store back and lists what does not add up; see {@link StoreCheck}. */
final class StoreChecker {

  private StoreChecker() {}

  static StoreCheck check(Connection c) throws SQLException {
    List<String> problems = new ArrayList<>();
    Set<String> mapIds = new HashSet<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM maps")) {
      while (rs.next()) {
        mapIds.add(rs.getString(1));
      }
    }
    for (String id : mapIds) {
      try {
        MapRow row = MapTable.require(c, id, false);
        Set<String> tagRows = tagsOf(c, id);
        if (!tagRows.equals(new HashSet<>(row.tags()))) {
          problems.add("map " + id + ": tags " + row.tags() + " but tag rows " + tagRows);
        }
      } catch (JacksonException | ClassCastException | BackendException e) {
        problems.add("map " + id + " does not read back: " + e.getMessage());
      }
    }
    long datasets = 0;
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, map_id, body FROM datasets")) {
      while (rs.next()) {
        datasets++;
        if (!mapIds.contains(rs.getString(2))) {
          problems.add("dataset " + rs.getString(1) + " belongs to missing map " + rs.getString(2));
        }
        try {
          JsonColumns.readObject(rs.getString(3));
        } catch (JacksonException | ClassCastException e) {
          problems.add("dataset " + rs.getString(1) + " does not read back: " + e.getMessage());
        }
      }
    }
    long snapshots = 0;
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT map_id, version, kepler_map_config, datasets FROM snapshots")) {
      while (rs.next()) {
        snapshots++;
        if (!mapIds.contains(rs.getString(1))) {
          problems.add("snapshot " + rs.getInt(2) + " belongs to missing map " + rs.getString(1));
        }
        try {
          JsonColumns.readObject(rs.getString(3));
          JsonColumns.readArray(rs.getString(4));
        } catch (JacksonException | ClassCastException e) {
          problems.add(
              "snapshot " + rs.getInt(2) + " of map " + rs.getString(1) + " does not read back");
        }
      }
    }
    long tags = count(c, "map_tags");
    return new StoreCheck(
        SchemaMigrations.currentVersion(c), mapIds.size(), datasets, snapshots, tags, problems);
  }

  private static Set<String> tagsOf(Connection c, String mapId) throws SQLException {
    Set<String> tags = new HashSet<>();
    try (var ps = c.prepareStatement("SELECT tag FROM map_tags WHERE map_id = ?")) {
      ps.setString(1, mapId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          tags.add(rs.getString(1));
        }
      }
    }
    return tags;
  }

  private static long count(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
