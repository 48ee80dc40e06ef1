package io.cartomaps.backend.local.data;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.H2Messages;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.h2.api.ErrorCode;
import org.h2.command.query.Query;
import org.h2.engine.DbObject;
import org.h2.engine.SessionLocal;
import org.h2.expression.ExpressionVisitor;
import org.h2.jdbc.JdbcConnection;
import org.h2.message.DbException;
import org.h2.schema.SchemaObject;

/**
 * Admits SQL only if H2's own parser reads it as exactly one query expression (SELECT, WITH …
 * SELECT, VALUES, TABLE) that H2 itself deems read-only, over the sample schema and the spatial
 * functions only. A second statement, a session change ({@code SET(@v, …)}), a file, link or
 * system-table read, or a value-inflating function is refused with a message naming it, before
 * anything runs or is saved. Together with a fresh session per call (see {@link
 * SampleDatabase#session()}) one query cannot affect the next.
 */
final class ReadOnlyQuery {

  /**
   * Built-in functions refused by name, checked on the text before H2 parses it (H2 folds constants
   * while it prepares, so {@code REPEAT('x', 1e8)} would be built during the check itself). Quoted
   * names count too, since H2 resolves {@code "file_read"(…)} to the built-in.
   */
  static final Set<String> REFUSED_FUNCTIONS =
      Set.of(
          "FILE_READ",
          "FILE_WRITE",
          "CSVREAD",
          "CSVWRITE",
          "LINK_SCHEMA",
          "SET",
          "DATABASE_PATH",
          "CANCEL_SESSION",
          "ABORT_SESSION",
          "DISK_SPACE_USED",
          "MEMORY_FREE",
          "MEMORY_USED",
          "SESSION_ID",
          "TRANSACTION_ID",
          "REPEAT",
          "SPACE",
          "LPAD",
          "RPAD");

  private ReadOnlyQuery() {}

  /**
   * Checks {@code sql} on {@code c} (a sample-database connection) without running it.
   *
   * @param schema the sample schema, the only one whose tables a query may read
   * @throws BackendException INVALID naming what is not allowed
   */
  static void check(Connection c, String sql, String schema) throws SQLException {
    List<String> refused = refusedFunctions(sql);
    if (!refused.isEmpty()) {
      throw invalid(
          "The query calls "
              + String.join(", ", refused)
              + ", which dataset SQL may not use (no file, "
              + "link, session or server functions, no value-inflating functions). Read the sample tables with a plain "
              + "SELECT.");
    }
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    Query query;
    try {
      query = session.prepareQueryExpression(sql, null);
    } catch (DbException e) {
      SQLException s = e.getSQLException();
      boolean syntax =
          s.getErrorCode() == ErrorCode.SYNTAX_ERROR_1
              || s.getErrorCode() == ErrorCode.SYNTAX_ERROR_2;
      if (syntax && sql.indexOf(';') >= 0) {
        throw invalid(
            "The query must be exactly one SELECT (or WITH … SELECT) statement: "
                + H2Messages.oneLine(s));
      }
      throw s;
    } catch (ClassCastException e) {
      // H2 parses a lone statement that is not a query (DROP, INSERT, CREATE, …) and then fails to
      // cast it to a query expression.
      throw invalid(
          "The query must be exactly one SELECT (or WITH … SELECT) statement; dataset SQL may only"
              + " read.");
    }
    if (!query.isReadOnly()) {
      throw invalid(
          "The query changes state (a session variable or a write); dataset SQL may only read.");
    }
    HashSet<DbObject> used = new HashSet<>();
    query.isEverything(ExpressionVisitor.getDependenciesVisitor(used));
    Set<String> outside = new TreeSet<>();
    for (DbObject o : used) {
      if (o instanceof SchemaObject so) {
        String owner = so.getSchema().getName().toLowerCase(Locale.ROOT);
        if (!owner.equals(schema) && !owner.equals("public")) {
          outside.add(owner + "." + so.getName());
        }
      }
    }
    if (!outside.isEmpty()) {
      throw invalid(
          "The query reads "
              + String.join(", ", outside)
              + "; dataset SQL may read only the "
              + schema
              + " tables.");
    }
  }

  /**
   * Names followed by {@code (} outside literals and comments that are in {@link
   * #REFUSED_FUNCTIONS}.
   */
  static List<String> refusedFunctions(String sql) {
    Set<String> found = new TreeSet<>();
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      int pastComment = SqlText.pastComment(sql, i);
      if (pastComment > i) {
        i = pastComment;
      } else if (c == '\'') {
        i = SqlText.pastQuoted(sql, i, '\'');
      } else if (c == '"' || Character.isLetter(c) || c == '_') {
        int end = c == '"' ? SqlText.pastQuoted(sql, i, '"') : word(sql, i);
        String name =
            c == '"'
                ? sql.substring(i + 1, Math.max(i + 1, end - 1)).replace("\"\"", "\"")
                : sql.substring(i, end);
        int next = end;
        while (next < n && Character.isWhitespace(sql.charAt(next))) {
          next++;
        }
        String upper = name.toUpperCase(Locale.ROOT);
        if (next < n && sql.charAt(next) == '(' && REFUSED_FUNCTIONS.contains(upper)) {
          found.add(upper);
        }
        i = end;
      } else {
        i++;
      }
    }
    return new ArrayList<>(found);
  }

  private static int word(String sql, int from) {
    int i = from;
    while (i < sql.length()
        && (Character.isLetterOrDigit(sql.charAt(i))
            || sql.charAt(i) == '_'
            || sql.charAt(i) == '$')) {
      i++;
    }
    return i;
  }

  private static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }
}
