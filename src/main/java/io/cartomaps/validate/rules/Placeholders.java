package io.cartomaps.validate.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finds {@code {{name}}} placeholders in popup templates and SQL sources, in one linear pass (a
 * regex with nested lazy quantifiers can take quadratic time on hostile text).
 */
final class Placeholders {

  private Placeholders() {}

  /** Each distinct placeholder name (trimmed) with the character offset of its first occurrence. */
  static Map<String, Integer> in(String text) {
    Map<String, Integer> names = new LinkedHashMap<>();
    int from = 0;
    while (true) {
      int open = text.indexOf("{{", from);
      if (open < 0) {
        return names;
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        return names;
      }
      String inner = text.substring(open + 2, close);
      int nested = inner.lastIndexOf("{{");
      if (nested >= 0) {
        from = open + 2 + nested;
        continue;
      }
      String name = inner.strip();
      if (!name.isEmpty() && inner.indexOf('{') < 0 && inner.indexOf('}') < 0) {
        names.putIfAbsent(name, open);
      }
      from = close + 2;
    }
  }
}
