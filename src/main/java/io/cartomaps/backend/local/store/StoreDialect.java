package io.cartomaps.backend.local.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import org.h2.api.ErrorCode;

/**
 * What differs between the embedded H2 store and a shared PostgreSQL one. The queries are the same
 * standard SQL on both; only column types, the schema-version upsert, how concurrent starts are
 * serialised, durability settings and the error codes of a write conflict differ.
 */
enum StoreDialect {
  H2 {
    @Override
    String ddl(String sql) {
      return sql;
    }

    @Override
    String recordSchemaVersion() {
      return "MERGE INTO schema_version (version, description, applied_at) KEY (version) VALUES (?, ?, ?)";
    }

    @Override
    void lockSchema(Connection c) {
      // one process owns the file; others reach it through its AUTO_SERVER
    }

    @Override
    void afterMigrations(Statement s) throws SQLException {
      // Persistent database setting; set on every open so that a store created by any version is
      // durable.
      s.execute("SET WRITE_DELAY 0");
    }

    @Override
    boolean isConflict(SQLException e) {
      int code = e.getErrorCode();
      return code == ErrorCode.LOCK_TIMEOUT_1
          || code == ErrorCode.DEADLOCK_1
          || code == ErrorCode.CONCURRENT_UPDATE_1;
    }
  },

  POSTGRESQL {
    /** serialization_failure, deadlock_detected, lock_not_available. */
    private static final Set<String> CONFLICTS = Set.of("40001", "40P01", "55P03");

    @Override
    String ddl(String sql) {
      return sql.replace(" CLOB", " TEXT");
    }

    @Override
    String recordSchemaVersion() {
      return "INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?) "
          + "ON CONFLICT (version) DO NOTHING";
    }

    @Override
    void lockSchema(Connection c) throws SQLException {
      // Several instances may start at once: the first migrates, the others wait and then find
      // nothing to do.
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(7263514)");
      }
    }

    @Override
    void afterMigrations(Statement s) {
      // commits are durable by default (synchronous_commit = on)
    }

    @Override
    boolean isConflict(SQLException e) {
      return e.getSQLState() != null && CONFLICTS.contains(e.getSQLState());
    }
  };

  /** A schema statement in this database's types. */
  abstract String ddl(String sql);

  /** Records a migration step, doing nothing when another process recorded it first. */
  abstract String recordSchemaVersion();

  /** Serialises schema migrations between processes, inside the migrating transaction. */
  abstract void lockSchema(Connection c) throws SQLException;

  abstract void afterMigrations(Statement s) throws SQLException;

  /** Whether a failed transaction collided with a concurrent one and can simply be retried. */
  abstract boolean isConflict(SQLException e);
}
