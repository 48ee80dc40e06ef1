package io.cartomaps.export;

/**
 * What differs between the two destinations: column type names, one date function and the element
 * type of a text array.
 */
enum Dialect {
  DUCKDB("VARCHAR", "DOUBLE", "JSON"),
  POSTGRES("TEXT", "DOUBLE PRECISION", "JSONB");

  private final String text;
  private final String dbl;
  private final String json;

  Dialect(String text, String dbl, String json) {
    this.text = text;
    this.dbl = dbl;
    this.json = json;
  }

  String typeName(ColumnType type) {
    return switch (type) {
      case TEXT -> text;
      case BIGINT -> "BIGINT";
      case DOUBLE -> dbl;
      case BOOLEAN -> "BOOLEAN";
      case TIMESTAMP -> "TIMESTAMPTZ";
      case JSON -> json;
    };
  }

  /**
   * The placeholder of one value: text is cast on the way in, so both drivers bind plain strings.
   */
  String placeholder(ColumnType type) {
    return switch (type) {
      case TIMESTAMP -> "CAST(? AS TIMESTAMPTZ)";
      case JSON -> "CAST(? AS " + json + ")";
      default -> "?";
    };
  }

  /** The element type name {@link java.sql.Connection#createArrayOf} takes for a text array. */
  String textArrayType() {
    return this == DUCKDB ? "VARCHAR" : "text";
  }

  /** A timestamp column as epoch milliseconds, to compare with the source's {@code updatedAt}. */
  String epochMillis(String column) {
    return this == DUCKDB
        ? "epoch_ms(" + column + ")"
        : "CAST(ROUND(EXTRACT(EPOCH FROM " + column + ") * 1000) AS BIGINT)";
  }
}
