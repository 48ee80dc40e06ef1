package io.cartomaps.export;

/** The logical column types of the exported tables; {@link Dialect} names them per destination. */
enum ColumnType {
  TEXT,
  BIGINT,
  DOUBLE,
  BOOLEAN,
  TIMESTAMP,
  JSON;

  /** The type a new column gets from the first value seen (schema evolution). */
  static ColumnType of(Object value) {
    if (value instanceof Boolean) {
      return BOOLEAN;
    }
    if (value instanceof Integer || value instanceof Long) {
      return BIGINT;
    }
    if (value instanceof Number) {
      return DOUBLE;
    }
    return TEXT;
  }
}
