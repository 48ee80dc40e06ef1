package io.cartomaps.export;

import static io.cartomaps.export.ColumnType.BIGINT;
import static io.cartomaps.export.ColumnType.BOOLEAN;
import static io.cartomaps.export.ColumnType.DOUBLE;
import static io.cartomaps.export.ColumnType.JSON;
import static io.cartomaps.export.ColumnType.TIMESTAMP;

import java.util.List;

/**
 * The tables of an exported estate (docs/export.md describes each). Child tables carry {@code
 * map_id}; a map's rows are replaced together when it changes (dlt's delete-insert merge on the
 * primary key).
 */
final class EstateSchema {

  static final TableSpec MAPS =
      TableSpec.named("maps")
          .text("map_id", "profile", "title", "description", "privacy", "sharing_scope")
          .col("collaborative", BOOLEAN)
          .col("tags", JSON)
          .text("owner_id")
          .col("created_at", TIMESTAMP)
          .col("updated_at", TIMESTAMP)
          .col("last_published_at", TIMESTAMP)
          .col("never_published", BOOLEAN)
          .col("viewers_see_older", BOOLEAN)
          .text("builder_url", "viewer_url", "public_url")
          .col("center_lat", DOUBLE)
          .col("center_lon", DOUBLE)
          .col("zoom", DOUBLE)
          .col("dataset_count", BIGINT)
          .col("layer_count", BIGINT)
          .col("widget_count", BIGINT)
          .col("error_count", BIGINT)
          .col("warning_count", BIGINT)
          .col("agent_enabled", BOOLEAN)
          .col("bundle", JSON)
          .key("map_id");

  static final TableSpec MAP_TAGS =
      TableSpec.named("map_tags").text("map_id", "tag").key("map_id", "tag");

  static final TableSpec DATASETS =
      TableSpec.named("datasets")
          .text("map_id", "dataset_id")
          .col("position", BIGINT)
          .text(
              "label",
              "kind",
              "source",
              "connection_id",
              "connection_name",
              "provider_id",
              "geo_column")
          .col("columns", JSON)
          .text("aggregation_exp")
          .col("aggregation_res_level", BIGINT)
          .key("map_id", "dataset_id");

  static final TableSpec LAYERS =
      TableSpec.named("layers")
          .text("map_id", "layer_id")
          .col("position", BIGINT)
          .text("type", "label", "dataset_id")
          .col("visible", BOOLEAN)
          .col("fields", JSON)
          .key("map_id", "layer_id");

  static final TableSpec WIDGETS =
      TableSpec.named("widgets")
          .text("map_id", "widget_id")
          .col("position", BIGINT)
          .text("type", "title", "dataset_id", "column_name", "operation")
          .key("map_id", "widget_id");

  static final TableSpec SQL_PARAMETERS =
      TableSpec.named("sql_parameters")
          .text("map_id", "parameter_id")
          .col("position", BIGINT)
          .text("name", "type")
          .col("sql_names", JSON)
          .col("dataset_ids", JSON)
          .key("map_id", "parameter_id");

  static final TableSpec POPUPS =
      TableSpec.named("popups")
          .text("map_id", "layer_id", "trigger")
          .col("enabled", BOOLEAN)
          .text("style")
          .col("fields", JSON)
          .key("map_id", "layer_id", "trigger");

  static final TableSpec FIELD_USES =
      TableSpec.named("field_uses")
          .text("map_id", "dataset_id", "field", "used_by", "used_by_id")
          .key("map_id", "dataset_id", "field", "used_by", "used_by_id");

  static final TableSpec FINDINGS =
      TableSpec.named("findings")
          .text("map_id", "tier", "severity", "code", "path", "message", "suggestion")
          .col("position", BIGINT)
          .key("map_id", "position");

  static final TableSpec DEPENDENCIES =
      TableSpec.named("dependencies")
          .text(
              "map_id",
              "dataset_id",
              "connection_id",
              "connection_name",
              "provider_id",
              "kind",
              "table_name")
          .key("map_id", "dataset_id", "table_name");

  static final TableSpec CONNECTIONS =
      TableSpec.named("connections")
          .text("profile", "connection_id", "name", "provider_id")
          .key("profile", "connection_id");

  static final TableSpec LOADS =
      TableSpec.named("_dlt_loads")
          .text("load_id", "schema_name")
          .col("status", BIGINT)
          .col("inserted_at", TIMESTAMP)
          .text("profile")
          .col("cursor_updated_at", TIMESTAMP)
          .col("full_refresh", BOOLEAN)
          .col("maps_listed", BIGINT)
          .col("maps_loaded", BIGINT)
          .col("maps_deleted", BIGINT)
          .key("load_id");

  /** The tables whose rows belong to one map, parent first. */
  static final List<TableSpec> MAP_TABLES =
      List.of(
          MAPS,
          MAP_TAGS,
          DATASETS,
          LAYERS,
          WIDGETS,
          SQL_PARAMETERS,
          POPUPS,
          FIELD_USES,
          FINDINGS,
          DEPENDENCIES);

  static final List<TableSpec> ALL =
      List.of(
          MAPS,
          MAP_TAGS,
          DATASETS,
          LAYERS,
          WIDGETS,
          SQL_PARAMETERS,
          POPUPS,
          FIELD_USES,
          FINDINGS,
          DEPENDENCIES,
          CONNECTIONS,
          LOADS);

  private EstateSchema() {}
}
