package io.cartomaps.bundle;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Dataset references: a dataset declares {@code "$ref": "name"} and the map points at it with
 * {@code "$ref:name"} (layer {@code dataId}, widget {@code dataSource}, SQL parameter data sources,
 * filters keys …). After the datasets exist, every reference is rewritten to the dataset's id.
 */
public final class Refs {

  public static final String PREFIX = "$ref:";

  private Refs() {}

  /** The name in {@code "$ref:name"}, or null when the value is not a reference. */
  public static String name(String value) {
    return value != null && value.startsWith(PREFIX) ? value.substring(PREFIX.length()) : null;
  }

  /**
   * Replaces every {@code "$ref:name"} string value and object key under {@code node} by {@code
   * ids.get(name)}. Names missing from {@code ids} are left as they are (validation reports them).
   */
  public static JsonNode rewrite(JsonNode node, Map<String, String> ids) {
    Map<String, String> exact = new LinkedHashMap<>();
    ids.forEach((name, id) -> exact.put(PREFIX + name, id));
    return replace(node, exact);
  }

  /**
   * Replaces every string value and object key under {@code node} that equals a key of {@code
   * exact} by its value. Used for {@code "$ref:name"} references and for the old dataset ids of a
   * bundle read from another map.
   */
  public static JsonNode replace(JsonNode node, Map<String, String> exact) {
    if (exact.isEmpty()) {
      return node;
    }
    if (node instanceof ObjectNode obj) {
      Map<String, JsonNode> rebuilt = new LinkedHashMap<>();
      boolean keysChanged = false;
      for (Map.Entry<String, JsonNode> e : obj.properties()) {
        String key = exact.getOrDefault(e.getKey(), e.getKey());
        keysChanged |= !key.equals(e.getKey());
        rebuilt.put(key, replace(e.getValue(), exact));
      }
      if (keysChanged) {
        obj.removeAll();
      }
      rebuilt.forEach(obj::set);
      return obj;
    }
    if (node instanceof ArrayNode arr) {
      for (int i = 0; i < arr.size(); i++) {
        arr.set(i, replace(arr.get(i), exact));
      }
      return arr;
    }
    if (node != null && node.isString() && exact.containsKey(node.asString())) {
      return StringNode.valueOf(exact.get(node.asString()));
    }
    return node;
  }

  /** Every {@code "$ref:name"} string value found under {@code node}, in document order. */
  public static List<String> used(JsonNode node) {
    List<String> out = new ArrayList<>();
    collect(node, out);
    return out;
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isString()) {
      String n = name(node.asString());
      if (n != null) {
        out.add(n);
      }
      return;
    }
    Iterator<JsonNode> it = node.values().iterator();
    while (it.hasNext()) {
      collect(it.next(), out);
    }
  }
}
