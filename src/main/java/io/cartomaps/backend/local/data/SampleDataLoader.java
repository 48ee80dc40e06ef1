package io.cartomaps.backend.local.data;

import io.cartomaps.backend.local.data.SampleManifest.ColumnDef;
import io.cartomaps.backend.local.data.SampleManifest.Table;
import io.cartomaps.json.Json;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.h2gis.functions.factory.H2GISFunctions;
import tools.jackson.databind.JsonNode;

/**
 * Fills a new H2GIS database with the shipped sample tables: spatial functions, tables, spatial
 * indexes, and a reader account that can only select from the sample schema.
 */
final class SampleDataLoader {

  private static final int BATCH = 1000;

  private SampleDataLoader() {}

  static void load(Connection admin, SampleManifest manifest, String reader, String readerPassword)
      throws SQLException, IOException {
    H2GISFunctions.load(admin);
    dropFileAndNetworkFunctions(admin);
    String schema = SqlNames.quote(manifest.schema());
    try (Statement s = admin.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    for (Table table : manifest.tables()) {
      createTable(admin, manifest.schema(), table);
      insertRows(admin, manifest.schema(), table);
      index(admin, manifest.schema(), table);
    }
    try (Statement s = admin.createStatement()) {
      s.execute(
          "CREATE USER IF NOT EXISTS "
              + SqlNames.quote(reader)
              + " PASSWORD '"
              + readerPassword
              + "'");
      s.execute("GRANT SELECT ON SCHEMA " + schema + " TO " + SqlNames.quote(reader));
      // ST_Transform and friends read the CRS catalogue H2GIS keeps in PUBLIC.
      s.execute("GRANT SELECT ON TABLE public.spatial_ref_sys TO " + SqlNames.quote(reader));
    }
  }

  /**
   * Removes H2GIS's importers, exporters and downloader (SHPWrite, GeoJsonRead, ST_OSMDownloader,
   * …). Dataset queries are user SQL and must not read or write files or reach the network; the
   * geometry converters of the same package (ST_AsGeoJSON, ST_GeomFromGeoJSON, ST_AsKml) stay.
   */
  static void dropFileAndNetworkFunctions(Connection admin) throws SQLException {
    List<String> drop = new ArrayList<>();
    try (Statement s = admin.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT DISTINCT routine_schema, routine_name FROM information_schema.routines "
                    + "WHERE external_name LIKE 'org.h2gis.functions.io.%'")) {
      while (rs.next()) {
        String name = rs.getString(2).toLowerCase(Locale.ROOT);
        if (!name.startsWith("st_") || name.equals("st_osmdownloader")) {
          drop.add(SqlNames.quote(rs.getString(1)) + "." + SqlNames.quote(rs.getString(2)));
        }
      }
    }
    try (Statement s = admin.createStatement()) {
      for (String alias : drop) {
        s.execute("DROP ALIAS IF EXISTS " + alias);
      }
    }
  }

  private static void createTable(Connection c, String schema, Table table) throws SQLException {
    List<String> defs = new ArrayList<>();
    for (ColumnDef col : table.columns()) {
      String def = SqlNames.quote(col.name()) + " " + col.type();
      if (table.spatialIndex() != null && col.name().equals(table.spatialIndex().column())) {
        def += " PRIMARY KEY";
      }
      defs.add(def);
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE " + qualified(schema, table) + " (" + String.join(", ", defs) + ")");
      s.execute(
          "COMMENT ON TABLE "
              + qualified(schema, table)
              + " IS '"
              + table.description().replace("'", "''")
              + "'");
    }
  }

  private static void insertRows(Connection c, String schema, Table table)
      throws SQLException, IOException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnDef col : table.columns()) {
      names.add(SqlNames.quote(col.name()));
      values.add(col.isGeometry() ? "ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)" : "?");
    }
    String sql =
        "INSERT INTO "
            + qualified(schema, table)
            + " ("
            + String.join(", ", names)
            + ") VALUES ("
            + String.join(", ", values)
            + ")";
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement(sql);
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(
                    new GZIPInputStream(SampleManifest.open(table.file())),
                    StandardCharsets.UTF_8))) {
      int pending = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = Json.parse(line);
        for (int i = 0; i < table.columns().size(); i++) {
          bind(ps, i + 1, table.columns().get(i), row.get(table.columns().get(i).name()));
        }
        ps.addBatch();
        if (++pending == BATCH) {
          ps.executeBatch();
          pending = 0;
        }
      }
      ps.executeBatch();
      c.commit();
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static void bind(PreparedStatement ps, int index, ColumnDef col, JsonNode value)
      throws SQLException {
    String type = col.type().toUpperCase(Locale.ROOT);
    if (value == null || value.isNull()) {
      ps.setNull(index, col.isGeometry() ? Types.VARCHAR : sqlType(type));
    } else if (col.isGeometry()) {
      ps.setString(index, Json.compact(value));
    } else if (type.startsWith("BIGINT")) {
      ps.setLong(index, value.isString() ? Long.parseLong(value.asString()) : value.asLong());
    } else if (type.startsWith("INTEGER")) {
      ps.setInt(index, value.asInt());
    } else if (type.startsWith("DOUBLE")) {
      ps.setDouble(index, value.asDouble());
    } else if (type.startsWith("BOOLEAN")) {
      ps.setBoolean(index, value.asBoolean());
    } else {
      ps.setString(index, value.asString());
    }
  }

  private static int sqlType(String type) {
    if (type.startsWith("BIGINT")) {
      return Types.BIGINT;
    }
    if (type.startsWith("INTEGER")) {
      return Types.INTEGER;
    }
    if (type.startsWith("DOUBLE")) {
      return Types.DOUBLE;
    }
    return type.startsWith("BOOLEAN") ? Types.BOOLEAN : Types.VARCHAR;
  }

  private static void index(Connection c, String schema, Table table) throws SQLException {
    if (table.geometryColumn() == null) {
      return;
    }
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE SPATIAL INDEX "
              + SqlNames.quote(schema)
              + "."
              + SqlNames.quote(table.name() + "_" + table.geometryColumn() + "_idx")
              + " ON "
              + qualified(schema, table)
              + " ("
              + SqlNames.quote(table.geometryColumn())
              + ")");
    }
  }

  private static String qualified(String schema, Table table) {
    return SqlNames.quote(schema) + "." + SqlNames.quote(table.name());
  }
}
