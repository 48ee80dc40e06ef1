package io.cartomaps.backend.cloud;

import java.util.Locale;

/**
 * The SQL differences between the warehouses a CARTO connection reaches, as far as widget
 * statements need them: quoting a column, a floating-point and an integer type, and truncating a
 * time to a step. Each form is one the warehouse documents (BigQuery {@code TIMESTAMP_TRUNC}, the
 * others {@code DATE_TRUNC}).
 */
enum WarehouseDialect {
  BIGQUERY("FLOAT64", "INT64"),
  SNOWFLAKE("DOUBLE", "INTEGER"),
  REDSHIFT("DOUBLE PRECISION", "INTEGER"),
  POSTGRES("DOUBLE PRECISION", "INTEGER"),
  DATABRICKS("DOUBLE", "INT");

  private final String doubleType;
  private final String intType;

  WarehouseDialect(String doubleType, String intType) {
    this.doubleType = doubleType;
    this.intType = intType;
  }

  /**
   * The dialect of a connection's {@code provider_id}, or null for a provider without one here
   * (e.g. Oracle).
   */
  static WarehouseDialect of(String providerId) {
    String p = providerId == null ? "" : providerId.toLowerCase(Locale.ROOT);
    return switch (p) {
      case "bigquery", "carto_dw" -> BIGQUERY;
      case "snowflake" -> SNOWFLAKE;
      case "redshift" -> REDSHIFT;
      case "postgres", "postgresql" -> POSTGRES;
      case "databricks", "databricksrest" -> DATABRICKS;
      default -> null;
    };
  }

  /**
   * The provider id the shared quoting rules of {@link SourceStatistics} and {@link WarehouseSql}
   * know.
   */
  String providerId() {
    return switch (this) {
      case BIGQUERY -> "bigquery";
      case SNOWFLAKE -> "snowflake";
      case REDSHIFT -> "redshift";
      case POSTGRES -> "postgres";
      case DATABRICKS -> "databricks";
    };
  }

  String column(String name) {
    return SourceStatistics.quoteName(name, providerId());
  }

  String asDouble(String expression) {
    return "CAST(" + expression + " AS " + doubleType + ")";
  }

  String asInt(String expression) {
    return "CAST(" + expression + " AS " + intType + ")";
  }

  /**
   * {@code expression} truncated to the start of its {@code step} (second … year); weeks start on
   * Monday everywhere (BigQuery's {@code ISOWEEK}), as in the local engine.
   */
  String truncate(String step, String expression) {
    String unit = step.toUpperCase(Locale.ROOT);
    return switch (this) {
      case BIGQUERY ->
          "TIMESTAMP_TRUNC(CAST("
              + expression
              + " AS TIMESTAMP), "
              + (unit.equals("WEEK") ? "ISOWEEK" : unit)
              + ")";
      case REDSHIFT, POSTGRES ->
          "DATE_TRUNC('" + step.toLowerCase(Locale.ROOT) + "', " + expression + ")";
      case SNOWFLAKE, DATABRICKS -> "DATE_TRUNC('" + unit + "', " + expression + ")";
    };
  }
}
