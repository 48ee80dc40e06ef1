package io.cartomaps.render;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Small maps shaped like real bundles (keplerMapConfig v1, datasets with {@code $ref}/ids, CARTO
 * palettes), with deterministic rows around Madrid, for render tests and the benchmark.
 */
public final class TestMaps {

  public static final double LAT = 40.42;
  public static final double LNG = -3.70;

  static final String[] BOLD = {
    "#7F3C8D", "#11A579", "#3969AC", "#F2B701", "#E73F74", "#80BA5A", "#E68310", "#008695",
    "#CF1C90", "#f97b72", "#4b4b8f", "#A5AA99"
  };
  static final String[] SUNSET = {
    "#f3e79b", "#fac484", "#f8a07e", "#eb7f86", "#ce6693", "#a059a0", "#5c53a5"
  };
  static final String[] SUNSET_DARK = {
    "#fcde9c", "#faa476", "#f0746e", "#e34f6f", "#dc3977", "#b9257a", "#7c1d6f"
  };
  static final String[] EMRLD = {
    "#d3f2a3", "#97e196", "#6cc08b", "#4c9b82", "#217a79", "#105965", "#074050"
  };
  static final String[] PINK_YL = {
    "#fef6b5", "#ffdd9a", "#ffc285", "#ffa679", "#fa8a76", "#f16d7a", "#e15383"
  };
  static final String[] TEAL = {
    "#d1eeea", "#a8dbd9", "#85c4c9", "#68abb8", "#4f90a6", "#3b738f", "#2a5674"
  };

  private TestMaps() {}

  // ---- maps
  // -------------------------------------------------------------------------------------------------

  /** Points coloured by category (ordinal, Bold). */
  public static RenderInput points(String basemap, int count) {
    ObjectNode layer =
        layer(
            "L_points",
            "tileset",
            "$ref:shops",
            "Shops",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("radius", 4);
                  v.put("opacity", 0.9);
                  v.put("stroked", true);
                  v.put("thickness", 0.5);
                  v.set("strokeColor", rgb(255, 255, 255));
                  v.set("colorRange", range("Bold", "qualitative", BOLD));
                }));
    channel(layer, "colorField", field("kind", "string"), "colorScale", "ordinal");
    return map(
        "Shops by kind",
        "",
        basemap,
        10,
        List.of(layer),
        List.of(dataset("shops", "table", "geom", randomPoints(count, 11))));
  }

  /** Lines coloured by a numeric field (quantize, Sunset). */
  public static RenderInput lines() {
    ObjectNode layer =
        layer(
            "L_roads",
            "tileset",
            "$ref:roads",
            "Roads",
            vis(
                v -> {
                  v.put("filled", false);
                  v.put("stroked", true);
                  v.put("thickness", 3);
                  v.put("strokeOpacity", 1);
                  v.set("strokeColor", rgb(60, 60, 60));
                  v.set("strokeColorRange", range("Sunset", "sequential", SUNSET));
                }));
    channel(layer, "strokeColorField", field("speed", "integer"), "strokeColorScale", "quantize");
    return map(
        "Roads",
        "",
        "positron",
        10.5,
        List.of(layer),
        List.of(dataset("roads", "table", "geom", lineFeatures())));
  }

  /** A grid of polygons coloured by quantile (SunsetDark) with white outlines. */
  public static RenderInput polygons() {
    ObjectNode layer =
        layer(
            "L_areas",
            "tileset",
            "$ref:areas",
            "Districts",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.75);
                  v.put("stroked", true);
                  v.put("thickness", 1);
                  v.set("strokeColor", rgb(255, 255, 255));
                  v.set("colorRange", range("SunsetDark", "sequential", SUNSET_DARK));
                }));
    channel(layer, "colorField", field("density", "float"), "colorScale", "quantile");
    return map(
        "Districts",
        "",
        "positron",
        9.6,
        List.of(layer),
        List.of(dataset("areas", "table", "geom", polygonGrid())));
  }

  /** Polygons and points labelled from a column (textLabel). */
  public static RenderInput labelled() {
    RenderInput areas = polygons();
    ObjectNode polygonLayer =
        (ObjectNode) areas.config().get("visState").get("layers").get(0).deepCopy();
    ObjectNode label = (ObjectNode) polygonLayer.get("config").get("textLabel").get(0);
    label.set("field", field("name", "string"));
    label.put("size", 14);
    RenderInput points = points("positron", 12);
    ObjectNode pointLayer =
        (ObjectNode) points.config().get("visState").get("layers").get(0).deepCopy();
    ObjectNode pointLabel = (ObjectNode) pointLayer.get("config").get("textLabel").get(0);
    pointLabel.set("field", field("kind", "string"));
    List<JsonNode> datasets = new ArrayList<>(points.datasets());
    datasets.addAll(areas.datasets());
    return map("Labels", "", "positron", 10, List.of(pointLayer, polygonLayer), datasets);
  }

  /** Points binned on the fly into H3 cells (h3:geom), summed and coloured by quantize (Emrld). */
  public static RenderInput h3Dynamic(int pointCount) {
    ObjectNode layer =
        layer(
            "L_h3",
            "h3",
            "$ref:visits",
            "Visits per cell",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.8);
                  v.put("colorAggregation", "sum");
                  v.set("colorRange", range("Emrld", "sequential", EMRLD));
                }));
    channel(layer, "colorField", field("value", "integer"), "colorScale", "quantize");
    ObjectNode ds = dataset("visits", "query", "h3:geom", randomPoints(pointCount, 5));
    ds.put("aggregationResLevel", 4);
    return map("Visits", "", "positron", 10, List.of(layer), List.of(ds));
  }

  /** Pre-indexed H3 cells (h3:h3) from a test resource, coloured by quantile (PinkYl). */
  public static RenderInput h3Indexed() {
    ObjectNode layer =
        layer(
            "L_pop",
            "h3",
            "$ref:pop",
            "Population",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.85);
                  v.put("colorAggregation", "sum");
                  v.set("colorRange", range("PinkYl", "sequential", PINK_YL));
                }));
    channel(layer, "colorField", field("population", "integer"), "colorScale", "quantile");
    ObjectNode ds = dataset("pop", "table", "h3:h3", resource("/render/h3-cells-madrid.geojson"));
    return map("Population", "", "positron", 9.4, List.of(layer), List.of(ds));
  }

  /**
   * Points binned into quadbin cells (quadbin:geom), counted, coloured by quantize (Teal) on
   * dark-matter.
   */
  public static RenderInput quadbin() {
    ObjectNode layer =
        layer(
            "L_qb",
            "quadbin",
            "$ref:events",
            "Events",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.9);
                  v.put("colorAggregation", "count");
                  v.set("colorRange", range("Teal", "sequential", TEAL));
                }));
    channel(layer, "colorField", field("value", "integer"), "colorScale", "quantize");
    ObjectNode ds = dataset("events", "query", "quadbin:geom", randomPoints(1500, 3));
    ds.put("aggregationResLevel", 4);
    return map("Events", "", "dark-matter", 10, List.of(layer), List.of(ds));
  }

  /** A heatmap from quadbin-binned points. */
  public static RenderInput heatmap() {
    ObjectNode layer =
        layer(
            "L_heat",
            "heatmapTile",
            "$ref:events",
            "Heat",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.9);
                  v.put("radius", 20);
                  v.put("colorAggregation", "count");
                  v.put("weightAggregation", "average");
                  v.set("colorRange", range("Sunset", "sequential", SUNSET));
                }));
    ObjectNode ds = dataset("events", "query", "quadbin:geom", randomPoints(1500, 3));
    return map("Heat", "", "dark-matter", 10, List.of(layer), List.of(ds));
  }

  /** Clusters with counts. */
  public static RenderInput clusters() {
    ObjectNode layer =
        layer(
            "L_cluster",
            "clusterTile",
            "$ref:events",
            "Clusters",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.9);
                  v.put("isTextVisible", true);
                  v.put("clusterLevel", 5);
                  v.set("radiusRange", Json.array().add(12).add(40));
                  v.set("colorRange", range("Sunset", "sequential", SUNSET));
                }));
    ((ObjectNode) layer.get("config")).set("color", rgb(231, 63, 116));
    ObjectNode ds = dataset("events", "query", "quadbin:geom", randomPoints(2000, 4));
    return map("Clusters", "", "voyager", 10, List.of(layer), List.of(ds));
  }

  /** A world view (antimeridian, 110m) with a few points, on the given basemap. */
  public static RenderInput world(String basemap) {
    ObjectNode layer =
        layer(
            "L_cities",
            "tileset",
            "$ref:cities",
            "Cities",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("radius", 5);
                  v.put("opacity", 1);
                }));
    ((ObjectNode) layer.get("config")).set("color", rgb(231, 63, 116));
    ArrayNode features = Json.array();
    double[][] cities = {
      {-3.7, 40.42},
      {139.69, 35.69},
      {-74.0, 40.71},
      {151.21, -33.87},
      {-58.38, -34.6},
      {28.98, 41.01},
      {-122.42, 37.77},
      {174.76, -36.85},
      {-149.9, 61.22},
      {18.42, -33.92}
    };
    for (double[] c : cities) {
      features.add(point(c[0], c[1], Json.object()));
    }
    RenderInput input =
        map(
            "World",
            "",
            basemap,
            1.2,
            List.of(layer),
            List.of(dataset("cities", "table", "geom", collection(features))));
    ((ObjectNode) input.config().get("mapState")).put("latitude", 20).put("longitude", 160);
    return input;
  }

  /**
   * Data across the antimeridian, seen from the middle of the Pacific: a labelled polygon ring and
   * a labelled line that jump from +180 to -180 (as Natural Earth and warehouse exports write
   * them), points either side of 180° and pre-indexed H3 cells around it, with translucent fills so
   * that a part drawn twice would show.
   */
  public static RenderInput antimeridianPacific() {
    ObjectNode shapes =
        layer(
            "L_shapes",
            "tileset",
            "$ref:shapes",
            "Across 180°",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.6);
                  v.put("stroked", true);
                  v.put("thickness", 2);
                  v.set("strokeColor", rgb(60, 60, 160));
                }));
    ((ObjectNode) shapes.get("config")).set("color", rgb(231, 63, 116));
    ObjectNode label = (ObjectNode) shapes.get("config").get("textLabel").get(0);
    label.set("field", field("name", "string"));
    label.put("size", 14);
    ObjectNode stops =
        layer(
            "L_stops",
            "tileset",
            "$ref:stops",
            "Stops",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 1);
                  v.put("radius", 6);
                }));
    ((ObjectNode) stops.get("config")).set("color", rgb(17, 165, 121));
    ObjectNode cells =
        layer(
            "L_cells",
            "h3",
            "$ref:cells",
            "Cells across 180°",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.6);
                  v.put("colorAggregation", "sum");
                  v.set("colorRange", range("Teal", "sequential", TEAL));
                }));
    channel(cells, "colorField", field("value", "integer"), "colorScale", "quantize");
    JsonNode pacific = resource("/render/antimeridian-pacific.geojson");
    RenderInput input =
        map(
            "Pacific",
            "",
            "positron",
            2.2,
            List.of(stops, shapes, cells),
            List.of(
                dataset(
                    "shapes", "table", "geom", featuresOfType(pacific, "Polygon", "LineString")),
                dataset("stops", "table", "geom", featuresOfType(pacific, "Point")),
                dataset(
                    "cells", "table", "h3:h3", resource("/render/h3-cells-antimeridian.geojson"))));
    ((ObjectNode) input.config().get("mapState")).put("latitude", -20).put("longitude", 180);
    return input;
  }

  /**
   * A polygon around the South Pole shaped as world-atlas writes Antarctica: an outer ring hugging
   * the pole and the coast, which goes once around the globe, as its hole.
   */
  public static RenderInput polarCap() {
    ObjectNode layer =
        layer(
            "L_cap",
            "tileset",
            "$ref:cap",
            "Polar cap",
            vis(
                v -> {
                  v.put("filled", true);
                  v.put("opacity", 0.7);
                  v.put("stroked", true);
                  v.put("thickness", 1);
                  v.set("strokeColor", rgb(255, 255, 255));
                }));
    ((ObjectNode) layer.get("config")).set("color", rgb(57, 105, 172));
    RenderInput input =
        map(
            "Polar cap",
            "",
            "positron",
            0.6,
            List.of(layer),
            List.of(dataset("cap", "table", "geom", resource("/render/polar-cap.geojson"))));
    ((ObjectNode) input.config().get("mapState")).put("latitude", -40).put("longitude", 180);
    return input;
  }

  /**
   * Points, polygons and H3 together (the benchmark map): ≥ 1,000 points, polygons and ≥ 500 H3
   * cells.
   */
  public static RenderInput mixed(int pointCount) {
    RenderInput points = points("positron", pointCount);
    RenderInput polygons = polygons();
    RenderInput h3 = h3Indexed();
    List<JsonNode> layers = new ArrayList<>();
    layers.add(points.config().get("visState").get("layers").get(0));
    layers.add(h3.config().get("visState").get("layers").get(0));
    layers.add(polygons.config().get("visState").get("layers").get(0));
    List<JsonNode> datasets = new ArrayList<>();
    datasets.addAll(points.datasets());
    datasets.addAll(h3.datasets());
    datasets.addAll(polygons.datasets());
    RenderInput mixed =
        map(
            "Madrid overview",
            "## Madrid\nShops, **population** and districts.",
            "positron",
            9.6,
            layers,
            datasets);
    return mixed;
  }

  /**
   * The points map with a title, a Markdown description and a legend-worthy layer list (for the
   * full engine).
   */
  public static RenderInput withOverlays() {
    RenderInput base = mixed(400);
    return new RenderInput(
        base.keplerMapConfig(),
        base.datasets(),
        "Madrid <overview>",
        "## About\nShops coloured by **kind**, population per *H3 cell* and districts.\n\n- Source: synthetic\n"
            + "- <script>alert(1)</script> is shown as text");
  }

  // ---- building blocks
  // --------------------------------------------------------------------------------------

  static RenderInput map(
      String title,
      String description,
      String basemap,
      double zoom,
      List<? extends JsonNode> layers,
      List<? extends JsonNode> datasets) {
    ObjectNode kepler = Json.object();
    kepler.put("version", "v1");
    ObjectNode config = kepler.putObject("config");
    config
        .putObject("mapState")
        .put("latitude", LAT)
        .put("longitude", LNG)
        .put("zoom", zoom)
        .put("pitch", 0)
        .put("bearing", 0);
    config.putObject("basemapConfig").put("styleId", basemap);
    config.putObject("mapStyle").put("styleType", basemap);
    ObjectNode visState = config.putObject("visState");
    ArrayNode list = visState.putArray("layers");
    layers.forEach(l -> list.add(l.deepCopy()));
    visState.putArray("filters");
    visState.put("layerBlending", "normal");
    visState.putObject("interactionConfig").putObject("tooltip").put("enabled", true);
    return new RenderInput(kepler, new ArrayList<>(datasets), title, description);
  }

  static ObjectNode layer(
      String id, String type, String dataId, String label, ObjectNode visConfig) {
    ObjectNode layer = Json.object();
    layer.put("id", id);
    layer.put("type", type);
    ObjectNode config = layer.putObject("config");
    config.put("dataId", dataId);
    config.put("label", label);
    config.set("color", rgb(200, 60, 40));
    config.put("isVisible", true);
    config.put("hidden", false);
    config.putObject("columns");
    ObjectNode text = config.putArray("textLabel").addObject();
    text.putNull("field");
    text.put("size", 12);
    text.set("color", rgb(40, 40, 40));
    text.set("outlineColor", rgb(255, 255, 255));
    text.put("anchor", "start");
    text.put("alignment", "center");
    text.set("offset", Json.array().add(0).add(0));
    config.set("visConfig", visConfig);
    ObjectNode channels = layer.putObject("visualChannels");
    channels.putNull("colorField");
    channels.put("colorScale", "quantize");
    return layer;
  }

  static void channel(
      ObjectNode layer, String fieldKey, ObjectNode field, String scaleKey, String scale) {
    ObjectNode channels = (ObjectNode) layer.get("visualChannels");
    channels.set(fieldKey, field);
    channels.put(scaleKey, scale);
  }

  static ObjectNode field(String name, String type) {
    return Json.object().put("name", name).put("type", type);
  }

  static ObjectNode vis(java.util.function.Consumer<ObjectNode> fill) {
    ObjectNode v = Json.object();
    fill.accept(v);
    return v;
  }

  static ObjectNode range(String name, String type, String[] colors) {
    ObjectNode r = Json.object();
    r.put("name", name);
    r.put("type", type);
    r.put("category", "CARTO");
    ArrayNode c = r.putArray("colors");
    for (String color : colors) {
      c.add(color);
    }
    return r;
  }

  static ArrayNode rgb(int r, int g, int b) {
    return Json.array().add(r).add(g).add(b);
  }

  static ObjectNode dataset(String ref, String type, String geoColumn, JsonNode data) {
    ObjectNode ds = Json.object();
    ds.put("$ref", ref);
    ds.put("type", type);
    ds.put("source", "local." + ref);
    ds.put("connectionId", "00000000-0000-0000-0000-000000000001");
    ds.put("geoColumn", geoColumn);
    ds.put("format", "tilejson");
    ds.put("label", ref);
    ds.set("data", data);
    return ds;
  }

  static ObjectNode collection(ArrayNode features) {
    ObjectNode fc = Json.object();
    fc.put("type", "FeatureCollection");
    fc.set("features", features);
    return fc;
  }

  /** The features of a collection whose geometry is one of the given types. */
  static ObjectNode featuresOfType(JsonNode collection, String... types) {
    List<String> wanted = List.of(types);
    ArrayNode features = Json.array();
    for (JsonNode f : collection.get("features")) {
      if (wanted.contains(f.get("geometry").get("type").asString())) {
        features.add(f.deepCopy());
      }
    }
    return collection(features);
  }

  static ObjectNode point(double lng, double lat, ObjectNode properties) {
    ObjectNode f = Json.object();
    f.put("type", "Feature");
    f.set("properties", properties);
    f.putObject("geometry").put("type", "Point").set("coordinates", Json.array().add(lng).add(lat));
    return f;
  }

  /** Points around a few centres; same seed, same points. */
  static ObjectNode randomPoints(int count, long seed) {
    Random random = new Random(seed);
    String[] kinds = {"cafe", "bakery", "bar", "books", "market"};
    double[][] centres = {
      {LNG, LAT}, {LNG + 0.08, LAT + 0.04}, {LNG - 0.07, LAT - 0.03}, {LNG + 0.03, LAT - 0.06}
    };
    ArrayNode features = Json.array();
    for (int i = 0; i < count; i++) {
      double[] c = centres[i % centres.length];
      double lng = c[0] + random.nextGaussian() * 0.03;
      double lat = c[1] + random.nextGaussian() * 0.022;
      ObjectNode p = Json.object();
      p.put("kind", kinds[random.nextInt(kinds.length)]);
      p.put("value", random.nextInt(100));
      features.add(point(round(lng), round(lat), p));
    }
    return collection(features);
  }

  static ObjectNode lineFeatures() {
    Random random = new Random(21);
    ArrayNode features = Json.array();
    for (int i = 0; i < 24; i++) {
      double angle = Math.PI * 2 * i / 24;
      ArrayNode coords = Json.array();
      for (int k = 0; k <= 10; k++) {
        double r = 0.01 + k * 0.014;
        double wobble = Math.sin(k * 0.9 + i) * 0.01;
        coords.add(
            Json.array()
                .add(round(LNG + Math.cos(angle + wobble) * r * 1.3))
                .add(round(LAT + Math.sin(angle + wobble) * r)));
      }
      ObjectNode f = Json.object();
      f.put("type", "Feature");
      f.set("properties", Json.object().put("speed", 20 + random.nextInt(100)));
      f.putObject("geometry").put("type", "LineString").set("coordinates", coords);
      features.add(f);
    }
    return collection(features);
  }

  static ObjectNode polygonGrid() {
    ArrayNode features = Json.array();
    int cols = 6;
    int rows = 4;
    double w = 0.05;
    double h = 0.04;
    for (int x = 0; x < cols; x++) {
      for (int y = 0; y < rows; y++) {
        double lng0 = LNG - cols * w / 2 + x * w;
        double lat0 = LAT - rows * h / 2 + y * h;
        ArrayNode ring = Json.array();
        ring.add(Json.array().add(round(lng0)).add(round(lat0)));
        ring.add(Json.array().add(round(lng0 + w)).add(round(lat0)));
        ring.add(Json.array().add(round(lng0 + w)).add(round(lat0 + h)));
        ring.add(Json.array().add(round(lng0)).add(round(lat0 + h)));
        ring.add(Json.array().add(round(lng0)).add(round(lat0)));
        ObjectNode f = Json.object();
        f.put("type", "Feature");
        double density = Math.round((Math.sin(x * 1.3) + Math.cos(y * 1.7) + 2.2) * 1000) / 10.0;
        f.set("properties", Json.object().put("density", density).put("name", "D" + x + y));
        f.putObject("geometry").put("type", "Polygon").set("coordinates", Json.array().add(ring));
        features.add(f);
      }
    }
    return collection(features);
  }

  static JsonNode resource(String name) {
    try (InputStream in = TestMaps.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return Json.parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
