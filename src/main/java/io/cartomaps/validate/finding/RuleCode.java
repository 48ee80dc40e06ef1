package io.cartomaps.validate.finding;

import static io.cartomaps.validate.finding.Severity.error;
import static io.cartomaps.validate.finding.Severity.warning;

/**
 * Every code Tier-1 validation can report besides the schema's own {@code SCHEMA_*} codes: its
 * severity, the rule of the CARTO reference it comes from, and what it means. Rules can only emit
 * codes listed here, and {@code docs/validation.md} is generated from this list, so the
 * documentation cannot drift from the code.
 */
public enum RuleCode {

  // The document as a whole
  BUNDLE_NOT_OBJECT(
      error, "input", "The input is valid JSON but not an object; a bundle is a JSON object."),
  INPUT_UNREADABLE(
      error,
      "input",
      "The input could not be read or parsed (missing file, malformed JSON, too large or too deep)."),
  TOO_MANY_FINDINGS(
      warning,
      "input",
      "More findings than a report carries; fix the first ones and validate again."),
  RULE_FAILED(
      warning, "input", "A rule could not finish on this input; the other rules still ran."),
  KEPLER_VERSION_INVALID(error, "§1.3", "`keplerMapConfig.version` must be \"v1\"."),

  // R1, R2: layer and dataset kinds
  LAYER_TYPE_LEGACY(
      error,
      "R1",
      "Legacy document-mode layer type (point, geojson, hexagon, …); create and update reject it."),
  LAYER_TYPE_UNKNOWN(
      warning,
      "R1",
      "Layer type `unknown` only survives a round trip of a legacy map; Builder cannot edit it."),
  DATASET_FORMAT_LEGACY(
      warning,
      "R2",
      "Legacy dataset format, kept for round trips; new datasets use `tilejson` (or `raster`)."),
  DATASET_FORMAT_MISMATCH(
      error,
      "R2",
      "Dataset `format` does not fit its `type`: raster datasets use `raster`, the others `tilejson`."),
  LAYER_DATASET_INCOMPATIBLE(
      error,
      "§1.4",
      "The layer type cannot draw this dataset type (table/query → tileset, h3, quadbin, heatmapTile, clusterTile; "
          + "tileset → tileset; raster → raster)."),
  LAYER_NEEDS_SPATIAL_INDEX(
      error,
      "§2.4",
      "An h3 or quadbin layer needs a dataset whose `geoColumn` is `h3:<col>` or `quadbin:<col>` of the same kind."),

  // R3 and identities
  UNRESOLVED_REF(
      error,
      "R3",
      "Dangling data reference: a `dataId`, widget `dataSource`, SQL parameter data source or cross-filtering id "
          + "names no dataset."),
  DUPLICATE_DATASET_REF(error, "§1.4", "Two datasets declare the same `$ref` or `id`."),
  DATASET_WITHOUT_IDENTITY(
      error,
      "§1.4",
      "A dataset has neither `$ref` (new dataset) nor `id` (existing dataset), so nothing can reference it."),
  DUPLICATE_LAYER_ID(
      error,
      "§2.3",
      "Two layers share an `id`; popups, split maps and grouping address layers by id."),

  // R4 – R7: spatial-index datasets
  AGGREGATION_RES_LEVEL_OUT_OF_RANGE(
      error, "R4", "`aggregationResLevel` outside h3 [1,6] or quadbin [1,9]."),
  AGGREGATION_EXP_MISSING(
      warning,
      "R5",
      "A dynamically binned h3/quadbin dataset has no `aggregationExp`; create composes one on BigQuery, Snowflake, "
          + "Postgres, Redshift and Databricks, and fails elsewhere."),
  AGGREGATION_EXP_MISSING_COLUMN(
      warning,
      "R5",
      "A layer colours or sizes by a column that the dataset's `aggregationExp` never aggregates."),
  AGGREGATION_VALUE_PLACEHOLDER(
      warning,
      "R5",
      "`1 AS __aggregationValue` in `aggregationExp` makes Builder's /stats calls fail."),
  SPATIAL_INDEX_ON_ORACLE(
      error, "R6", "h3/quadbin aggregation is not supported on Oracle connections."),
  DYNAMIC_BINNING_NON_POINT(
      error,
      "R7",
      "Dynamic h3/quadbin binning needs POINT geometries, but the dataset declares another `geomType`."),

  // R8: basemap
  BASEMAP_MISMATCH(
      error,
      "R8",
      "`basemapConfig.styleId` and `mapStyle.styleType` differ; they must name the same basemap."),
  BASEMAP_MIRROR_MISSING(
      warning,
      "R8",
      "Only one of `basemapConfig.styleId` / `mapStyle.styleType` is set; viewers and screenshots read `mapStyle`."),
  BASEMAP_STYLE_NEAR_MISS(
      error,
      "R8",
      "Basemap id is a misspelling of a known id (e.g. `darkmatter` → `dark-matter`)."),
  BASEMAP_STYLE_UNKNOWN(
      warning,
      "R8",
      "Basemap id is neither a known id nor a declared custom basemap; Builder falls back to positron."),
  BASEMAP_TYPE_PRESENT(
      warning,
      "§1.3",
      "`basemapConfig.type` is not part of the persisted shape and breaks Builder."),

  // R9 – R13: widgets
  MISPLACED_UNDER_VISSTATE(
      error,
      "R9",
      "`widgets`, `sqlParameters`, `popupSettings`, `layerGrouping`, `mapSettings` or `legendSettings` sit under "
          + "`visState`; move them up one level."),
  WIDGET_MISSING_FIELD(
      error,
      "R10–R12",
      "A widget lacks a field its type requires (e.g. histogram `buckets`, category `operationColumn`, `dataSource`)."),
  WIDGET_FIELD_INVALID(
      error,
      "R10",
      "A widget field has a value Builder cannot use (e.g. `buckets` not a positive integer, `stepSize: quarter`)."),
  WIDGET_NOT_VALID(error, "R12", "A widget without `isValid: true` is hidden by Builder."),
  WIDGET_TABLE_COLUMNS_NOT_OBJECTS(
      error, "R12", "Table widget `columns` items must be objects `{\"field\": …}`, not strings."),
  WIDGET_OPERATION_LONG_FORM(
      error,
      "R13",
      "Widget operations use the short forms `avg`, `min`, `max` (the long forms break filtering)."),
  WIDGET_DATASOURCE_OBJECT(
      warning,
      "§1.5",
      "Widget `dataSource` is an object; it must be the plain string `$ref:<name>` or dataset id."),
  WIDGET_CROSSFILTER_WITHOUT_OWN_SOURCE(
      warning, "§2.5", "`crossFilteringDataSourceIds` must include the widget's own `dataSource`."),
  WIDGET_MISSING_SPATIAL_INDEX_AGGREGATION(
      warning, "§2.5", "A widget over an h3/quadbin source lacks `spatialIndexAggregation`."),
  TILESET_OR_RASTER_WITHOUT_LAYER(
      warning,
      "§2.5",
      "A viewport widget over a tileset/raster dataset that no layer draws shows nothing; set `global: true` or add "
          + "a layer."),

  // R14 – R17: popups
  POPUP_UNKNOWN_LAYER(error, "§1.5", "A `popupSettings.layers` key is not the id of a layer."),
  POPUP_HOVER_TOO_MANY_FIELDS(error, "R14", "A hover popup lists more than 5 fields."),
  POPUP_ON_HEATMAP(error, "R15", "heatmapTile layers are not pickable and cannot have popups."),
  POPUP_LEGACY_SHAPE(
      error,
      "R16",
      "Legacy popup shape (`items[]`, `field`, `label`); the renderer reads only `fields[]` with `name`."),
  POPUP_PANEL_ON_HOVER(error, "R17", "Popup style `panel` is only valid on `click`."),
  POPUP_TEMPLATE_FIELD_MISSING(
      error, "§2.7", "A `{{column}}` in a popup template is not listed in that popup's `fields`."),
  POPUP_MISSING_SPATIAL_INDEX_AGGREGATION(
      warning,
      "§2.7",
      "A popup field on an h3/quadbin/clusterTile layer lacks `spatialIndexAggregation`."),

  // R18, R19, R23: layer styling
  CUSTOM_MARKERS_WITHOUT_FIELD(
      error,
      "R18",
      "`customMarkers` with a populated `markerMap` needs `visualChannels.customMarkersField`."),
  CUSTOM_MARKER_ENTRY_INVALID(
      error, "R18", "A `markerMap` entry must set exactly one of `markerId` / `markerUrl`."),
  ORDINAL_SCALE_ON_NUMERIC(
      warning,
      "R19",
      "An `ordinal` colour/stroke/size scale on a numeric field breaks on the first edit in Builder."),
  RADIUS_SCALE_WITHOUT_RADIUS(
      error, "R23", "`radiusScaleWithZoom: true` without a `radius` renders zero-pixel points."),
  RADIUS_SCALE_WITH_RADIUS_FIELD(
      error,
      "R23",
      "`radiusScaleWithZoom: true` together with `visualChannels.radiusField`: the two radius modes exclude each "
          + "other."),

  // R20: split maps
  SPLIT_MAPS_TOO_MANY(error, "R20", "`visState.splitMaps` has more than 2 entries."),
  SPLIT_MAP_LAYER_MISSING(error, "R20", "A layer id is missing from one side of a split map."),
  SPLIT_MAP_UNKNOWN_LAYER(error, "R20", "A split-map key is not the id of a layer."),
  SPLIT_MAP_VALUE_NOT_BOOLEAN(error, "R20", "A split-map layer visibility is not a boolean."),
  SPLIT_STATE_MISMATCH(
      error, "R20", "`mapState.isSplit` must be true exactly when `splitMaps` has 2 entries."),

  // R21: layer grouping
  LAYER_GROUPING_UNKNOWN_LAYER(
      error, "R21", "A `layerGrouping` entry names a layer id that does not exist."),
  LAYER_GROUPING_DUPLICATE_LAYER(
      error, "R21", "A layer appears more than once in `layerGrouping`."),
  LAYER_GROUPING_DUPLICATE_GROUP_ID(error, "R21", "Two groups in `layerGrouping` share an `id`."),
  LAYER_GROUPING_NESTED_GROUP(
      error, "R21", "Groups cannot contain groups; `children` hold layers only."),

  // R22: SQL parameters
  SQL_NAME_INVALID(
      error, "R22", "A SQL parameter `sqlName` must match `^[a-zA-Z_][a-zA-Z0-9_]*$`."),
  SQL_NAME_DUPLICATE(error, "R22", "Two SQL parameters use the same `sqlName`."),
  SQL_PLACEHOLDER_UNDEFINED(
      error,
      "R22",
      "Invalid sql parameter placeholder: a `{{name}}` in a dataset source has no SQL parameter with that `sqlName`."),
  SQL_PARAMETER_CONTROLS_HIDDEN(
      warning,
      "§2.6",
      "The map has SQL parameters but `mapSettings.sqlParameterControls` is not true, so viewers see no controls."),
  SQL_CATEGORY_TOO_MANY_VALUES(
      error, "R22", "A Category parameter offers more than 1000 `values`."),
  SQL_SINGLE_SELECT_INVALID(
      error,
      "R22",
      "A single-select Category needs exactly one `item.value`, equal to a string `defaultValue` that is one of "
          + "`values`."),
  SQL_DATE_INVALID(error, "R22", "A DateRange bound is not an ISO date `YYYY-MM-DD`."),
  SQL_DATE_RANGE_REVERSED(error, "R22", "A DateRange ends before it starts."),

  // R24: agent
  AGENT_MODEL_INVALID(
      error,
      "R24",
      "`agent.config.model` must read `<source>::<provider>::<model>` with source `carto` or an account id `ac_…`."),
  AGENT_CONFIG_INCOMPLETE(
      error,
      "R24",
      "`agent.config` lacks part of its required tree (tools, capabilities.querySources, useCase, instructions, "
          + "introduction.welcome/starters)."),

  // Builder-runtime requirements the CARTO validator does not enforce
  UI_STATE_INCOMPLETE(
      warning,
      "blind spot",
      "`uiState` is missing, empty or lacks one of its 4 keys; Builder's loader crashes."),
  SPATIAL_FILTER_EMPTY_OBJECT(
      warning, "blind spot", "`spatialFilter: {}` crashes Builder; use `null`."),
  FILTERS_AS_ARRAY(
      warning,
      "blind spot",
      "`config.filters` is an array; Builder expects an object keyed by dataset id."),
  VIS_STATE_BOILERPLATE_MISSING(
      warning,
      "blind spot",
      "`visState` lacks a key Builder expects (animationConfig, filters, interactionConfig, layerBlending, layers, "
          + "splitMaps)."),
  PALETTE_UNKNOWN(
      error,
      "§2.3",
      "A `colorRange` gives only a `name` (create fills the colours) but it is not a CARTO palette."),
  LAYER_ORDER_STALE(
      warning,
      "blind spot",
      "`visState.layerOrder` lacks a layer or names one that no longer exists."),
  DESCRIPTION_NULL(
      warning, "blind spot", "`description: null` shows a placeholder; use \"\" for none."),
  DATASET_COLUMNS_NULL(
      warning,
      "blind spot",
      "`columns: null` passes validation but makes Builder fail; list the columns."),
  DATASET_COLUMNS_NOT_STRINGS(
      warning, "blind spot", "`columns` items must be plain column-name strings."),
  DATASET_COLUMN_MISSING(
      warning,
      "blind spot",
      "A column used by a layer, popup or widget is not in the dataset's `columns`, so tiles lack it."),
  UNIQUE_ID_PROPERTY_NOT_IN_COLUMNS(
      warning,
      "blind spot",
      "`uniqueIdProperty` is not one of `columns`; tile SQL fails server-side."),
  VIS_CONFIG_NULL_VALUE(
      warning,
      "blind spot",
      "`initialStrokeColor`, `initialFillColor`, `opacity`, `radius` or `thickness` is null; Builder's layer init "
          + "crashes."),
  LAYER_TEXT_LABEL_MISSING(
      warning,
      "blind spot",
      "Layer `config.textLabel` is missing; Builder flashes \"Cannot convert undefined or null to object\"."),
  LAYER_VISUAL_CHANNELS_MISSING(
      warning,
      "blind spot",
      "Layer `visualChannels` is missing; Builder flashes \"Cannot convert undefined or null to object\".");

  private final Severity severity;
  private final String rule;
  private final String meaning;

  RuleCode(Severity severity, String rule, String meaning) {
    this.severity = severity;
    this.rule = rule;
    this.meaning = meaning;
  }

  public Severity severity() {
    return severity;
  }

  /**
   * Where the rule comes from: a rule number (R1–R25) or section of the CARTO reference, or "blind
   * spot".
   */
  public String rule() {
    return rule;
  }

  /** One line saying what the code means. */
  public String meaning() {
    return meaning;
  }

  /** A finding with this code; the severity comes from the catalog, never from the caller. */
  public Finding at(String path, String message, String suggestion) {
    return new Finding(severity, name(), path, message, suggestion);
  }
}
