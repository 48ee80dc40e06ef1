package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.GeoColumn;
import io.cartomaps.json.Json;
import io.cartomaps.validate.rules.FieldUses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The pre-flight auto-fills of a create, as CARTO's CLI does them: an empty description, tile-layer
 * defaults, the columns the map reads, {@code aggregationExp} for H3/quadbin datasets a layer
 * draws, and a viewport fitted to the data (of a table or a query) when the bundle has none. Each
 * fill is reported in the plan so nothing changes silently.
 */
public final class AutoFill {

  private static final Set<String> TILE_LAYERS =
      Set.of("tileset", "h3", "quadbin", "heatmapTile", "clusterTile");
  private static final Map<String, String> SQL_AGG =
      Map.of(
          "count", "count", "sum", "sum", "average", "avg", "avg", "avg", "maximum", "max", "max",
          "max", "minimum", "min", "min", "min", "mode", "mode");
  private static final List<String> CHANNELS =
      List.of("color", "strokeColor", "size", "height", "weight", "radius");

  private static final double WORLD_PIXELS = 512;
  private static final double MAX_LAT = 85.05112878;

  private AutoFill() {}

  /** Fills {@code bundle} in place and returns one line per fill. */
  public static List<String> apply(ObjectNode bundle, Backend backend, boolean sourcesChecked) {
    List<String> fills = new ArrayList<>();
    JsonNode description = bundle.get("description");
    if (description == null || description.isNull()) {
      bundle.put("description", "");
      fills.add("description: set to \"\"");
    }
    ObjectNode config = BundleView.config(bundle);
    if (config == null) {
      return fills;
    }
    List<ObjectNode> layers = BundleView.layers(bundle);
    for (ObjectNode layer : layers) {
      String type = Json.text(layer, "type");
      JsonNode layerConfig = layer.get("config");
      if (TILE_LAYERS.contains(type) && layerConfig instanceof ObjectNode lc) {
        JsonNode vis = lc.get("visConfig");
        ObjectNode visConfig = vis instanceof ObjectNode o ? o : lc.putObject("visConfig");
        if (!visConfig.has("filled")) {
          visConfig.put("filled", true);
          fills.add("layer " + Json.text(layer, "id") + ": visConfig.filled = true");
        }
      }
    }
    if (sourcesChecked) {
      fillColumns(bundle, i -> true, fills);
    }
    for (ObjectNode dataset : BundleView.datasets(bundle)) {
      fillAggregationExp(dataset, layers, fills);
    }
    JsonNode mapState = config.get("mapState");
    if (mapState == null || !mapState.has("latitude") || !mapState.has("longitude")) {
      double[] extent = extent(bundle, backend);
      if (extent != null) {
        config.set("mapState", fit(extent, mapState));
        fills.add("mapState: fitted to the data extent " + Arrays.toString(extent));
      }
    }
    return fills;
  }

  /**
   * Adds to a table or query dataset's {@code columns} each column a layer, widget or popup reads
   * from it: tiles carry only the listed columns. Runs after the source checks, so every such
   * column is one the source returns.
   */
  static void fillColumns(ObjectNode bundle, IntPredicate which, List<String> fills) {
    List<ObjectNode> datasets = BundleView.datasets(bundle);
    Map<Integer, List<String>> added = new TreeMap<>();
    Set<Integer> started = new LinkedHashSet<>();
    for (int i = 0; i < datasets.size(); i++) {
      ObjectNode d = datasets.get(i);
      SourceKind kind = SourceKind.of(Json.text(d, "type"));
      String geo = Json.text(d, "geoColumn");
      if (which.test(i)
          && (kind == SourceKind.table || kind == SourceKind.query)
          && geo != null
          && !isSpatialIndex(geo)
          && !d.has("columns")) {
        // Omitted columns are stored as null, on which Builder fails to load the data.
        d.putArray("columns").add(geo);
        started.add(i);
      }
    }
    for (FieldUses.Use use : FieldUses.of(bundle)) {
      if (!which.test(use.dataset())) {
        continue;
      }
      ObjectNode d = datasets.get(use.dataset());
      SourceKind kind = SourceKind.of(Json.text(d, "type"));
      if ((kind != SourceKind.table && kind != SourceKind.query)
          || isSpatialIndex(Json.text(d, "geoColumn"))
          || !(d.get("columns") instanceof ArrayNode columns)
          || use.column().startsWith("_carto")) {
        continue;
      }
      boolean listed = false;
      for (JsonNode c : columns) {
        listed |= c.isString() && c.stringValue().equals(use.column());
      }
      if (!listed) {
        columns.add(use.column());
        added.computeIfAbsent(use.dataset(), k -> new ArrayList<>()).add(use.column());
      }
    }
    for (int i : started) {
      fills.add(
          "dataset "
              + BundleView.datasetKey(datasets.get(i))
              + ": columns = "
              + datasets.get(i).get("columns")
              + " (none given: the geometry and what the map reads)");
    }
    added.forEach(
        (i, cols) -> {
          if (!started.contains(i)) {
            fills.add(
                "dataset "
                    + BundleView.datasetKey(datasets.get(i))
                    + ": columns + "
                    + cols
                    + " (read by the map, returned by the source)");
          }
        });
  }

  /** Whether a {@code geoColumn} names a spatial index: any of CARTO's H3 prefixes, or quadbin. */
  private static boolean isSpatialIndex(String geoColumn) {
    GeoColumn geo = GeoColumn.parse(geoColumn);
    return geo != null && geo.isSpatialIndex();
  }

  private static void fillAggregationExp(
      ObjectNode dataset, List<ObjectNode> layers, List<String> fills) {
    SourceKind kind = SourceKind.of(Json.text(dataset, "type"));
    boolean tableOrQuery = kind == SourceKind.table || kind == SourceKind.query;
    if (!tableOrQuery
        || !isSpatialIndex(Json.text(dataset, "geoColumn"))
        || dataset.hasNonNull("aggregationExp")) {
      return;
    }
    String key = BundleView.datasetKey(dataset);
    Set<String> parts = new LinkedHashSet<>();
    for (ObjectNode layer : layers) {
      if (key == null || !key.equals(BundleView.dataId(layer))) {
        continue;
      }
      JsonNode channels = layer.path("visualChannels");
      JsonNode vis = layer.path("config").path("visConfig");
      for (String channel : CHANNELS) {
        JsonNode field = channels.get(channel + "Field");
        String column = field == null ? null : Json.text(field, "name");
        if (column == null) {
          continue;
        }
        String agg = Json.text(vis, channel + "Aggregation");
        String fn = SQL_AGG.getOrDefault(agg == null ? "sum" : agg, "sum");
        parts.add(fn + "(" + column + ") as " + column + "_" + fn);
      }
    }
    if (parts.isEmpty()) {
      boolean drawn =
          layers.stream().anyMatch(l -> key != null && key.equals(BundleView.dataId(l)));
      if (!drawn) {
        return; // only datasets a layer draws are aggregated
      }
      parts.add("count(*) as point_count");
    }
    String exp = String.join(", ", parts);
    dataset.put("aggregationExp", exp);
    fills.add("dataset " + key + ": aggregationExp = " + exp);
  }

  private static double[] extent(JsonNode bundle, Backend backend) {
    double[] acc = null;
    for (ObjectNode d : BundleView.datasets(bundle)) {
      SourceKind kind = SourceKind.of(Json.text(d, "type"));
      if (kind != SourceKind.table && kind != SourceKind.query) {
        continue;
      }
      try {
        double[] e =
            kind == SourceKind.table
                ? backend
                    .describeTable(Json.text(d, "connectionId"), Json.text(d, "source"))
                    .extent()
                : backend.sourceExtent(
                    Json.text(d, "connectionId"),
                    kind,
                    Json.text(d, "source"),
                    Json.text(d, "geoColumn"));
        if (e != null) {
          acc =
              acc == null
                  ? e.clone()
                  : new double[] {
                    Math.min(acc[0], e[0]),
                    Math.min(acc[1], e[1]),
                    Math.max(acc[2], e[2]),
                    Math.max(acc[3], e[3])
                  };
        }
      } catch (RuntimeException e) {
        // An unreadable table is reported by the source checks; it just does not contribute to the
        // viewport.
      }
    }
    return acc;
  }

  /** A viewport centred on {@code extent} at the zoom that fits it in a 1280×800 view. */
  /**
   * A view of a 1280x800 image showing the whole extent, as Builder's web-Mercator camera sees it:
   * the world is 512 pixels wide at zoom 0.
   */
  static ObjectNode fit(double[] extent, JsonNode previous) {
    ObjectNode ms = previous instanceof ObjectNode o ? o.deepCopy() : Json.object();
    double x0 = mercatorX(extent[0]);
    double x1 = mercatorX(extent[2]);
    double y0 = mercatorY(extent[3]);
    double y1 = mercatorY(extent[1]);
    double spanX = Math.max(1e-9, x1 - x0);
    double spanY = Math.max(1e-9, y1 - y0);
    double zoom = Math.log(Math.min(1280 * 0.9 / spanX, 800 * 0.9 / spanY)) / Math.log(2);
    ms.put("latitude", round(latitudeOf((y0 + y1) / 2)));
    ms.put("longitude", round((extent[0] + extent[2]) / 2));
    ms.put("zoom", round(Math.max(0, Math.min(16, zoom))));
    if (!ms.has("pitch")) {
      ms.put("pitch", 0);
    }
    if (!ms.has("bearing")) {
      ms.put("bearing", 0);
    }
    return ms;
  }

  private static double mercatorX(double lng) {
    return (lng + 180) / 360 * WORLD_PIXELS;
  }

  private static double mercatorY(double lat) {
    double phi = Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)));
    return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2 * WORLD_PIXELS;
  }

  private static double latitudeOf(double y) {
    double n = Math.PI * (1 - 2 * y / WORLD_PIXELS);
    return Math.toDegrees(Math.atan(Math.sinh(n)));
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
