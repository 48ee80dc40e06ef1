package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's schema history. Every version of the program applies the steps the store has not seen
 * yet, so later versions can evolve the store; a store written by a newer program is refused rather
 * than damaged.
 */
final class SchemaMigrations {

  static final List<Migration> ALL =
      List.of(
          new Migration(
              1,
              "maps, tags, datasets and published snapshots",
              List.of(
                  """
          CREATE TABLE IF NOT EXISTS maps (
            id VARCHAR(36) PRIMARY KEY,
            title VARCHAR NOT NULL,
            description VARCHAR,
            privacy VARCHAR(16) NOT NULL,
            sharing_scope VARCHAR(16),
            user_ids VARCHAR NOT NULL,
            group_ids VARCHAR NOT NULL,
            collaborative BOOLEAN NOT NULL,
            tags VARCHAR NOT NULL,
            kepler_map_config CLOB NOT NULL,
            agent CLOB,
            owner_id VARCHAR NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL,
            last_published_at BIGINT,
            published_version INT NOT NULL
          )""",
                  "CREATE INDEX IF NOT EXISTS maps_updated_at ON maps(updated_at)",
                  """
          CREATE TABLE IF NOT EXISTS map_tags (
            map_id VARCHAR(36) NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
            tag VARCHAR NOT NULL,
            PRIMARY KEY (map_id, tag)
          )""",
                  "CREATE INDEX IF NOT EXISTS map_tags_tag ON map_tags(tag)",
                  """
          CREATE TABLE IF NOT EXISTS datasets (
            id VARCHAR(36) PRIMARY KEY,
            map_id VARCHAR(36) NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
            seq BIGINT GENERATED ALWAYS AS IDENTITY,
            body CLOB NOT NULL,
            created_at BIGINT NOT NULL,
            updated_at BIGINT NOT NULL
          )""",
                  "CREATE INDEX IF NOT EXISTS datasets_map_seq ON datasets(map_id, seq)",
                  """
          CREATE TABLE IF NOT EXISTS snapshots (
            map_id VARCHAR(36) NOT NULL REFERENCES maps(id) ON DELETE CASCADE,
            version INT NOT NULL,
            published_at BIGINT NOT NULL,
            kepler_map_config CLOB NOT NULL,
            datasets CLOB NOT NULL,
            PRIMARY KEY (map_id, version)
          )""")));

  /** The schema version this program writes. */
  static final int CURRENT = ALL.get(ALL.size() - 1).version();

  private SchemaMigrations() {}

  /** Brings the store up to {@link #CURRENT}; returns the version it found. */
  static int apply(Connection c) throws SQLException {
    return apply(c, StoreDialect.H2);
  }

  /**
   * Brings the store up to {@link #CURRENT} in the given SQL dialect; returns the version it found.
   */
  static int apply(Connection c, StoreDialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          """
          CREATE TABLE IF NOT EXISTS schema_version (
            version INT PRIMARY KEY,
            description VARCHAR NOT NULL,
            applied_at BIGINT NOT NULL
          )""");
    }
    int found = currentVersion(c);
    if (found > CURRENT) {
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "The local map store was written by a newer version of carto-maps-mcp (schema "
              + found
              + ", this program knows up to "
              + CURRENT
              + "). Upgrade carto-maps-mcp, or point "
              + "CARTO_MAPS_HOME at another folder.");
    }
    for (Migration m : ALL) {
      if (m.version() > found) {
        try (Statement s = c.createStatement()) {
          for (String sql : m.statements()) {
            s.execute(dialect.ddl(sql));
          }
        }
        try (PreparedStatement ps = c.prepareStatement(dialect.recordSchemaVersion())) {
          ps.setInt(1, m.version());
          ps.setString(2, m.description());
          ps.setLong(3, System.currentTimeMillis());
          ps.executeUpdate();
        }
      }
    }
    return found;
  }

  static int currentVersion(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
