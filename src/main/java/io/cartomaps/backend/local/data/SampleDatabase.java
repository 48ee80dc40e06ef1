package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.H2Loopback;
import io.cartomaps.backend.local.workspace.H2Messages;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The H2GIS database holding the sample data, separate from the maps store so that dataset SQL
 * (user SQL, by design) cannot touch maps. It is built once from the shipped files, then only ever
 * opened read-only as an account that may select from the sample schema and nothing else: queries
 * cannot change the data, and any number of processes can read it at once without a server.
 */
final class SampleDatabase implements AutoCloseable {

  static {
    H2Loopback.apply();
  }

  /**
   * Version of the built database: bump it whenever the shipped data or the way it is loaded
   * changes.
   */
  static final int VERSION = 1;

  private static final Logger LOG = LoggerFactory.getLogger(SampleDatabase.class);
  private static final String ADMIN = "carto_samples_admin";
  private static final String ADMIN_PASSWORD = "carto-samples-admin";
  private static final String READER = "carto_samples_reader";
  private static final String READER_PASSWORD = "carto-samples-reader";
  private static final String DB_FILE_SUFFIX = ".mv.db";
  private static final String SETTINGS = ";DATABASE_TO_LOWER=TRUE";

  private final JdbcConnectionPool pool;
  private final LocalHome home;
  private final Path file;
  private final String url;

  private SampleDatabase(JdbcConnectionPool pool, LocalHome home, Path file, String url) {
    this.pool = pool;
    this.home = home;
    this.file = file;
    this.url = url;
  }

  /**
   * Opens the sample database of {@code home}, building it first if this version has not been built
   * there.
   */
  static SampleDatabase open(LocalHome home, SampleManifest manifest) {
    if (manifest.version() != VERSION) {
      throw new IllegalStateException(
          "sample-data manifest version "
              + manifest.version()
              + " does not match "
              + VERSION
              + "; rebuild the program");
    }
    home.ensureExists();
    Path base = home.samplesDatabase(VERSION);
    try {
      if (!Files.exists(file(base))) {
        build(home, base, manifest);
      }
    } catch (IOException | SQLException e) {
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "Cannot prepare the sample data in "
              + LocalHome.SHOWN_AS
              + ": "
              + home.hide(e instanceof SQLException s ? H2Messages.oneLine(s) : e.getMessage()),
          e);
    }
    // Unqualified table names resolve in the sample schema, functions (H2GIS registers them in
    // PUBLIC) next.
    String url =
        "jdbc:h2:file:"
            + base
            + ";ACCESS_MODE_DATA=r"
            + SETTINGS
            + ";SCHEMA="
            + manifest.schema()
            + ";SCHEMA_SEARCH_PATH=public";
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, READER, READER_PASSWORD);
    pool.setMaxConnections(8);
    pool.setLoginTimeout(30);
    return new SampleDatabase(pool, home, file(base), url);
  }

  /**
   * Whether this version of the sample database has been built in {@code home} (cheap, opens
   * nothing).
   */
  static boolean isBuilt(LocalHome home) {
    return Files.exists(file(home.samplesDatabase(VERSION)));
  }

  /** A read-only connection; a database that cannot be opened is reported with the way out. */
  Connection connection() {
    try {
      return pool.getConnection();
    } catch (SQLException e) {
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "Cannot open the sample database "
              + home.shown(file)
              + ": "
              + home.hide(H2Messages.oneLine(e))
              + ". Delete that file to rebuild it on next use.",
          e);
    }
  }

  /**
   * A new session, closed after one call, for user SQL: whatever a query could leave in its session
   * (variables, settings) dies with it, so it can never reach the next query. Opening one costs
   * about a millisecond while the pool keeps the database open.
   */
  Connection session() {
    try (Connection keepOpen = connection()) {
      return DriverManager.getConnection(url, READER, READER_PASSWORD);
    } catch (SQLException e) {
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "Cannot open the sample database "
              + home.shown(file)
              + ": "
              + home.hide(H2Messages.oneLine(e))
              + ". Delete that file to rebuild it on next use.",
          e);
    }
  }

  /**
   * Builds into a scratch file and renames it into place, under a lock file, so a concurrent
   * process either waits and then finds the finished database or builds nothing; a build killed
   * halfway leaves only scratch behind.
   */
  private static synchronized void build(LocalHome home, Path base, SampleManifest manifest)
      throws IOException, SQLException {
    Path lockFile = home.dir().resolve("samples.build.lock");
    try (FileChannel channel =
        FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      try {
        if (!Files.exists(file(base))) {
          buildLocked(home, base, manifest);
        }
      } finally {
        lock.release();
      }
    }
  }

  private static void buildLocked(LocalHome home, Path base, SampleManifest manifest)
      throws IOException, SQLException {
    long started = System.nanoTime();
    Path scratch = base.resolveSibling(base.getFileName() + "-build");
    Files.deleteIfExists(file(scratch));
    try (Connection admin =
        DriverManager.getConnection("jdbc:h2:file:" + scratch + SETTINGS, ADMIN, ADMIN_PASSWORD)) {
      SampleDataLoader.load(admin, manifest, READER, READER_PASSWORD);
      try (Statement s = admin.createStatement()) {
        s.execute("SHUTDOWN COMPACT");
      }
    }
    Files.move(file(scratch), file(base), StandardCopyOption.ATOMIC_MOVE);
    LOG.info("Built the local sample data in {} ms", (System.nanoTime() - started) / 1_000_000);
    deleteOtherVersions(home, base);
  }

  private static void deleteOtherVersions(LocalHome home, Path current) {
    try (DirectoryStream<Path> old =
        Files.newDirectoryStream(home.dir(), "samples-v*" + DB_FILE_SUFFIX)) {
      for (Path p : old) {
        if (!p.equals(file(current))) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      LOG.debug("Could not remove old sample data: {}", e.getMessage());
    }
  }

  private static Path file(Path base) {
    return base.resolveSibling(base.getFileName() + DB_FILE_SUFFIX);
  }

  @Override
  public void close() {
    pool.dispose();
  }
}
