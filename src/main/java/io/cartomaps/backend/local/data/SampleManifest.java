package io.cartomaps.backend.local.data;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * What {@code tools/sample-data} shipped in {@code sample-data/manifest.json}: each sample table's
 * columns with their SQL types, its geometry column, and for spatial-index tables the cell column,
 * resolution and extent.
 */
public record SampleManifest(int version, String schema, List<Table> tables) {

  static final String RESOURCE_DIR = "/sample-data/";

  public SampleManifest {
    tables = List.copyOf(tables);
  }

  /** A sample table; {@code geometryColumn} or {@code spatialIndex} says how it is drawn. */
  public record Table(
      String name,
      String description,
      String geometryColumn,
      SpatialIndex spatialIndex,
      String file,
      long rowCount,
      List<ColumnDef> columns) {

    public Table {
      columns = List.copyOf(columns);
    }
  }

  /** A column and the SQL type it is created with. */
  public record ColumnDef(String name, String type) {

    boolean isGeometry() {
      return type.startsWith("GEOMETRY");
    }
  }

  /**
   * The cell column of a pre-indexed table.
   *
   * @param extent {@code [west, south, east, north]} of the cells, computed when the data was built
   */
  public record SpatialIndex(String column, String type, int resolution, double[] extent) {}

  /** The manifest on the classpath. */
  public static SampleManifest load() {
    try (InputStream in = open("manifest.json")) {
      return Json.MAPPER.readValue(in, SampleManifest.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Table> table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst();
  }

  static InputStream open(String file) throws IOException {
    InputStream in = SampleManifest.class.getResourceAsStream(RESOURCE_DIR + file);
    if (in == null) {
      throw new IOException(
          "sample data resource " + RESOURCE_DIR + file + " is missing from the program");
    }
    return in;
  }
}
