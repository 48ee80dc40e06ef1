package io.cartomaps.backend.cloud.fakeorg;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A table a connection of the organisation can read.
 *
 * @param name fully qualified, as sources name it ({@code samples.places})
 * @param columns in table order
 * @param geomField the geometry column, or null
 * @param geometryType e.g. {@code POINT}, as a warehouse's geometry-type function names it, or null
 * @param rowCount rows
 */
public record FakeTable(
    String name, List<Column> columns, String geomField, String geometryType, long rowCount) {

  /**
   * A column with CARTO's type names: {@code string}, {@code number}, {@code boolean}, {@code
   * geometry}, …
   */
  public record Column(String name, String type) {}

  public FakeTable {
    columns = List.copyOf(columns);
  }

  Optional<Column> column(String columnName) {
    String wanted = columnName.toLowerCase(Locale.ROOT);
    return columns.stream()
        .filter(c -> c.name().toLowerCase(Locale.ROOT).equals(wanted))
        .findFirst();
  }
}
