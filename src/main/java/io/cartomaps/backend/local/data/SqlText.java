package io.cartomaps.backend.local.data;

/**
 * Trims what may follow the last statement of user SQL (whitespace, semicolons, comments) so the query can be used
 * as a subquery. String literals and quoted names are skipped over, so a {@code --} inside them is kept.
 */
final class SqlText {

  private SqlText() {
  }

  static String withoutTrailing(String sql) {
    int end = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int close = closing(sql, i + 1, c);
        i = close < 0 ? n : close + 1;
        end = i;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int nl = sql.indexOf('\n', i);
        i = nl < 0 ? n : nl + 1;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int close = sql.indexOf("*/", i + 2);
        i = close < 0 ? n : close + 2;
      } else {
        if (!Character.isWhitespace(c) && c != ';') {
          end = i + 1;
        }
        i++;
      }
    }
    return sql.substring(0, end);
  }

  /** Index of the quote that closes a literal opened before {@code from}; doubled quotes are escapes. */
  private static int closing(String sql, int from, char quote) {
    int i = from;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i;
      }
      i++;
    }
    return -1;
  }
}
