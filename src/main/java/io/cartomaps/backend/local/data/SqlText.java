package io.cartomaps.backend.local.data;

/**
 * Scanning of user SQL text: where string literals, quoted names and comments end, and what may
 * follow the last statement (whitespace, semicolons, comments), trimmed so the query can be used as
 * a subquery. String literals and quoted names are skipped over, so a {@code --} inside them is
 * kept.
 */
final class SqlText {

  private SqlText() {}

  static String withoutTrailing(String sql) {
    int end = 0;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int pastComment = pastComment(sql, i);
      if (pastComment > i) {
        i = pastComment;
      } else if (c == '\'' || c == '"') {
        i = pastQuoted(sql, i, c);
        end = i;
      } else {
        if (!Character.isWhitespace(c) && c != ';') {
          end = i + 1;
        }
        i++;
      }
    }
    return sql.substring(0, end);
  }

  /**
   * Index just past the line comment ({@code --}) or block comment starting at {@code i} (the end
   * of the text if it is not closed), or {@code i} if no comment starts there.
   */
  static int pastComment(String sql, int i) {
    int n = sql.length();
    if (i + 1 >= n) {
      return i;
    }
    if (sql.charAt(i) == '-' && sql.charAt(i + 1) == '-') {
      int nl = sql.indexOf('\n', i);
      return nl < 0 ? n : nl + 1;
    }
    if (sql.charAt(i) == '/' && sql.charAt(i + 1) == '*') {
      int close = sql.indexOf("*/", i + 2);
      return close < 0 ? n : close + 2;
    }
    return i;
  }

  /**
   * Index just past the quote closing the one at {@code open} (the end of the text if it is not
   * closed); doubled quotes are escapes.
   */
  static int pastQuoted(String sql, int open, char quote) {
    int i = open + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return sql.length();
  }
}
