package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * SQL on the {@code datasets} table, inside a caller's transaction; datasets keep their creation
 * order.
 */
final class DatasetTable {

  /** A stored dataset: the caller's fields plus the times the store keeps. */
  record DatasetRow(String id, String mapId, ObjectNode body, long createdAt, long updatedAt) {

    ObjectNode toRecord() {
      return DatasetRequests.record(id, body, createdAt, updatedAt);
    }
  }

  private DatasetTable() {}

  static List<DatasetRow> ofMap(Connection c, String mapId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, map_id, body, created_at, updated_at FROM datasets WHERE map_id = ? ORDER BY seq")) {
      ps.setString(1, mapId);
      try (ResultSet rs = ps.executeQuery()) {
        List<DatasetRow> rows = new ArrayList<>();
        while (rs.next()) {
          rows.add(read(rs));
        }
        return rows;
      }
    }
  }

  static DatasetRow require(Connection c, String mapId, String datasetId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, map_id, body, created_at, updated_at FROM datasets WHERE id = ? AND map_id = ? FOR UPDATE")) {
      ps.setString(1, datasetId);
      ps.setString(2, mapId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw BackendException.notFound(
              "Dataset " + datasetId + " not found on map " + mapId + " in profile 'local'.");
        }
        return read(rs);
      }
    }
  }

  static void insert(Connection c, DatasetRow row) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO datasets (id, map_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, row.id());
      ps.setString(2, row.mapId());
      ps.setString(3, JsonColumns.write(row.body()));
      ps.setLong(4, row.createdAt());
      ps.setLong(5, row.updatedAt());
      ps.executeUpdate();
    }
  }

  static void update(Connection c, DatasetRow row) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE datasets SET body = ?, updated_at = ? WHERE id = ? AND map_id = ?")) {
      ps.setString(1, JsonColumns.write(row.body()));
      ps.setLong(2, row.updatedAt());
      ps.setString(3, row.id());
      ps.setString(4, row.mapId());
      ps.executeUpdate();
    }
  }

  static void delete(Connection c, String mapId, String datasetId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM datasets WHERE id = ? AND map_id = ?")) {
      ps.setString(1, datasetId);
      ps.setString(2, mapId);
      ps.executeUpdate();
    }
  }

  private static DatasetRow read(ResultSet rs) throws SQLException {
    return new DatasetRow(
        rs.getString(1),
        rs.getString(2),
        JsonColumns.readObject(rs.getString(3)),
        rs.getLong(4),
        rs.getLong(5));
  }
}
