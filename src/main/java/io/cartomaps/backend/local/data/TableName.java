package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A table name as a caller writes it ({@code places}, {@code samples.places}, {@code
 * "samples"."places"}), parsed into schema and table and quoted for SQL, so a name can never carry
 * SQL of its own. Unquoted parts fold to lower case, as the engine does.
 */
record TableName(String schema, String table) {

  private static final int MAX_CHARS = 256;

  /** {@code "schema"."table"}, safe to put in SQL text. */
  String quoted() {
    return SqlNames.quote(schema) + "." + SqlNames.quote(table);
  }

  /** {@code schema.table}, for people. */
  String display() {
    return schema + "." + table;
  }

  /**
   * Parses one- or two-part names; a one-part name is in {@code defaultSchema}.
   *
   * @throws BackendException INVALID naming what is wrong
   */
  static TableName parse(String text, String defaultSchema) {
    if (text == null || text.isBlank()) {
      throw invalid("A table name is required, e.g. " + defaultSchema + ".places.");
    }
    String name = text.trim();
    if (name.length() > MAX_CHARS) {
      throw invalid("Table name is longer than " + MAX_CHARS + " characters.");
    }
    if (name.indexOf('`') >= 0) {
      throw invalid(
          "Table name "
              + name
              + " uses backticks; write it without them, e.g. "
              + defaultSchema
              + ".places.");
    }
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (true) {
      int[] end = new int[1];
      parts.add(part(name, i, end));
      i = end[0];
      if (i == name.length()) {
        break;
      }
      if (name.charAt(i) != '.') {
        throw invalid(
            "'"
                + name
                + "' is not a table name; use schema.table, e.g. "
                + defaultSchema
                + ".places.");
      }
      i++;
    }
    if (parts.size() > 2) {
      throw invalid(
          "'"
              + name
              + "' has too many parts; use schema.table, e.g. "
              + defaultSchema
              + ".places.");
    }
    return parts.size() == 1
        ? new TableName(defaultSchema, parts.get(0))
        : new TableName(parts.get(0), parts.get(1));
  }

  private static String part(String name, int start, int[] end) {
    if (start < name.length() && name.charAt(start) == '"') {
      StringBuilder sb = new StringBuilder();
      int i = start + 1;
      while (i < name.length()) {
        char c = name.charAt(i);
        if (c == '"') {
          if (i + 1 < name.length() && name.charAt(i + 1) == '"') {
            sb.append('"');
            i += 2;
            continue;
          }
          end[0] = i + 1;
          if (sb.length() == 0) {
            break;
          }
          return sb.toString();
        }
        sb.append(c);
        i++;
      }
      throw invalid("'" + name + "' has an unclosed or empty quoted name.");
    }
    int i = start;
    while (i < name.length() && isNameChar(name.charAt(i), i == start)) {
      i++;
    }
    if (i == start) {
      throw invalid(
          "'" + name + "' is not a table name; names are letters, digits and _ (or \"quoted\").");
    }
    end[0] = i;
    return name.substring(start, i).toLowerCase(Locale.ROOT);
  }

  private static boolean isNameChar(char c, boolean first) {
    return c == '_' || Character.isLetter(c) || (!first && (Character.isDigit(c) || c == '$'));
  }

  private static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }
}
