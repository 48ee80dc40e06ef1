package io.cartomaps.backend.cloud;

import io.cartomaps.backend.SourceKind;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The SQL this program runs in a warehouse through CARTO's SQL API: zero-row probes and one-row
 * table statistics. Table names are quoted per provider the way CARTO's QGIS plugin does it, and
 * refused when they contain anything but name characters and dots (they are interpolated into SQL).
 */
final class WarehouseSql {

  private static final Pattern FQN =
      Pattern.compile("[A-Za-z0-9_$\\-]+(\\.[A-Za-z0-9_$\\-]+){0,3}");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,127}");

  private WarehouseSql() {}

  /**
   * Whether {@code name} is a plain (possibly dotted) table name; quotes and backticks are ignored.
   */
  static boolean isTableName(String name) {
    return name != null && FQN.matcher(unquote(name)).matches();
  }

  static boolean isIdentifier(String name) {
    return name != null && IDENTIFIER.matcher(name).matches();
  }

  /**
   * Zero-row probe: {@code SELECT * FROM (<q>) AS _probe WHERE 1=0} for a query (trailing
   * semicolons dropped; line breaks keep a trailing comment from swallowing the wrapper), {@code
   * SELECT * FROM <fqn> WHERE 1=0} for a table.
   */
  static String probe(SourceKind kind, String source, String provider) {
    if (kind == SourceKind.query) {
      String q = source.strip();
      while (q.endsWith(";")) {
        q = q.substring(0, q.length() - 1).strip();
      }
      return "SELECT * FROM (\n" + q + "\n) AS _probe WHERE 1=0";
    }
    return "SELECT * FROM " + quote(source, provider) + " WHERE 1=0";
  }

  /**
   * Row count, and where the provider has the functions, extent ({@code xmin, ymin, xmax, ymax})
   * and one geometry type ({@code geom_type}) of {@code geoColumn}.
   */
  static String stats(String table, String provider, String geoColumn) {
    return statsFrom(quote(table, provider), provider, geoColumn);
  }

  /** {@link #stats} over any FROM item (a quoted table, or a query as a subquery with an alias). */
  static String statsFrom(String t, String provider, String geoColumn) {
    String p = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
    if (geoColumn == null || !isIdentifier(geoColumn)) {
      return "SELECT COUNT(*) AS row_count FROM " + t;
    }
    String g = geoColumn;
    return switch (p) {
      case "bigquery", "carto_dw" ->
          "SELECT n AS row_count, e.xmin AS xmin, e.ymin AS ymin, e.xmax AS xmax, "
              + "e.ymax AS ymax, gt AS geom_type FROM (SELECT COUNT(*) AS n, ST_EXTENT(`"
              + g
              + "`) AS e, "
              + "ANY_VALUE(ST_GEOMETRYTYPE(`"
              + g
              + "`)) AS gt FROM "
              + t
              + ")";
      case "postgres", "postgresql" ->
          "SELECT n AS row_count, ST_XMin(e) AS xmin, ST_YMin(e) AS ymin, "
              + "ST_XMax(e) AS xmax, ST_YMax(e) AS ymax, gt AS geom_type FROM (SELECT COUNT(*) AS n, ST_Extent(\""
              + g
              + "\") AS e, MIN(GeometryType(\""
              + g
              + "\")) AS gt FROM "
              + t
              + ") s";
      case "snowflake" ->
          "SELECT n AS row_count, ST_XMIN(c) AS xmin, ST_YMIN(c) AS ymin, ST_XMAX(c) AS xmax, "
              + "ST_YMAX(c) AS ymax FROM (SELECT COUNT(*) AS n, ST_COLLECT("
              + g
              + ") AS c FROM "
              + t
              + ")";
      default -> "SELECT COUNT(*) AS row_count FROM " + t;
    };
  }

  /**
   * Quotes a fully qualified name for a provider (BigQuery backticks, Databricks per part, Postgres
   * database).
   */
  static String quote(String fqn, String provider) {
    String name = unquote(fqn);
    String p = provider == null ? "" : provider.toLowerCase(Locale.ROOT);
    return switch (p) {
      case "bigquery", "carto_dw" -> "`" + name + "`";
      case "databricks", "databricksrest" -> "`" + String.join("`.`", name.split("\\.")) + "`";
      case "postgres", "postgresql", "redshift" -> {
        String[] parts = name.split("\\.");
        yield parts.length == 3 ? "\"" + parts[0] + "\"." + parts[1] + "." + parts[2] : name;
      }
      default -> name;
    };
  }

  private static String unquote(String name) {
    return name.strip().replace("`", "").replace("\"", "");
  }
}
