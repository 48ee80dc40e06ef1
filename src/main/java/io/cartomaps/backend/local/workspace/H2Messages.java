package io.cartomaps.backend.local.workspace;

import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an H2 error into the one line a person needs: no echoed SQL statement, no internal error
 * code, and for a syntax error only the stretch of SQL around the point where parsing stopped.
 */
public final class H2Messages {

  private static final Pattern CODE_SUFFIX = Pattern.compile("\\s*\\[\\d{5}-\\d+]\\s*$");
  private static final Pattern SYNTAX =
      Pattern.compile(
          "^Syntax error in SQL statement \"(.*?)\"(?:; expected \"(.*)\")?$", Pattern.DOTALL);
  private static final String MARK = "[*]";
  private static final int CONTEXT_BEFORE = 40;
  private static final int CONTEXT_AFTER = 20;
  private static final int MAX_EXPECTED = 120;
  private static final int MAX_CHARS = 500;

  private H2Messages() {}

  public static String oneLine(SQLException e) {
    return oneLine(e, "", "");
  }

  /**
   * Like {@link #oneLine(SQLException)} for a statement the program wrapped around user SQL: the
   * wrapper's {@code prefix} and {@code suffix} (whitespace collapsed) are cut from the SQL a
   * syntax error quotes, so the user sees only their own text.
   */
  public static String oneLine(SQLException e, String prefix, String suffix) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int sql = message.indexOf("; SQL statement:");
    if (sql >= 0) {
      message = message.substring(0, sql);
    }
    message = CODE_SUFFIX.matcher(message).replaceFirst("");
    // H2 escapes control characters inside quoted SQL as \000a and friends.
    message = message.replaceAll("\\\\00[0-9a-f]{2}", " ");
    Matcher syntax = SYNTAX.matcher(message);
    if (syntax.matches()) {
      message = syntaxError(unwrap(syntax.group(1), prefix, suffix), syntax.group(2));
    }
    message = message.replaceAll("\\s+", " ").trim();
    return shorten(message, MAX_CHARS);
  }

  private static String syntaxError(String statement, String expected) {
    int mark = statement.indexOf(MARK);
    String near;
    if (mark < 0) {
      near = shorten(statement, CONTEXT_BEFORE + CONTEXT_AFTER);
    } else {
      int from = Math.max(0, mark - CONTEXT_BEFORE);
      int to = Math.min(statement.length(), mark + MARK.length() + CONTEXT_AFTER);
      near =
          (from > 0 ? "…" : "")
              + statement.substring(from, to)
              + (to < statement.length() ? "…" : "");
    }
    String line =
        "Syntax error in the SQL near \""
            + near.replaceAll("\\s+", " ").trim()
            + "\" ([*] marks where)";
    return expected == null ? line : line + "; expected " + shorten(expected, MAX_EXPECTED);
  }

  private static String unwrap(String statement, String prefix, String suffix) {
    String s = statement.replaceAll("\\s+", " ").trim();
    if (!prefix.isEmpty() && s.startsWith(prefix)) {
      s = s.substring(prefix.length());
    }
    if (!suffix.isEmpty() && s.endsWith(suffix)) {
      s = s.substring(0, s.length() - suffix.length());
    }
    return s.trim();
  }

  private static String shorten(String text, int max) {
    return text.length() > max ? text.substring(0, max - 1) + "…" : text;
  }
}
