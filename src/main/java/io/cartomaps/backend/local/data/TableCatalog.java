package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.TableInfo;
import io.cartomaps.backend.TableRef;
import io.cartomaps.backend.local.data.SampleManifest.SpatialIndex;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.bundle.GeoColumn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the sample engine holds: its tables, and for one table the facts an agent needs before
 * mapping it.
 */
final class TableCatalog {

  /** Schemas that are the engine's own, not data: the SQL catalogue and H2GIS's CRS tables. */
  private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "public");

  private final SampleManifest manifest;

  TableCatalog(SampleManifest manifest) {
    this.manifest = manifest;
  }

  List<TableRef> list(Connection c, String prefix) throws SQLException {
    String wanted = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
    List<TableRef> tables = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT table_schema, table_name, table_type FROM information_schema.tables "
                    + "ORDER BY table_schema, table_name")) {
      while (rs.next()) {
        if (SYSTEM_SCHEMAS.contains(rs.getString(1).toLowerCase(Locale.ROOT))) {
          continue;
        }
        String name = rs.getString(1) + "." + rs.getString(2);
        if (name.toLowerCase(Locale.ROOT).startsWith(wanted)) {
          tables.add(new TableRef(name, rs.getString(3).contains("VIEW") ? "view" : "table"));
        }
      }
    }
    return tables;
  }

  TableInfo describe(Connection c, String table) throws SQLException {
    TableName name = TableName.parse(table, manifest.schema());
    if (!name.schema().equals(manifest.schema()) || !exists(c, name)) {
      List<String> known = list(c, "").stream().map(TableRef::name).toList();
      throw BackendException.notFound(
          "Table "
              + name.display()
              + " not found in connection '"
              + LocalConnection.NAME
              + "'; its tables are "
              + String.join(", ", known)
              + ".");
    }
    List<SourceColumn> columns =
        SourceSql.of(SourceKind.table, name.quoted(), manifest.schema()).columns(c);
    List<Column> described = columns.stream().map(SourceColumn::toColumn).toList();
    long rows = count(c, name);
    Optional<SourceColumn> geometry = columns.stream().filter(SourceColumn::isGeometry).findFirst();
    if (geometry.isPresent()) {
      String column = geometry.get().name();
      return new TableInfo(
          name.display(),
          described,
          column,
          geometryType(c, name, column),
          rows,
          extent(c, name, column));
    }
    Optional<SpatialIndex> index = spatialIndex(name, columns);
    if (index.isPresent()) {
      return new TableInfo(
          name.display(),
          described,
          index.get().column(),
          index.get().type(),
          rows,
          index.get().extent());
    }
    return new TableInfo(name.display(), described, null, null, rows, null);
  }

  /**
   * The shipped cell column of a sample table, else a column whose name and type say it holds
   * cells.
   */
  private Optional<SpatialIndex> spatialIndex(TableName name, List<SourceColumn> columns) {
    if (name.schema().equals(manifest.schema())) {
      Optional<SpatialIndex> shipped =
          manifest.table(name.table()).map(SampleManifest.Table::spatialIndex);
      if (shipped.isPresent()) {
        return shipped;
      }
    }
    for (SourceColumn col : columns) {
      String lower = col.name().toLowerCase(Locale.ROOT);
      if (GeoColumn.isH3ColumnName(col.name()) && col.cartoType().equals("string")) {
        return Optional.of(new SpatialIndex(col.name(), "h3", 0, null));
      }
      if (lower.equals("quadbin") && col.cartoType().equals("number")) {
        return Optional.of(new SpatialIndex(col.name(), "quadbin", 0, null));
      }
    }
    return Optional.empty();
  }

  private static boolean exists(Connection c, TableName name) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM information_schema.tables WHERE table_schema = ? AND table_name = ?")) {
      ps.setString(1, name.schema());
      ps.setString(2, name.table());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static long count(Connection c, TableName name) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + name.quoted())) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * point, line or polygon: from the column's declared type, else from the first non-null value.
   */
  private static String geometryType(Connection c, TableName name, String column)
      throws SQLException {
    String declared = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT geometry_type FROM information_schema.columns "
                + "WHERE table_schema = ? AND table_name = ? AND column_name = ?")) {
      ps.setString(1, name.schema());
      ps.setString(2, name.table());
      ps.setString(3, column);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          declared = rs.getString(1);
        }
      }
    }
    if (declared == null || declared.isBlank() || declared.equalsIgnoreCase("GEOMETRY")) {
      String col = SqlNames.quote(column);
      try (Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT ST_GeometryType("
                      + col
                      + ") FROM "
                      + name.quoted()
                      + " WHERE "
                      + col
                      + " IS NOT NULL LIMIT 1")) {
        declared = rs.next() ? rs.getString(1) : null;
      }
    }
    return geometryKind(declared);
  }

  static String geometryKind(String type) {
    if (type == null) {
      return null;
    }
    String t = type.toUpperCase(Locale.ROOT);
    if (t.contains("POINT")) {
      return "point";
    }
    if (t.contains("LINE")) {
      return "line";
    }
    return t.contains("POLYGON") ? "polygon" : null;
  }

  private static double[] extent(Connection c, TableName name, String column) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT "
                    + "ST_Extent("
                    + SqlNames.quote(column)
                    + ") AS e FROM "
                    + name.quoted()
                    + ") AS x")) {
      if (!rs.next()) {
        return null;
      }
      double west = rs.getDouble(1);
      return rs.wasNull()
          ? null
          : new double[] {west, rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)};
    }
  }
}
