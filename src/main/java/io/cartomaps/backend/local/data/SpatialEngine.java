package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.backend.WidgetQuery;
import io.cartomaps.backend.local.workspace.H2Messages;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The local workspace's data connection: spatial SQL (H2GIS) over the shipped sample tables.
 * Sources are probed, described and read here; connection ids are checked by the caller.
 */
public final class SpatialEngine implements AutoCloseable {

  private final SampleDatabase db;
  private final SampleManifest manifest;
  private final TableCatalog catalog;

  private SpatialEngine(SampleDatabase db, SampleManifest manifest) {
    this.db = db;
    this.manifest = manifest;
    this.catalog = new TableCatalog(manifest);
  }

  /**
   * Opens the engine of {@code home}; the first open in a home builds the sample database (a few
   * seconds).
   */
  public static SpatialEngine open(LocalHome home) {
    SampleManifest manifest = SampleManifest.load();
    return new SpatialEngine(SampleDatabase.open(home, manifest), manifest);
  }

  /**
   * Whether the sample database of {@code home} has been built, so opening the engine is quick;
   * opens nothing.
   */
  public static boolean isBuilt(LocalHome home) {
    return SampleDatabase.isBuilt(home);
  }

  /** The schema the sample tables live in, also the default for unqualified table names. */
  public String schema() {
    return manifest.schema();
  }

  /** The columns a source returns, or the engine's error in one line. */
  public SourceProbe probe(SourceKind kind, String source) {
    SourceSql sql;
    try {
      sql = SourceSql.of(kind, source, manifest.schema());
    } catch (BackendException e) {
      return SourceProbe.failed(e.getMessage());
    }
    try (Connection c = db.session()) {
      return SourceProbe.ok(sql.columns(c).stream().map(SourceColumn::toColumn).toList());
    } catch (BackendException e) {
      if (e.kind() != BackendException.Kind.INVALID) {
        throw e;
      }
      return SourceProbe.failed(e.getMessage());
    } catch (SQLException e) {
      return SourceProbe.failed(SourceSql.message(e));
    }
  }

  public List<TableRef> listTables(String prefix) {
    try (Connection c = db.connection()) {
      return catalog.list(c, prefix);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  public TableInfo describeTable(String table) {
    try (Connection c = db.connection()) {
      return catalog.describe(c, table);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  /**
   * Statistics and sample rows of a table or query; see {@link io.cartomaps.backend.DataProfile}.
   */
  public DataProfile profile(SourceKind kind, String source) {
    SourceSql sql = SourceSql.of(kind, source, manifest.schema());
    try (Connection c = db.connection()) {
      return SourceFacts.profile(c, sql, source);
    } catch (SQLException e) {
      throw new BackendException(
          BackendException.Kind.INVALID,
          "The source failed on the local engine: " + SourceSql.message(e),
          e);
    }
  }

  /** The extent of a source's geometry column, or null when it has none. */
  public double[] extent(SourceKind kind, String source, String geoColumn) {
    SourceSql sql = SourceSql.of(kind, source, manifest.schema());
    try (Connection c = db.connection()) {
      return SourceFacts.extent(c, sql, geoColumn);
    } catch (SQLException e) {
      return null; // not a geometry (a cell column, a typo): the probe reports what is wrong
    }
  }

  /** See {@link io.cartomaps.backend.FeatureSource#features}. */
  public ObjectNode features(
      SourceKind kind, String source, String geoColumn, List<String> columns, int limit) {
    SourceSql sql = SourceSql.of(kind, source, manifest.schema());
    try (Connection c = db.session()) {
      return FeatureReader.read(c, sql, geoColumn, columns, limit);
    } catch (SQLException e) {
      throw new BackendException(
          BackendException.Kind.INVALID,
          "The source failed on the local engine: " + SourceSql.message(e),
          e);
    }
  }

  /**
   * A widget's values over a source, read through the same FROM item and read-only connection as
   * the source's rows (see {@link io.cartomaps.backend.WidgetSource}).
   */
  public ObjectNode widget(SourceKind kind, String source, WidgetQuery query) {
    SourceSql sql = SourceSql.of(kind, source, manifest.schema());
    try (Connection c = db.connection()) {
      return WidgetSql.run(c, sql, query);
    } catch (SQLException e) {
      throw new BackendException(
          BackendException.Kind.INVALID,
          "The widget's query failed on the local engine: " + H2Messages.oneLine(e),
          e);
    }
  }

  private static BackendException unavailable(SQLException e) {
    return new BackendException(
        BackendException.Kind.UNAVAILABLE,
        "The local spatial engine failed: " + H2Messages.oneLine(e),
        e);
  }

  @Override
  public void close() {
    db.close();
  }
}
