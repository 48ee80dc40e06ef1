package io.cartomaps.bundle;

import io.cartomaps.json.Json;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts each SQL parameter's current value (what a viewer sees before touching a control) into the
 * {@code {{name}}} placeholders of query sources, so a preview draws and counts the rows a viewer
 * first sees. Category values become a parenthesised list for {@code IN {{name}}} (an empty
 * selection means every value, as in Builder), numbers stay numbers, dates and text become quoted
 * literals.
 */
public final class SqlParameterDefaults {

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");

  private SqlParameterDefaults() {}

  /**
   * Replaces the placeholders of every query dataset of {@code bundle} in place; unknown names stay
   * as written.
   */
  public static void apply(ObjectNode bundle) {
    Map<String, String> values = values(BundleView.config(bundle));
    if (values.isEmpty()) {
      return;
    }
    for (ObjectNode d : BundleView.datasets(bundle)) {
      String source = Json.text(d, "source");
      if ("query".equals(Json.text(d, "type")) && source != null && source.contains("{{")) {
        d.put("source", substitute(source, values));
      }
    }
  }

  /**
   * {@link #apply} for a map saved in CARTO, whose query sources are stored in the provider's own
   * parameter syntax ({@code @p}, {@code $1}, {@code :p}) next to the {@code {{p}}} form in {@code
   * queryTemplate}: the template becomes the source before the values go in.
   */
  public static void applyToSaved(ObjectNode bundle) {
    for (ObjectNode d : BundleView.datasets(bundle)) {
      String template = Json.text(d, "queryTemplate");
      if ("query".equals(Json.text(d, "type")) && template != null && template.contains("{{")) {
        d.put("source", template);
      }
    }
    apply(bundle);
  }

  static String substitute(String sql, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** sqlName → SQL literal for each parameter of {@code config.sqlParameters}. */
  static Map<String, String> values(JsonNode config) {
    Map<String, String> out = new LinkedHashMap<>();
    JsonNode params = config == null ? null : config.get("sqlParameters");
    if (params == null || !params.isArray()) {
      return out;
    }
    for (JsonNode p : params) {
      String type = Json.text(p, "type");
      if (type == null) {
        continue;
      }
      switch (type) {
        case "Category" -> {
          JsonNode item = p.path("item");
          JsonNode chosen = item.path("value");
          JsonNode list = chosen.isArray() && !chosen.isEmpty() ? chosen : p.path("values");
          if (item.has("sqlName") && list.isArray()) {
            out.put(item.get("sqlName").asString(), list(list.valueStream().toList()));
          }
        }
        case "Numeric" -> bound(p.path("item"), out);
        case "DateRange", "NumericRange" -> {
          bound(p.path("start"), out);
          bound(p.path("end"), out);
        }
        default -> {}
      }
    }
    return out;
  }

  private static void bound(JsonNode item, Map<String, String> out) {
    JsonNode name = item.get("sqlName");
    JsonNode value = item.get("value");
    if (name != null && name.isString() && value != null && !value.isNull()) {
      out.put(name.asString(), literal(value));
    }
  }

  private static String list(List<JsonNode> values) {
    if (values.isEmpty()) {
      return "(NULL)";
    }
    StringBuilder b = new StringBuilder("(");
    for (JsonNode v : values) {
      if (b.length() > 1) {
        b.append(", ");
      }
      b.append(literal(v));
    }
    return b.append(')').toString();
  }

  private static String literal(JsonNode v) {
    if (v.isNumber()) {
      BigDecimal d = v.decimalValue().stripTrailingZeros();
      return (d.scale() < 0 ? d.setScale(0) : d).toPlainString();
    }
    return "'" + v.asString().replace("'", "''") + "'";
  }
}
