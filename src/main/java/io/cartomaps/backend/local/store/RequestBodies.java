package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks shared by the request validators: allowed keys and field types, each failure a clear
 * INVALID.
 */
final class RequestBodies {

  private RequestBodies() {}

  static BackendException invalid(String message) {
    return new BackendException(BackendException.Kind.INVALID, message);
  }

  static ObjectNode requireObject(ObjectNode body, String operation) {
    if (body == null) {
      throw invalid(operation + " expects a JSON object.");
    }
    return body;
  }

  /** Refuses keys outside {@code allowed}, naming them and what is accepted. */
  static void onlyKeys(ObjectNode body, Set<String> allowed, String operation, String hint) {
    Set<String> unexpected = new LinkedHashSet<>();
    for (String key : body.propertyNames()) {
      if (!allowed.contains(key)) {
        unexpected.add(key);
      }
    }
    if (!unexpected.isEmpty()) {
      throw invalid(
          operation
              + " does not accept "
              + String.join(", ", unexpected)
              + "; it accepts "
              + String.join(", ", allowed)
              + "."
              + (hint == null ? "" : " " + hint));
    }
  }

  /** A string field; null when absent or JSON null and {@code nullable}. */
  static String string(ObjectNode body, String field, boolean nullable) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      if (nullable) {
        return null;
      }
      throw invalid(field + " must be a string, not null.");
    }
    if (!v.isString()) {
      throw invalid(field + " must be a string; got " + kind(v) + ".");
    }
    return v.asString();
  }

  static boolean bool(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || !v.isBoolean()) {
      throw invalid(field + " must be true or false; got " + kind(v) + ".");
    }
    return v.asBoolean();
  }

  /** An object field; null when JSON null and {@code nullable}. */
  static ObjectNode object(ObjectNode body, String field, boolean nullable) {
    JsonNode v = body.get(field);
    if (v != null && v.isNull() && nullable) {
      return null;
    }
    if (v == null || !v.isObject()) {
      throw invalid(field + " must be a JSON object; got " + kind(v) + ".");
    }
    return (ObjectNode) v;
  }

  /** An array of strings, duplicates removed, order kept. */
  static List<String> strings(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw invalid(field + " must be an array of strings; got " + kind(v) + ".");
    }
    Set<String> values = new LinkedHashSet<>();
    for (JsonNode item : v) {
      if (!item.isString()) {
        throw invalid(field + " must be an array of strings; it holds " + kind(item) + ".");
      }
      values.add(item.asString());
    }
    return new ArrayList<>(values);
  }

  static String kind(JsonNode v) {
    if (v == null || v.isMissingNode()) {
      return "nothing";
    }
    if (v.isNull()) {
      return "null";
    }
    if (v.isString()) {
      return "a string";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    return v.isArray() ? "an array" : "an object";
  }
}
