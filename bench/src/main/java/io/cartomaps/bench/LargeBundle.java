package io.cartomaps.bench;

import io.cartomaps.json.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A large, valid, deterministic bundle for benchmarks: 20 datasets (tables, h3/quadbin queries with
 * SQL parameters, tilesets, a raster), 44 layers, 32 widgets of every kind, 18 SQL parameters,
 * popups on every pickable layer and a layer grouping — the size of a busy real map, written the
 * way Builder saves one.
 */
public final class LargeBundle {

  public static final int DATASETS = 20;
  private static final String CONNECTION = "00000000-0000-0000-0000-000000000001";

  private LargeBundle() {}

  /** The bundle as pretty-printed JSON text. */
  public static String json() {
    return Json.pretty(tree());
  }

  public static ObjectNode tree() {
    ObjectNode root = Json.object();
    root.put("title", "City operations overview");
    root.put(
        "description", "## Operations\nEverything the city tracks, by district and by H3 cell.");
    root.putObject("privacy").put("privacy", "shared").put("sharingScope", "organization");
    root.put("collaborative", true);
    root.putArray("tags").add("operations").add("benchmark");
    ArrayNode datasets = root.putArray("datasets");
    for (int i = 0; i < DATASETS; i++) {
      datasets.add(dataset(i));
    }
    ObjectNode kepler = root.putObject("keplerMapConfig");
    kepler.put("version", "v1");
    ObjectNode config = kepler.putObject("config");
    config
        .putObject("mapState")
        .put("latitude", 40.71)
        .put("longitude", -73.95)
        .put("zoom", 10)
        .put("pitch", 0)
        .put("bearing", 0)
        .put("dragRotate", false)
        .put("isSplit", false);
    config.putObject("basemapConfig").put("styleId", "voyager");
    config.putObject("mapStyle").put("styleType", "voyager");
    config
        .putObject("uiState")
        .put("commentsVisible", true)
        .put("controlsPaneOpen", false)
        .put("descriptionOpen", false)
        .put("descriptionPreview", false);
    ObjectNode filters = config.putObject("filters");
    for (int i = 0; i < DATASETS; i++) {
      filters.putObject("$ref:" + ref(i));
    }
    config.putNull("spatialFilter");
    ObjectNode visState = config.putObject("visState");
    ArrayNode layers = visState.putArray("layers");
    ObjectNode popups = config.putObject("popupSettings").putObject("layers");
    int layerCount = 0;
    for (int i = 0; i < DATASETS; i++) {
      int perDataset = i < 4 ? 3 : 2;
      for (int k = 0; k < perDataset; k++) {
        String id = "L" + layerCount++;
        layers.add(layer(id, i, k));
        if (!kind(i).equals("raster")) {
          popups.set(id, popup(i));
        }
      }
    }
    visState.putArray("filters");
    visState.put("layerBlending", "normal");
    visState.putArray("splitMaps");
    visState.putObject("animationConfig").putNull("currentTime").put("speed", 1);
    ObjectNode interaction = visState.putObject("interactionConfig");
    interaction
        .putObject("tooltip")
        .put("enabled", true)
        .put("compareMode", false)
        .put("compareType", "absolute");
    interaction.putObject("brush").put("enabled", false).put("size", 0.5);
    interaction.putObject("coordinate").put("enabled", false);
    interaction.putObject("geocoder").put("enabled", false);
    ArrayNode widgets = config.putArray("widgets");
    for (int w = 0; w < 32; w++) {
      widgets.add(widget(w));
    }
    ArrayNode params = config.putArray("sqlParameters");
    for (int i = 0; i < DATASETS; i++) {
      if (kind(i).equals("h3") || kind(i).equals("quadbin")) {
        params.add(dateRange(i));
        params.add(category(i));
      }
    }
    config
        .putObject("mapSettings")
        .put("sqlParameterControls", true)
        .put("reorderLayers", true)
        .put("basemapsSelector", true)
        .put("scrollWheelZoom", true)
        .put("measurementUnit", "kilometers");
    ArrayNode grouping = config.putArray("layerGrouping");
    for (int g = 0; g < 4; g++) {
      ObjectNode group =
          grouping
              .addObject()
              .put("type", "group")
              .put("id", "g" + g)
              .put("name", "Group " + g)
              .put("isCollapsed", false)
              .put("isVisible", true);
      ArrayNode children = group.putArray("children");
      for (int l = g * 10; l < g * 10 + 10; l++) {
        children.addObject().put("type", "layer").put("layerId", "L" + l);
      }
    }
    for (int l = 40; l < layerCount; l++) {
      grouping.addObject().put("type", "layer").put("layerId", "L" + l);
    }
    ObjectNode agent = root.putObject("agent").put("enabledForViewer", true).putObject("config");
    agent.put("model", "carto::openai::gpt-4.1");
    agent.putArray("tools");
    agent.putObject("capabilities").put("querySources", true);
    agent.put("useCase", "Answer questions about city operations.");
    agent.put("instructions", "# Behaviour\nBe concise.");
    agent
        .putObject("introduction")
        .put("welcome", "Ask me about the city.")
        .putArray("starters")
        .add("Where?");
    return root;
  }

  /** 0–7 tables, 8–13 h3 queries, 14–16 quadbin queries, 17–18 tilesets, 19 raster. */
  static String kind(int i) {
    if (i < 8) {
      return "table";
    }
    if (i < 14) {
      return "h3";
    }
    if (i < 17) {
      return "quadbin";
    }
    return i < 19 ? "tileset" : "raster";
  }

  static String ref(int i) {
    return "ds" + i;
  }

  private static ObjectNode dataset(int i) {
    String kind = kind(i);
    ObjectNode d = Json.object().put("$ref", ref(i));
    ArrayNode columns =
        Json.array().add("geom").add("name").add("value").add("category").add("day");
    switch (kind) {
      case "table" ->
          d.put("type", "table")
              .put("source", "proj.city.table_" + i)
              .put("geoColumn", "geom")
              .put("uniqueIdProperty", "name");
      case "h3", "quadbin" ->
          d.put("type", "query")
              .put(
                  "source",
                  "SELECT geom, name, value, category, day FROM `proj.city.events_"
                      + i
                      + "` WHERE day >= "
                      + "{{from_"
                      + i
                      + "}} AND day <= {{to_"
                      + i
                      + "}} AND category IN {{cat_"
                      + i
                      + "}}")
              .putNull("queryTemplate")
              .putNull("queryParameters")
              .put("geoColumn", kind + ":geom")
              .put("aggregationExp", "sum(value) as value_sum, count(*) as n")
              .put("aggregationResLevel", kind.equals("h3") ? 5 : 7)
              .put("geomType", "point");
      case "tileset" ->
          d.put("type", "tileset").put("source", "proj.city.tiles_" + i).putNull("geoColumn");
      default -> d.put("type", "raster").put("source", "proj.city.dem").putNull("geoColumn");
    }
    d.put("connectionId", CONNECTION);
    d.set("columns", kind.equals("raster") ? Json.array().add("band_1") : columns);
    d.put("format", kind.equals("raster") ? "raster" : "tilejson");
    d.put("label", "Dataset " + i);
    return d;
  }

  private static ObjectNode layer(String id, int i, int k) {
    String kind = kind(i);
    String type =
        switch (kind) {
          case "table", "tileset" -> "tileset";
          case "quadbin" -> k == 0 ? "quadbin" : "clusterTile";
          default -> kind;
        };
    ObjectNode layer = Json.object().put("id", id).put("type", type);
    ObjectNode config =
        layer.putObject("config").put("dataId", "$ref:" + ref(i)).put("label", "Layer " + id);
    config.putArray("color").add(200).add(60).add(40);
    config.put("isVisible", true).put("hidden", false).putObject("columns");
    ObjectNode label = config.putArray("textLabel").addObject();
    label.set(
        "field",
        k == 1 && kind.equals("table")
            ? Json.object().put("name", "name").put("type", "string")
            : null);
    label.put("size", 12).put("anchor", "start").put("alignment", "center");
    ObjectNode vis =
        config
            .putObject("visConfig")
            .put("filled", true)
            .put("opacity", 0.8)
            .put("radius", 4)
            .put("thickness", 1);
    vis.putArray("strokeColor").add(255).add(255).add(255);
    vis.set("initialStrokeColor", vis.get("strokeColor").deepCopy());
    if (kind.equals("table") && k == 2) {
      vis.put("radiusScaleWithZoom", true).put("radiusReferenceZoom", 12);
    }
    ObjectNode colorRange =
        vis.putObject("colorRange")
            .put("name", "SunsetDark")
            .put("type", "sequential")
            .put("category", "CARTO");
    ArrayNode colors = colorRange.putArray("colors");
    for (String c :
        new String[] {
          "#fcde9c", "#faa476", "#f0746e", "#e34f6f", "#dc3977", "#b9257a", "#7c1d6f"
        }) {
      colors.add(c);
    }
    ObjectNode channels = layer.putObject("visualChannels");
    if (kind.equals("raster")) {
      channels.putNull("colorField").put("colorScale", "quantize");
    } else if (kind.equals("h3") || kind.equals("quadbin")) {
      vis.put("colorAggregation", "sum");
      channels.putObject("colorField").put("name", "value").put("type", "integer");
      channels.put("colorScale", "quantile");
    } else {
      channels.putObject("colorField").put("name", "category").put("type", "string");
      channels.put("colorScale", "ordinal");
    }
    return layer;
  }

  private static ObjectNode popup(int i) {
    boolean cells = kind(i).equals("h3") || kind(i).equals("quadbin");
    ObjectNode popup = Json.object().put("enabled", true);
    ArrayNode hover =
        popup.putObject("hover").put("style", "dark").put("templateMode", false).putArray("fields");
    ObjectNode f =
        hover.addObject().put("name", "value").put("customName", "Value").put("format", ",.0f");
    if (cells) {
      f.put("spatialIndexAggregation", "sum");
      hover.addObject().put("name", "category").put("spatialIndexAggregation", "mode");
    } else {
      hover.addObject().put("name", "name");
    }
    ObjectNode click =
        popup
            .putObject("click")
            .put("style", "light")
            .put("templateMode", true)
            .put("template", "<b>{{name}}</b> — {{value" + (cells ? "_sum" : "") + "}}");
    ArrayNode clickFields = click.putArray("fields");
    clickFields
        .addObject()
        .put("name", "name")
        .put("spatialIndexAggregation", cells ? "mode" : null);
    ObjectNode value = clickFields.addObject().put("name", "value");
    if (cells) {
      value.put("spatialIndexAggregation", "sum");
    } else {
      ((ObjectNode) clickFields.get(0)).remove("spatialIndexAggregation");
    }
    return popup;
  }

  private static ObjectNode widget(int w) {
    String[] kinds = {
      "formula", "category", "pie", "histogram", "range", "timeseries", "table", "formula"
    };
    String kind = kinds[w % kinds.length];
    int i = w % 16;
    boolean cells = kind(i).equals("h3") || kind(i).equals("quadbin");
    ObjectNode widget =
        Json.object()
            .put("id", "w" + w)
            .put("type", kind)
            .put("title", "Widget " + w)
            .put("dataSource", "$ref:" + ref(i))
            .put("isValid", true)
            .put("global", false);
    switch (kind) {
      case "formula" -> widget.put("column", "value").put("operation", w % 2 == 0 ? "sum" : "avg");
      case "category", "pie" ->
          widget
              .put("column", "category")
              .put("operation", "count")
              .put("operationColumn", "category");
      case "histogram" ->
          widget.put("column", "value").put("operation", "count").put("buckets", 20);
      case "range" -> widget.put("column", "value").put("operation", "count");
      case "timeseries" ->
          widget
              .put("column", "day")
              .put("operation", "count")
              .put("operationColumn", "day")
              .put("stepSize", "day")
              .put("chartType", "line")
              .put("showControls", false);
      default ->
          widget.putArray("columns").addObject().put("field", "name").put("headerName", "Name");
    }
    if (cells && !kind.equals("table")) {
      widget.put(
          "spatialIndexAggregation",
          kind.equals("category") || kind.equals("pie") ? "mode" : "sum");
    }
    if (w % 5 == 0 && !kind.equals("table")) {
      widget
          .putArray("crossFilteringDataSourceIds")
          .add("$ref:" + ref(i))
          .add("$ref:" + ref((i + 1) % 16));
    }
    return widget;
  }

  private static ObjectNode dateRange(int i) {
    ObjectNode p =
        Json.object().put("id", "d" + i).put("name", "Dates " + i).put("type", "DateRange");
    p.putObject("start").put("value", "2024-01-01").put("sqlName", "from_" + i);
    p.putObject("end").put("value", "2024-12-31").put("sqlName", "to_" + i);
    p.putArray("dataSources").addObject().put("id", "$ref:" + ref(i)).put("name", "Dataset " + i);
    return p;
  }

  private static ObjectNode category(int i) {
    ObjectNode p =
        Json.object().put("id", "c" + i).put("name", "Category " + i).put("type", "Category");
    ArrayNode values = p.putArray("values");
    ArrayNode selected = Json.array();
    for (int v = 0; v < 50; v++) {
      values.add("category " + v);
      selected.add("category " + v);
    }
    p.putObject("item").put("sqlName", "cat_" + i).set("value", selected);
    p.put("selectionMode", "multi");
    p.putArray("dataSources").addObject().put("id", "$ref:" + ref(i)).put("name", "Dataset " + i);
    return p;
  }
}
