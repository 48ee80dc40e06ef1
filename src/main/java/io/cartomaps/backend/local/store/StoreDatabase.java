package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.H2Messages;
import io.cartomaps.backend.local.LocalHome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database behind the maps store: by default the H2 file in the home folder, or a PostgreSQL database shared by
 * several server instances ({@link StoreLocation}); the SQL is the same, {@link StoreDialect} holds the differences.
 * The embedded store keeps the three properties the local workspace promises.
 *
 * <ul>
 *   <li>Durable: {@code WRITE_DELAY=0} makes H2 write the store file when each transaction commits, so a write
 *       that was acknowledged survives the process being killed (the default delay of 500 ms would lose it).</li>
 *   <li>Shared: {@code AUTO_SERVER=TRUE} lets a second process (the CLI next to an MCP server) use the same file
 *       through a server the first process runs on loopback.</li>
 *   <li>Atomic and thread-safe: every call runs as one transaction on a connection from a small pool, and is retried
 *       a few times when it collides with a concurrent write.</li>
 * </ul>
 * On PostgreSQL the same hold: a commit is durable when acknowledged, every instance connects to the same database,
 * and a conflicting transaction is retried the same way.
 */
final class StoreDatabase implements AutoCloseable {

  static {
    H2Loopback.apply();
  }

  private static final Logger LOG = LoggerFactory.getLogger(StoreDatabase.class);

  static final String USER = "carto_maps";
  // Not a secret: the store's privacy rests on the home folder's permissions, and the sample data engine (where
  // user SQL runs) has no means to open another database.
  static final String PASSWORD = "carto-maps-store";
  private static final int MAX_CONNECTIONS = 8;
  private static final int ATTEMPTS = 3;

  private final String name;
  private final JdbcConnectionPool pool;
  private final StoreDialect dialect;

  private StoreDatabase(String name, JdbcConnectionPool pool, StoreDialect dialect) {
    this.name = name;
    this.pool = pool;
    this.dialect = dialect;
  }

  /** Opens the store where {@code CARTO_MAPS_STORE_URL} says, else the embedded one in {@code home}. */
  static StoreDatabase open(LocalHome home) {
    StoreLocation location = StoreLocation.fromEnvironment();
    return location.embedded() ? openEmbedded(home) : openShared(location);
  }

  /** Opens (creating the tables when needed) a PostgreSQL store that several instances share. */
  static StoreDatabase openShared(StoreLocation location) {
    org.postgresql.ds.PGConnectionPoolDataSource source = new org.postgresql.ds.PGConnectionPoolDataSource();
    source.setUrl(location.url());
    if (location.user() != null) {
      source.setUser(location.user());
    }
    if (location.password() != null) {
      source.setPassword(location.password());
    }
    source.setConnectTimeout(10);
    source.setApplicationName("carto-maps-mcp");
    JdbcConnectionPool pool = JdbcConnectionPool.create(source);
    pool.setMaxConnections(MAX_CONNECTIONS);
    pool.setLoginTimeout(30);
    StoreDatabase db = new StoreDatabase("shared map store " + location.safeName(), pool, StoreDialect.POSTGRESQL);
    try {
      db.prepare();
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** Opens (creating when needed) the embedded store in a home and brings its schema up to date. */
  static StoreDatabase openEmbedded(LocalHome home) {
    home.ensureExists();
    Path base = home.mapsDatabase();
    boolean shared = H2Loopback.active();
    if (!shared) {
      LOG.warn("H2 was loaded before the loopback binding could be set; the local map store is opened without "
          + "sharing, so a second carto-maps-mcp process on {} will be refused until this one exits.", home.dir());
    }
    String url = "jdbc:h2:file:" + base + (shared ? ";AUTO_SERVER=TRUE" : "") + ";LOCK_TIMEOUT=10000";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, USER, PASSWORD);
    pool.setMaxConnections(MAX_CONNECTIONS);
    pool.setLoginTimeout(30);
    StoreDatabase db = new StoreDatabase("local map store " + base + ".mv.db", pool, StoreDialect.H2);
    try {
      db.prepare();
      return db;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  private void prepare() {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      try {
        dialect.lockSchema(c);
        SchemaMigrations.apply(c, dialect);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
      dialect.afterMigrations(s);
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /** Runs {@code work} as one transaction: all of it is committed, or none of it. */
  <T> T inTransaction(SqlWork<T> work) {
    SQLException last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection c = pool.getConnection()) {
        c.setAutoCommit(false);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (!isConflict(e)) {
          throw failure(e);
        }
        last = e;
      }
    }
    throw new BackendException(BackendException.Kind.CONFLICT,
        "Another process kept changing the same map; try again. (" + H2Messages.oneLine(last) + ")", last);
  }

  private boolean isConflict(SQLException e) {
    return dialect.isConflict(e);
  }

  private BackendException failure(SQLException e) {
    if (dialect == StoreDialect.POSTGRESQL) {
      return new BackendException(BackendException.Kind.UNAVAILABLE, "The " + name + " failed: "
          + H2Messages.oneLine(e) + " Check that the database is reachable and CARTO_MAPS_STORE_USER may write to it.", e);
    }
    if (e.getErrorCode() == ErrorCode.VALUE_TOO_LONG_2) {
      return new BackendException(BackendException.Kind.INVALID,
          "A value is too long for the local map store: " + H2Messages.oneLine(e), e);
    }
    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new BackendException(BackendException.Kind.UNAVAILABLE,
          "The " + name + " is locked by another process that does not share it; close "
              + "that process or set CARTO_MAPS_HOME to another folder.", e);
    }
    return new BackendException(BackendException.Kind.UNAVAILABLE,
        "The " + name + " failed: " + H2Messages.oneLine(e), e);
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
