package io.cartomaps.validate.rules;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Type-safe reads of a bundle tree. Jackson 3 throws when coercing a value of the wrong type, and a
 * bundle may hold anything anywhere, so rules read through these helpers: a value of an unexpected
 * type reads as absent.
 */
final class Nodes {

  private Nodes() {}

  /** The member when {@code node} is an object and has it (possibly a JSON null), else null. */
  static JsonNode get(JsonNode node, String field) {
    return node != null && node.isObject() ? node.get(field) : null;
  }

  /** The member when it is an object, else null. */
  static JsonNode object(JsonNode node, String field) {
    JsonNode v = get(node, field);
    return v != null && v.isObject() ? v : null;
  }

  /** The member when it is an array, else null. */
  static JsonNode array(JsonNode node, String field) {
    JsonNode v = get(node, field);
    return v != null && v.isArray() ? v : null;
  }

  /** The member when it is a string, else null. */
  static String text(JsonNode node, String field) {
    return text(get(node, field));
  }

  /** The value when it is a string, else null. */
  static String text(JsonNode value) {
    return value != null && value.isString() ? value.stringValue() : null;
  }

  /** The member's string value when it is a non-blank string, else null. */
  static String nonBlank(JsonNode node, String field) {
    String s = text(node, field);
    return s == null || s.isBlank() ? null : s;
  }

  /** True when the object has the member, even with a JSON null value. */
  static boolean has(JsonNode node, String field) {
    return node != null && node.isObject() && node.has(field);
  }

  /** True when the member is absent, null, or an empty / blank string. */
  static boolean isMissing(JsonNode node, String field) {
    JsonNode v = get(node, field);
    return v == null
        || v.isNull()
        || v.isMissingNode()
        || (v.isString() && v.stringValue().isBlank());
  }

  /** True when the member is the JSON literal {@code true}. */
  static boolean isTrue(JsonNode node, String field) {
    JsonNode v = get(node, field);
    return v != null && v.isBoolean() && v.booleanValue();
  }

  /** The member's value when it is a whole number that fits an int, else null. */
  static Integer integer(JsonNode node, String field) {
    JsonNode v = get(node, field);
    if (v == null || !v.isNumber()) {
      return null;
    }
    if (v.isIntegralNumber()) {
      return v.canConvertToInt() ? v.intValue() : null;
    }
    double d = v.doubleValue();
    return d == Math.rint(d) && Math.abs(d) <= Integer.MAX_VALUE ? (int) d : null;
  }

  /** The members of an object in order, or nothing when it is not an object. */
  static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node != null && node.isObject() ? node.properties() : List.of();
  }

  /** The elements of an array, or nothing when it is not an array. */
  static Iterable<JsonNode> elements(JsonNode node) {
    return node != null && node.isArray() ? node.values() : List.of();
  }

  /**
   * A short rendering of a value for messages: scalars as JSON (abbreviated), containers by kind.
   */
  static String show(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "(missing)";
    }
    if (value.isObject()) {
      return "an object";
    }
    if (value.isArray()) {
      return "an array";
    }
    String s = value.toString();
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
