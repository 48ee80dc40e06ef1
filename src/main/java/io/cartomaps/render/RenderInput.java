package io.cartomaps.render;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the renderer draws: a Builder map's {@code keplerMapConfig} (v1) and its datasets, each
 * carrying its rows as a GeoJSON FeatureCollection under {@code data}, plus the title and
 * description shown by the {@code full} engine.
 *
 * <p>Datasets are the bundle's dataset objects ({@code id} or {@code $ref}, {@code type}, {@code
 * geoColumn}, {@code aggregationResLevel}, …). Rows of spatial-index datasets carry their cell id
 * in the geoColumn's column ({@code h3:h3} → property {@code h3}); quadbin ids should be decimal or
 * hex strings (JSON numbers lose precision). {@code widgets} holds the computed values of the map's
 * widgets, drawn by the {@code full} engine.
 */
public record RenderInput(
    JsonNode keplerMapConfig,
    List<JsonNode> datasets,
    String title,
    String description,
    List<ObjectNode> widgets) {

  /** A map without computed widget values. */
  public RenderInput(
      JsonNode keplerMapConfig, List<JsonNode> datasets, String title, String description) {
    this(keplerMapConfig, datasets, title, description, List.of());
  }

  public RenderInput {
    if (keplerMapConfig == null || !keplerMapConfig.isObject()) {
      throw new RenderException(
          "The map has no keplerMapConfig object, so there is nothing to draw.");
    }
    JsonNode version = keplerMapConfig.get("version");
    if (version == null || !version.isString() || !"v1".equals(version.asString())) {
      throw new RenderException(
          "keplerMapConfig.version must be \"v1\" (the only version Builder and the renderer"
              + " read); got "
              + (version == null ? "nothing" : version.toString())
              + ".");
    }
    JsonNode config = keplerMapConfig.get("config");
    if (config == null || !config.isObject()) {
      throw new RenderException(
          "keplerMapConfig.config must be an object with visState, mapState and mapStyle.");
    }
    datasets = datasets == null ? List.of() : List.copyOf(datasets);
    for (JsonNode dataset : datasets) {
      if (dataset == null || !dataset.isObject()) {
        throw new RenderException("Every dataset must be a JSON object; one is " + dataset + ".");
      }
    }
    widgets = widgets == null ? List.of() : List.copyOf(widgets);
    title = title == null ? "" : title;
    description = description == null ? "" : description;
  }

  /**
   * Reads a bundle ({@code title}, {@code description}, {@code keplerMapConfig}, {@code datasets[]}
   * with data).
   */
  public static RenderInput fromBundle(JsonNode bundle) {
    if (bundle == null || !bundle.isObject()) {
      throw new RenderException("A map bundle must be a JSON object.");
    }
    List<JsonNode> datasets = new ArrayList<>();
    JsonNode list = bundle.get("datasets");
    if (list != null && list.isArray()) {
      list.forEach(datasets::add);
    }
    return new RenderInput(
        bundle.get("keplerMapConfig"),
        datasets,
        text(bundle, "title"),
        text(bundle, "description"));
  }

  /**
   * The same map with the values of its widgets (see {@link MapWidgets}), which the full engine
   * draws.
   */
  public RenderInput withWidgets(List<ObjectNode> values) {
    return new RenderInput(keplerMapConfig, datasets, title, description, values);
  }

  /** The map's {@code keplerMapConfig.config}. */
  public JsonNode config() {
    return keplerMapConfig.get("config");
  }

  /** Number of layers in {@code visState.layers}. */
  public int layerCount() {
    JsonNode layers = config().path("visState").path("layers");
    return layers.isArray() ? layers.size() : 0;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v != null && v.isString() ? v.asString() : "";
  }
}
