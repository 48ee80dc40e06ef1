package io.cartomaps.backend.local.store;

import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON values kept as text columns (keplerMapConfig, dataset bodies, id and tag lists). */
final class JsonColumns {

  private JsonColumns() {}

  static String write(JsonNode node) {
    return Json.compact(node);
  }

  static String writeStrings(List<String> values) {
    return Json.compact(MapRow.strings(values));
  }

  static ObjectNode readObject(String text) {
    return text == null ? null : (ObjectNode) Json.parse(text);
  }

  static ArrayNode readArray(String text) {
    return (ArrayNode) Json.parse(text);
  }

  static List<String> readStrings(String text) {
    List<String> values = new ArrayList<>();
    readArray(text).forEach(n -> values.add(n.asString()));
    return values;
  }
}
