package io.cartomaps.backend.local.data;

/** Quoting of SQL identifiers, so a name is always a name and never SQL. */
final class SqlNames {

  private SqlNames() {}

  /** {@code "name"} with embedded double quotes doubled. */
  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }
}
