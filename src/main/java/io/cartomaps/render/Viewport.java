package io.cartomaps.render;

import tools.jackson.databind.JsonNode;

/**
 * Where the camera looks. Comes from the screenshot options when given, else from the map's {@code
 * mapState}, else from the extent of the data, else the whole world.
 */
public record Viewport(
    double latitude, double longitude, double zoom, double bearing, double pitch) {

  public static final Viewport WORLD = new Viewport(20, 0, 1, 0, 0);

  private static final double TILE = 512;
  private static final double MAX_LAT = 85.05112878;

  /** Resolves the viewport of one render. */
  public static Viewport resolve(RenderInput input, ScreenshotOptions options) {
    Viewport base = fromMapState(input.config().get("mapState"));
    if (base == null) {
      base = fitData(input, options.width(), options.height());
    }
    double lat = base.latitude;
    double lng = base.longitude;
    var search = options.searchLocation();
    if (search.isPresent()) {
      lat = search.get().latitude();
      lng = search.get().longitude();
    }
    if (options.latitude() != null) {
      lat = options.latitude();
    }
    if (options.longitude() != null) {
      lng = options.longitude();
    }
    return new Viewport(
        lat,
        lng,
        options.zoom() != null ? options.zoom() : base.zoom,
        options.bearing() != null ? options.bearing() : base.bearing,
        options.pitch() != null ? options.pitch() : base.pitch);
  }

  /** The map's saved view, or null when it has no usable {@code mapState}. */
  static Viewport fromMapState(JsonNode mapState) {
    if (mapState == null
        || !mapState.isObject()
        || !number(mapState, "latitude")
        || !number(mapState, "longitude")) {
      return null;
    }
    return new Viewport(
        clamp(mapState.get("latitude").asDouble(), -MAX_LAT, MAX_LAT),
        clamp(mapState.get("longitude").asDouble(), -180, 180),
        number(mapState, "zoom")
            ? clamp(mapState.get("zoom").asDouble(), 0, ScreenshotOptions.MAX_ZOOM)
            : 1,
        number(mapState, "bearing") ? mapState.get("bearing").asDouble() : 0,
        number(mapState, "pitch")
            ? clamp(mapState.get("pitch").asDouble(), 0, ScreenshotOptions.MAX_PITCH)
            : 0);
  }

  /**
   * Fits the bounding box of every coordinate in the datasets' rows into the image, or the world
   * when empty.
   */
  static Viewport fitData(RenderInput input, int width, int height) {
    double[] box = {
      Double.POSITIVE_INFINITY,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NEGATIVE_INFINITY
    };
    for (JsonNode dataset : input.datasets()) {
      JsonNode features = dataset.path("data").path("features");
      if (features.isArray()) {
        for (JsonNode f : features) {
          extend(box, f.path("geometry").path("coordinates"));
        }
      }
    }
    if (box[0] > box[2]) {
      return WORLD;
    }
    double x0 = mercatorX(box[0]);
    double x1 = mercatorX(box[2]);
    double y0 = mercatorY(box[3]);
    double y1 = mercatorY(box[1]);
    double spanX = Math.max(x1 - x0, 1e-9);
    double spanY = Math.max(y1 - y0, 1e-9);
    double padding = 0.9;
    double zoom =
        Math.log(Math.min(width * padding / spanX, height * padding / spanY)) / Math.log(2);
    zoom = clamp(zoom, 0, 16);
    double cx = (x0 + x1) / 2;
    double cy = (y0 + y1) / 2;
    return new Viewport(latitudeOf(cy), cx / TILE * 360 - 180, zoom, 0, 0);
  }

  private static void extend(double[] box, JsonNode coords) {
    if (!coords.isArray() || coords.isEmpty()) {
      return;
    }
    if (coords.get(0).isNumber() && coords.size() >= 2) {
      double lng = coords.get(0).asDouble();
      double lat = clamp(coords.get(1).asDouble(), -MAX_LAT, MAX_LAT);
      box[0] = Math.min(box[0], lng);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lng);
      box[3] = Math.max(box[3], lat);
      return;
    }
    for (JsonNode c : coords) {
      extend(box, c);
    }
  }

  private static double mercatorX(double lng) {
    return (lng + 180) / 360 * TILE;
  }

  private static double mercatorY(double lat) {
    double sin = Math.sin(Math.toRadians(lat));
    return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * TILE;
  }

  private static double latitudeOf(double y) {
    double t = Math.PI * (1 - 2 * y / TILE);
    return Math.toDegrees(Math.atan(Math.sinh(t)));
  }

  private static boolean number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isNumber();
  }

  private static double clamp(double v, double min, double max) {
    return Math.max(min, Math.min(max, v));
  }
}
