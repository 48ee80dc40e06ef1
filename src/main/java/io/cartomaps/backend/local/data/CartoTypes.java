package io.cartomaps.backend.local.data;

import java.sql.Types;
import java.util.Locale;

/** JDBC column types as CARTO names them: string, number, boolean, date, timestamp, geometry. */
final class CartoTypes {

  private CartoTypes() {}

  static String of(int jdbcType, String typeName) {
    String name = typeName == null ? "" : typeName.toUpperCase(Locale.ROOT);
    if (name.startsWith("GEOMETRY")) {
      return "geometry";
    }
    return switch (jdbcType) {
      case Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.REAL,
          Types.FLOAT,
          Types.DOUBLE,
          Types.DECIMAL,
          Types.NUMERIC ->
          "number";
      case Types.BOOLEAN, Types.BIT -> "boolean";
      case Types.DATE -> "date";
      case Types.TIME, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
          "timestamp";
      default -> "string";
    };
  }
}
