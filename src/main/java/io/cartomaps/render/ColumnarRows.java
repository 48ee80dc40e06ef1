package io.cartomaps.render;

import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset's GeoJSON rows packed by column for the hand-over to the page: one array per property,
 * point coordinates as one flat array, other geometries as they are. Repeating {@code
 * "type":"Feature"}, the geometry wrapper and every property name per row made up most of the text
 * Chromium had to receive; the page rebuilds the same FeatureCollection ({@link #UNPACK_JS}) before
 * drawing. Rows whose property names differ stay as they are.
 */
final class ColumnarRows {

  /**
   * Page-side: turns every packed {@code data} of {@code spec.map.datasets} back into a
   * FeatureCollection.
   */
  static final String UNPACK_JS =
      "function unpackRows(spec) {"
          + " for (const d of (spec.map && spec.map.datasets) || []) {"
          + "  const c = d.data && d.data.columnar; if (!c) continue;"
          + "  const names = Object.keys(c.properties); const features = new Array(c.count);"
          + "  for (let i = 0; i < c.count; i++) {"
          + "   const properties = {}; for (const n of names) properties[n] = c.properties[n][i];"
          + "   const geometry = c.points ? { type: 'Point', coordinates: [c.points[2 * i], c.points[2 * i + 1]] }"
          + "    : c.geometries[i];"
          + "   features[i] = c.ids ? { type: 'Feature', id: c.ids[i], geometry, properties }"
          + "    : { type: 'Feature', geometry, properties };"
          + "  }"
          + "  d.data = { type: 'FeatureCollection', features };"
          + " } return spec; }";

  private ColumnarRows() {}

  /** The dataset with its rows packed, or the dataset itself when they cannot be packed. */
  static JsonNode pack(JsonNode dataset) {
    JsonNode features = dataset.path("data").path("features");
    if (!features.isArray()
        || features.isEmpty()
        || !(features.get(0) instanceof ObjectNode first)) {
      return dataset;
    }
    List<String> names = new ArrayList<>(first.path("properties").propertyNames());
    boolean ids = first.has("id");
    boolean points = true;
    for (JsonNode f : features) {
      if (!sameShape(f, names, ids)) {
        return dataset;
      }
      points &= isPoint(f.get("geometry"));
    }
    ObjectNode packed = Json.object();
    packed.put("count", features.size());
    ObjectNode properties = packed.putObject("properties");
    List<ArrayNode> columns = new ArrayList<>();
    names.forEach(n -> columns.add(properties.putArray(n)));
    ArrayNode idColumn = ids ? packed.putArray("ids") : null;
    ArrayNode geometries = packed.putArray(points ? "points" : "geometries");
    for (JsonNode f : features) {
      JsonNode props = f.get("properties");
      for (int i = 0; i < names.size(); i++) {
        columns.get(i).add(props.get(names.get(i)));
      }
      if (idColumn != null) {
        idColumn.add(f.get("id"));
      }
      JsonNode geometry = f.get("geometry");
      if (points) {
        geometries.add(geometry.get("coordinates").get(0));
        geometries.add(geometry.get("coordinates").get(1));
      } else {
        geometries.add(geometry == null ? Json.MAPPER.nullNode() : geometry);
      }
    }
    ObjectNode data = Json.object();
    data.put("type", "FeatureCollection");
    data.set("columnar", packed);
    ObjectNode out = UsedColumns.withoutField(dataset, "data");
    out.set("data", data);
    return out;
  }

  /**
   * A Feature with exactly these property names in this order, and an id exactly when the first row
   * has one.
   */
  private static boolean sameShape(JsonNode f, List<String> names, boolean ids) {
    if (!(f instanceof ObjectNode)
        || f.has("id") != ids
        || !(f.get("properties") instanceof ObjectNode props)
        || props.size() != names.size()
        || !"Feature".equals(f.path("type").asString(""))) {
      return false;
    }
    int i = 0;
    for (String name : props.propertyNames()) {
      if (!name.equals(names.get(i++))) {
        return false;
      }
    }
    return f.size() == (ids ? 4 : 3);
  }

  private static boolean isPoint(JsonNode g) {
    return g != null
        && g.size() == 2
        && "Point".equals(g.path("type").asString(""))
        && g.get("coordinates") instanceof ArrayNode c
        && c.size() == 2
        && c.get(0).isNumber()
        && c.get(1).isNumber();
  }
}
