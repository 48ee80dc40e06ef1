package io.cartomaps.backend.cloud.fakeorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of a warehouse to answer the statements the program sends: every table a statement
 * names must be in the connection's catalogue, and a {@code SELECT} answers the columns its select
 * list names (all of them for {@code *}, the alias for {@code expr AS alias}), each of which must
 * exist. It never returns rows except for the statistics statement ({@code … AS row_count …}).
 */
final class FakeSql {

  /** A statement the warehouse refuses, with the warehouse's message. */
  static final class SqlError extends RuntimeException {
    SqlError(String message) {
      super(message);
    }
  }

  private static final String NAME = "[`\"]?[A-Za-z0-9_$\\-]+[`\"]?";
  private static final Pattern TABLE_REF =
      Pattern.compile("(?i)\\b(?:from|join)\\s+(" + NAME + "(?:\\." + NAME + ")*)");
  private static final Pattern PROBE_WRAPPER =
      Pattern.compile("(?s)^SELECT \\* FROM \\(\\n(.*)\\n\\) AS _probe WHERE 1=0$");
  private static final Pattern SELECT =
      Pattern.compile(
          "(?is)^\\s*select\\s+(.*?)\\s+from\\s+(\\(|" + NAME + "(?:\\." + NAME + ")*).*$");
  private static final Pattern ALIAS =
      Pattern.compile("(?is)^(.*?)\\s+as\\s+[`\"]?([A-Za-z_][A-Za-z0-9_]*)[`\"]?$");
  private static final Pattern COLUMN =
      Pattern.compile("(?i)^(?:[A-Za-z_][A-Za-z0-9_]*\\.)?[`\"]?([A-Za-z_][A-Za-z0-9_]*)[`\"]?$");
  private static final Pattern AGGREGATE = Pattern.compile("(?i)^(count|sum|avg|min|max)\\s*\\(.*");

  private FakeSql() {}

  /**
   * Whether {@code sql} is the table statistics statement the program runs for {@code describe}.
   */
  static boolean isStatistics(String sql) {
    return sql.toLowerCase(Locale.ROOT).contains(" as row_count");
  }

  /** The tables a statement reads; an unknown one is an error, as the warehouse would say it. */
  static List<FakeTable> tables(TableCatalogue catalogue, String sql) {
    List<FakeTable> out = new ArrayList<>();
    Matcher m = TABLE_REF.matcher(sql);
    while (m.find()) {
      String name = m.group(1);
      out.add(
          catalogue
              .find(name)
              .orElseThrow(
                  () ->
                      new SqlError("relation \"" + name.replace("\"", "") + "\" does not exist")));
    }
    if (out.isEmpty()) {
      throw new SqlError("syntax error: the statement reads no table");
    }
    return out;
  }

  /** The columns a (possibly probe-wrapped) {@code SELECT} returns. */
  static List<FakeTable.Column> schema(TableCatalogue catalogue, String sql) {
    FakeTable first = tables(catalogue, sql).get(0);
    Matcher wrapped = PROBE_WRAPPER.matcher(sql);
    String inner = wrapped.matches() ? wrapped.group(1) : sql;
    Matcher select = SELECT.matcher(inner);
    if (!select.matches()) {
      throw new SqlError("syntax error at or near \"" + abbreviate(inner) + "\"");
    }
    FakeTable table =
        select.group(2).equals("(")
            ? first
            : catalogue
                .find(select.group(2))
                .orElseThrow(
                    () -> new SqlError("relation \"" + select.group(2) + "\" does not exist"));
    List<FakeTable.Column> out = new ArrayList<>();
    for (String item : splitTopLevel(select.group(1))) {
      String expr = item.strip();
      if (expr.equals("*")) {
        out.addAll(table.columns());
        continue;
      }
      Matcher alias = ALIAS.matcher(expr);
      if (alias.matches()) {
        out.add(new FakeTable.Column(alias.group(2), typeOf(table, alias.group(1).strip())));
        continue;
      }
      Matcher column = COLUMN.matcher(expr);
      if (column.matches()) {
        out.add(
            table
                .column(column.group(1))
                .orElseThrow(
                    () -> new SqlError("column \"" + column.group(1) + "\" does not exist")));
        continue;
      }
      out.add(
          new FakeTable.Column(
              expr.split("\\W+")[0].toLowerCase(Locale.ROOT), typeOf(table, expr)));
    }
    return out;
  }

  private static String typeOf(FakeTable table, String expr) {
    Matcher column = COLUMN.matcher(expr);
    if (column.matches()) {
      return table
          .column(column.group(1))
          .map(FakeTable.Column::type)
          .orElseThrow(() -> new SqlError("column \"" + column.group(1) + "\" does not exist"));
    }
    return AGGREGATE.matcher(expr).matches() ? "number" : "string";
  }

  private static List<String> splitTopLevel(String list) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < list.length(); i++) {
      char c = list.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(list.substring(start, i));
        start = i + 1;
      }
    }
    out.add(list.substring(start));
    return out;
  }

  private static String abbreviate(String s) {
    String one = s.strip().replaceAll("\\s+", " ");
    return one.length() > 40 ? one.substring(0, 40) : one;
  }
}
