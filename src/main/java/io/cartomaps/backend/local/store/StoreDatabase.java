package io.cartomaps.backend.local.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.H2Loopback;
import io.cartomaps.backend.local.workspace.H2Messages;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database behind the maps store: by default the H2 file in the home folder, or a PostgreSQL
 * database shared by several server instances ({@link StoreLocation}); the SQL is the same, {@link
 * StoreDialect} holds the differences. The embedded store keeps the three properties the local
 * workspace promises.
 *
 * <ul>
 *   <li>Durable: {@code WRITE_DELAY=0} makes H2 write the store file when each transaction commits,
 *       so a write that was acknowledged survives the process being killed (the default delay of
 *       500 ms would lose it).
 *   <li>Shared: processes on one home (the CLI next to an MCP server) take turns ({@link
 *       StoreTurns}): each call runs its transaction and commits in its turn, and a process keeps
 *       the file open only briefly after its last call, so a commit is local and final, and no
 *       process depends on another staying alive. (H2's {@code AUTO_SERVER}, used before, lost
 *       writes when the serving process exited and refused processes that raced to open the file.)
 *   <li>Atomic and thread-safe: every call runs as one transaction.
 * </ul>
 *
 * On PostgreSQL a commit is durable when acknowledged, every instance connects to the same
 * database, and a transaction that collides with a concurrent one is retried a few times.
 *
 * <p>The PostgreSQL pool (HikariCP) keeps its connections open and out of auto-commit, so a call
 * costs no connection reset and each connection keeps its server-side prepared statements; a
 * connection that breaks is dropped and replaced.
 */
final class StoreDatabase implements AutoCloseable {

  static {
    H2Loopback.apply();
  }

  static final String USER = "carto_maps";
  // Not a secret: the store's privacy rests on the home folder's permissions, and the sample data
  // engine (where
  // user SQL runs) has no means to open another database.
  static final String PASSWORD = "carto-maps-store";
  private static final int MAX_CONNECTIONS = 8;
  private static final int ATTEMPTS = 3;
  private static final long CONNECTION_TIMEOUT_MS = 30_000;
  private static final int VALIDATION_SECONDS = 5;

  private final String name;

  /** The PostgreSQL pool; null for the embedded file, which is opened per call. */
  private final HikariDataSource pool;

  private final EmbeddedFile embedded;

  /** The connection of the transaction this thread is in, so that nested calls join it. */
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  private final StoreDialect dialect;

  private StoreDatabase(
      String name, HikariDataSource pool, EmbeddedFile embedded, StoreDialect dialect) {
    this.name = name;
    this.pool = pool;
    this.embedded = embedded;
    this.dialect = dialect;
  }

  /** The embedded store file: its URL, the turns processes take on it, and its compaction. */
  private record EmbeddedFile(
      String url, StoreTurns turns, LocalHome home, SparseStoreFile compaction) {

    /**
     * The store's one connection in this process, in this thread's turn: opened with the file when
     * the turn starts, kept while the turn lingers ({@link StoreTurns}), so calls that follow each
     * other closely neither reopen the file nor prepare their statements again. Closing the
     * returned connection ends the call (the transaction is committed or rolled back by then); a
     * connection found closed is let go with the file.
     */
    Connection open() throws SQLException {
      StoreTurns.Turn turn =
          turns.take(
              () -> {
                Connection opened = DriverManager.getConnection(url, USER, PASSWORD);
                opened.setAutoCommit(false);
                return new KeptConnection(opened, compaction);
              });
      try {
        Connection c = ((KeptConnection) turns.kept()).connection();
        return (Connection)
            Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    try {
                      if (c.isClosed()) {
                        turns.letGoInTurn();
                      }
                    } finally {
                      turn.close();
                    }
                    return null;
                  }
                  try {
                    boolean wrote = method.getName().equals("commit") && hasChanges(c);
                    Object result = method.invoke(c, args);
                    if (wrote) {
                      // The file stays open after the call, so what the commit wrote is flushed
                      // to the file now: acknowledged means on disk, even if the process is
                      // killed the next moment.
                      try (Statement s = c.createStatement()) {
                        s.execute("CHECKPOINT");
                      }
                    }
                    return result;
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
      } catch (RuntimeException e) {
        turn.close();
        throw e;
      }
    }
  }

  /**
   * The embedded store's connection while its turn lingers; closed unhurried, it first compacts a
   * sparse file ({@link SparseStoreFile}).
   */
  private record KeptConnection(Connection connection, SparseStoreFile compaction)
      implements StoreTurns.Kept {

    @Override
    public void close() throws SQLException {
      connection.close();
    }

    @Override
    public void closeUnhurried() throws SQLException {
      if (!connection.isClosed()) {
        compaction.compactIfSparse(connection);
      }
      connection.close();
    }
  }

  /** Whether the transaction on {@code c} has changes to commit (H2's id is null when none). */
  private static boolean hasChanges(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        java.sql.ResultSet r = s.executeQuery("SELECT TRANSACTION_ID()")) {
      return r.next() && r.getObject(1) != null;
    }
  }

  /**
   * Opens the store where {@code CARTO_MAPS_STORE_URL} says, else the embedded one in {@code home}.
   */
  static StoreDatabase open(LocalHome home) {
    StoreLocation location = StoreLocation.fromEnvironment();
    return location.embedded() ? openEmbedded(home) : openShared(location);
  }

  /** Opens (creating the tables when needed) a PostgreSQL store that several instances share. */
  static StoreDatabase openShared(StoreLocation location) {
    PGSimpleDataSource source = new PGSimpleDataSource();
    source.setUrl(location.url());
    if (location.user() != null) {
      source.setUser(location.user());
    }
    if (location.password() != null) {
      source.setPassword(location.password());
    }
    source.setConnectTimeout(10);
    source.setApplicationName("carto-maps-mcp");
    HikariConfig config = poolConfig("shared-map-store");
    config.setDataSource(source);
    StoreDatabase db =
        connect("shared map store " + location.safeName(), config, StoreDialect.POSTGRESQL);
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
    // FILE_LOCK=NO: the store file itself stays locked by the operating system while open (so
    // nothing else can
    // open it meanwhile), and no lock file outlives a killed process. MAX_COMPACT_TIME=0 keeps
    // closing cheap.
    String url = "jdbc:h2:file:" + base + ";FILE_LOCK=NO;MAX_COMPACT_TIME=0;LOCK_TIMEOUT=10000";
    StoreTurns turns = StoreTurns.of(base.resolveSibling(base.getFileName() + ".turn"));
    String name =
        "local map store (" + home.shown(base.resolveSibling(base.getFileName() + ".mv.db")) + ")";
    StoreDatabase db =
        new StoreDatabase(
            name,
            null,
            new EmbeddedFile(url, turns, home, new SparseStoreFile(SparseStoreFile.MIN_BYTES)),
            StoreDialect.H2);
    db.prepare();
    return db;
  }

  private static HikariConfig poolConfig(String poolName) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(poolName);
    config.setMaximumPoolSize(MAX_CONNECTIONS);
    // A CLI call needs one connection; the server grows to the maximum under load and keeps it
    // while busy.
    config.setMinimumIdle(1);
    config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
    // Every call ends its transaction itself, so a returned connection needs no reset.
    config.setAutoCommit(false);
    return config;
  }

  /**
   * Starts the pool; a database that cannot be opened fails here, with the same message as a failed
   * call.
   */
  private static StoreDatabase connect(String name, HikariConfig config, StoreDialect dialect) {
    try {
      return new StoreDatabase(name, new HikariDataSource(config), null, dialect);
    } catch (PoolInitializationException e) {
      if (e.getCause() instanceof SQLException cause) {
        throw failure(name, dialect, cause);
      }
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "The " + name + " could not be opened: " + e.getMessage(),
          e);
    }
  }

  private void prepare() {
    try (Connection c = connection();
        Statement s = c.createStatement()) {
      try {
        dialect.lockSchema(c);
        SchemaMigrations.apply(c, dialect);
        c.commit();
        dialect.afterMigrations(s);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Runs {@code work} as one transaction: all of it is committed, or none of it. Called again from
   * inside {@code work} (on the same thread), it joins the running transaction, so several store
   * calls can be made one. A pooled connection found broken before the commit (the process that
   * served the shared H2 file was killed, PostgreSQL restarted) is dropped with the rest of the
   * pool and the work runs again on a fresh connection: nothing of it was written.
   */
  <T> T inTransaction(SqlWork<T> work) {
    Connection outer = current.get();
    if (outer != null) {
      try {
        return work.run(outer);
      } catch (SQLException e) {
        throw isConflict(e) ? conflict(e) : failure(e);
      }
    }
    SQLException last = null;
    boolean broken = false;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try (Connection c = connection()) {
        boolean committing = false;
        current.set(c);
        try {
          T result = work.run(c);
          current.remove();
          committing = true;
          c.commit();
          return result;
        } catch (SQLException e) {
          if (!committing && isBroken(c)) {
            dropConnections(c);
            last = e;
            broken = true;
            continue;
          }
          c.rollback();
          throw e;
        } catch (RuntimeException e) {
          c.rollback();
          throw e;
        } finally {
          current.remove();
        }
      } catch (SQLException e) {
        if (!isConflict(e)) {
          throw failure(e);
        }
        last = e;
        broken = false;
      }
    }
    if (broken) {
      throw failure(last);
    }
    throw conflict(last);
  }

  private BackendException conflict(SQLException e) {
    String detail =
        embedded == null ? H2Messages.oneLine(e) : embedded.home().hide(H2Messages.oneLine(e));
    return new BackendException(
        BackendException.Kind.CONFLICT,
        "Another process kept changing the same map; try again. (" + detail + ")",
        e);
  }

  private Connection connection() throws SQLException {
    return embedded != null ? embedded.open() : pool.getConnection();
  }

  private static boolean isBroken(Connection c) {
    try {
      return !c.isValid(VALIDATION_SECONDS);
    } catch (SQLException e) {
      return true;
    }
  }

  /**
   * Drops {@code broken} now and every other pooled connection as it comes free: they reach the
   * same database.
   */
  private void dropConnections(Connection broken) {
    if (pool == null) {
      return;
    }
    pool.evictConnection(broken);
    pool.getHikariPoolMXBean().softEvictConnections();
  }

  private boolean isConflict(SQLException e) {
    return dialect.isConflict(e);
  }

  /**
   * A failed call; an embedded store's H2 message names its file, so the home's path is hidden from
   * it.
   */
  private BackendException failure(SQLException e) {
    BackendException f = failure(name, dialect, e);
    return embedded == null
        ? f
        : new BackendException(f.kind(), embedded.home().hide(f.getMessage()), e);
  }

  private static BackendException failure(String name, StoreDialect dialect, SQLException e) {
    if (dialect == StoreDialect.POSTGRESQL) {
      return new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "The "
              + name
              + " failed: "
              + H2Messages.oneLine(e)
              + " Check that the database is reachable and CARTO_MAPS_STORE_USER may write to it.",
          e);
    }
    if (e.getErrorCode() == ErrorCode.VALUE_TOO_LONG_2) {
      return new BackendException(
          BackendException.Kind.INVALID,
          "A value is too long for the local map store: " + H2Messages.oneLine(e),
          e);
    }
    if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
      return new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "The "
              + name
              + " is held open by a process that does not take turns with this one (an older "
              + "carto-maps-mcp, or a database tool); close that process or set CARTO_MAPS_HOME to another folder.",
          e);
    }
    return new BackendException(
        BackendException.Kind.UNAVAILABLE, "The " + name + " failed: " + H2Messages.oneLine(e), e);
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.close();
    }
    if (embedded != null) {
      embedded.turns().letGo();
    }
  }
}
