package io.cartomaps.validate;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * Visits every subschema of a section (not instance-position data such as enum values), with its
 * pointer.
 */
final class SchemaWalk {

  private static final Set<String> SINGLE =
      Set.of(
          "additionalProperties",
          "items",
          "not",
          "if",
          "then",
          "else",
          "contains",
          "propertyNames",
          "unevaluatedProperties",
          "unevaluatedItems");
  private static final Set<String> MAPS =
      Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
  private static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

  private SchemaWalk() {}

  /** Calls {@code visit(pointer, schema)} for the schema and each subschema below it. */
  static void walk(JsonNode schema, String pointer, BiConsumer<String, JsonNode> visit) {
    if (!schema.isObject()) {
      return;
    }
    visit.accept(pointer, schema);
    for (Map.Entry<String, JsonNode> e : schema.properties()) {
      String key = e.getKey();
      JsonNode value = e.getValue();
      String here = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
      if (SINGLE.contains(key)) {
        walk(value, here, visit);
      } else if (MAPS.contains(key) && value.isObject()) {
        for (Map.Entry<String, JsonNode> sub : value.properties()) {
          walk(
              sub.getValue(),
              here + "/" + sub.getKey().replace("~", "~0").replace("/", "~1"),
              visit);
        }
      } else if (LISTS.contains(key) && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          walk(value.get(i), here + "/" + i, visit);
        }
      }
    }
  }
}
