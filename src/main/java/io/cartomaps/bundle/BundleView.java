package io.cartomaps.bundle;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Read access to the parts of a bundle the map service works with, tolerant of missing or mistyped
 * parts.
 */
public final class BundleView {

  private BundleView() {}

  /** The dataset objects of a bundle. */
  public static List<ObjectNode> datasets(JsonNode bundle) {
    return objects(bundle == null ? null : bundle.get("datasets"));
  }

  /** {@code keplerMapConfig.config}, or null. */
  public static ObjectNode config(JsonNode bundle) {
    JsonNode kepler = bundle == null ? null : bundle.get("keplerMapConfig");
    JsonNode config = kepler == null ? null : kepler.get("config");
    return config instanceof ObjectNode o ? o : null;
  }

  /** The layer objects of {@code keplerMapConfig.config.visState.layers}. */
  public static List<ObjectNode> layers(JsonNode bundle) {
    ObjectNode config = config(bundle);
    JsonNode visState = config == null ? null : config.get("visState");
    return objects(visState == null ? null : visState.get("layers"));
  }

  /** The layer's {@code config.dataId}, or null. */
  public static String dataId(JsonNode layer) {
    JsonNode config = layer.get("config");
    JsonNode id = config == null ? null : config.get("dataId");
    return id != null && id.isString() ? id.asString() : null;
  }

  /**
   * The key a layer or widget uses to point at a dataset: {@code "$ref:name"} or the dataset id.
   */
  public static String datasetKey(JsonNode dataset) {
    JsonNode ref = dataset.get("$ref");
    if (ref != null && ref.isString()) {
      return Refs.PREFIX + ref.asString();
    }
    JsonNode id = dataset.get("id");
    return id != null && id.isString() ? id.asString() : null;
  }

  static List<ObjectNode> objects(JsonNode array) {
    List<ObjectNode> out = new ArrayList<>();
    if (array != null && array.isArray()) {
      for (JsonNode n : array) {
        if (n instanceof ObjectNode o) {
          out.add(o);
        }
      }
    }
    return out;
  }
}
