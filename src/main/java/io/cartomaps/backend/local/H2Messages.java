package io.cartomaps.backend.local;

import java.sql.SQLException;
import java.util.regex.Pattern;

/** Turns an H2 error into the one line a person needs: no echoed SQL text, no internal error code suffix. */
public final class H2Messages {

  private static final Pattern CODE_SUFFIX = Pattern.compile("\\s*\\[\\d{5}-\\d+]\\s*$");
  private static final int MAX_CHARS = 500;

  private H2Messages() {
  }

  public static String oneLine(SQLException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int sql = message.indexOf("; SQL statement:");
    if (sql >= 0) {
      message = message.substring(0, sql);
    }
    message = CODE_SUFFIX.matcher(message).replaceFirst("");
    message = message.replaceAll("\\s+", " ").trim();
    return message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS - 1) + "…" : message;
  }
}
