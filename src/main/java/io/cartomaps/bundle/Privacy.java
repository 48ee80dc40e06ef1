package io.cartomaps.bundle;

import io.cartomaps.json.Json;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bundle's {@code privacy} object and its coercion: the string shorthand becomes an object,
 * {@code sharingScope} only stays on shared maps, user and group lists only with {@code specific}.
 */
public final class Privacy {

  public static final Set<String> LEVELS = Set.of("private", "shared", "public");

  private Privacy() {}

  /**
   * Normalises a bundle's privacy value. Returns null for null/missing input and for values that
   * are neither a string nor an object (the validator reports those).
   */
  public static ObjectNode normalize(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return null;
    }
    ObjectNode out = Json.object();
    if (value.isString()) {
      out.put("privacy", value.asString());
      return out;
    }
    if (!value.isObject()) {
      return null;
    }
    String level = Json.text(value, "privacy");
    out.put("privacy", level);
    if ("shared".equals(level)) {
      String scope = Json.text(value, "sharingScope");
      out.put("sharingScope", scope == null ? "organization" : scope);
      if ("specific".equals(scope)) {
        out.set("userIds", listOrEmpty(value.get("userIds")));
        out.set("groupIds", listOrEmpty(value.get("groupIds")));
      }
    }
    return out;
  }

  /**
   * The privacy object a bundle shows for a stored map record ({@code privacy}, {@code
   * sharingScope}, lists).
   */
  public static ObjectNode fromRecord(JsonNode map) {
    ObjectNode raw = Json.object();
    String level = Json.text(map, "privacy");
    raw.put("privacy", level == null ? "private" : level);
    copyIfPresent(map, raw, "sharingScope");
    copyIfPresent(map, raw, "userIds");
    copyIfPresent(map, raw, "groupIds");
    return normalize(raw);
  }

  /** The privacy level of a bundle or record: {@code private}, {@code shared} or {@code public}. */
  public static String level(JsonNode bundleOrRecord) {
    JsonNode p = bundleOrRecord == null ? null : bundleOrRecord.get("privacy");
    if (p == null || p.isNull()) {
      return "private";
    }
    String level = p.isString() ? p.asString() : Json.text(p, "privacy");
    return level == null ? "private" : level;
  }

  public static boolean isVisibleToOthers(String level) {
    return "shared".equals(level) || "public".equals(level);
  }

  private static JsonNode listOrEmpty(JsonNode v) {
    return v != null && v.isArray() ? v.deepCopy() : Json.array();
  }

  private static void copyIfPresent(JsonNode from, ObjectNode to, String field) {
    JsonNode v = from.get(field);
    if (v != null && !v.isNull()) {
      to.set(field, v.deepCopy());
    }
  }

  static ArrayNode strings(List<String> values) {
    ArrayNode a = Json.array();
    values.forEach(a::add);
    return a;
  }
}
