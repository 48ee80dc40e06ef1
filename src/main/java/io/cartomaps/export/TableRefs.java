package io.cartomaps.export;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tables a dataset's SQL query reads, as written after {@code FROM} and {@code JOIN} (quotes
 * and backticks removed). A heuristic, not a parser: it is there so "which maps read table X" also
 * finds maps whose datasets are queries; names of common table expressions are left out.
 */
final class TableRefs {

  private static final String PART = "(?:`[^`]+`|\"[^\"]+\"|\\[[^\\]]+\\]|[A-Za-z_][\\w$-]*)";
  private static final Pattern REF =
      Pattern.compile("(?i)\\b(?:from|join)\\s+(" + PART + "(?:\\s*\\.\\s*" + PART + ")*)");

  /** Functions whose arguments use FROM without naming a table. */
  private static final Pattern SQL_FUNCTIONS =
      Pattern.compile("(?i)\\b(?:extract|trim|substring|overlay|position)\\s*\\([^()]*\\)");

  private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
  private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
  private static final Pattern DOT = Pattern.compile("\\s*\\.\\s*");

  private static final Pattern CTE =
      Pattern.compile("(?i)(?:\\bwith|,)\\s*([A-Za-z_]\\w*)\\s+as\\s*\\(");

  private TableRefs() {}

  static Set<String> in(String sql) {
    Set<String> out = new LinkedHashSet<>();
    if (sql == null) {
      return out;
    }
    // Patterns compiled once: an export reads the SQL of every query dataset.
    String text = BLOCK_COMMENT.matcher(sql).replaceAll(" ");
    text = LINE_COMMENT.matcher(text).replaceAll(" ");
    text = SQL_FUNCTIONS.matcher(text).replaceAll(" ");
    Set<String> ctes = new LinkedHashSet<>();
    Matcher c = CTE.matcher(text);
    while (c.find()) {
      ctes.add(c.group(1).toLowerCase(Locale.ROOT));
    }
    Matcher m = REF.matcher(text);
    while (m.find()) {
      String name =
          DOT.matcher(m.group(1))
              .replaceAll(".")
              .replace("`", "")
              .replace("\"", "")
              .replace("[", "")
              .replace("]", "");
      String lower = name.toLowerCase(Locale.ROOT);
      if (!ctes.contains(lower) && !lower.equals("unnest") && !lower.equals("lateral")) {
        out.add(name);
      }
    }
    return out;
  }
}
