package io.cartomaps.backend.cloud;

import io.cartomaps.backend.Column;
import io.cartomaps.backend.DataProfile;
import io.cartomaps.backend.DataProfile.ValueCount;
import io.cartomaps.backend.ProfileStatements;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link DataProfile} of a warehouse source through CARTO's SQL API: the statements of {@link
 * ProfileStatements} over the source as a FROM item, names quoted for the provider. Each statement
 * is one SQL API call, bounded by the client's timeouts; at most {@code 2 + MAX_TOP_COLUMNS} calls.
 */
final class SourceStatistics {

  private SourceStatistics() {}

  /**
   * @param columns the source's columns (from its probe)
   * @param run runs one statement and answers the SQL API's JSON ({@code rows})
   */
  static DataProfile profile(
      SourceKind kind,
      String source,
      String provider,
      List<Column> columns,
      Function<String, JsonNode> run) {
    ProfileStatements statements =
        new ProfileStatements(
            from(kind, source, provider), columns, name -> quoteName(name, provider));
    ArrayNode aggregates = CartoRecords.items(run.apply(statements.aggregates()));
    Map<String, List<ValueCount>> top = new LinkedHashMap<>();
    for (Column c : statements.topColumns()) {
      List<ValueCount> values = new ArrayList<>();
      ArrayNode rows = CartoRecords.items(run.apply(statements.topValues(c)));
      if (rows != null) {
        rows.forEach(
            r -> {
              JsonNode row = lowerKeys(r);
              values.add(
                  new ValueCount(
                      ProfileStatements.value(row.get("top_value")), row.path("top_n").asLong()));
            });
      }
      top.put(c.name(), values);
    }
    ArrayNode sample = CartoRecords.items(run.apply(statements.sample()));
    List<ObjectNode> rows = new ArrayList<>();
    if (sample != null) {
      sample.forEach(
          r -> {
            if (r instanceof ObjectNode o) {
              rows.add(o);
            }
          });
    }
    JsonNode first = aggregates == null || aggregates.isEmpty() ? Json.object() : aggregates.get(0);
    return statements.assemble(source, lowerKeys(first), top, rows);
  }

  /** The source as a FROM item: the quoted table, or the query as a subquery. */
  static String from(SourceKind kind, String source, String provider) {
    if (kind == SourceKind.query) {
      String q = source.strip();
      while (q.endsWith(";")) {
        q = q.substring(0, q.length() - 1).strip();
      }
      return "(\n" + q + "\n) AS _src";
    }
    return WarehouseSql.quote(source, provider) + " AS _src";
  }

  /**
   * A column name quoted for the provider: backticks for BigQuery and Databricks, double quotes
   * elsewhere.
   */
  static String quoteName(String name, String provider) {
    String p = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
    return switch (p) {
      case "bigquery", "carto_dw", "databricks", "databricksrest" ->
          "`" + name.replace("`", "") + "`";
      default -> "\"" + name.replace("\"", "\"\"") + "\"";
    };
  }

  /** Snowflake answers unquoted aliases in upper case. */
  private static JsonNode lowerKeys(JsonNode row) {
    ObjectNode out = Json.object();
    row.properties().forEach(e -> out.set(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
    return out;
  }
}
