package io.cartomaps.mcp;

import io.cartomaps.bundle.BundleInput;
import io.cartomaps.json.IntegerRange;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Typed access to tool arguments (already checked against the input schema by the SDK). */
public record Args(Map<String, Object> values) {

  public Args {
    values = values == null ? Map.of() : values;
  }

  public String str(String name) {
    Object v = values.get(name);
    return v == null ? null : v.toString();
  }

  public String required(String name) {
    String v = str(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("Missing required argument '" + name + "'.");
    }
    return v;
  }

  public boolean bool(String name, boolean fallback) {
    Object v = values.get(name);
    return v instanceof Boolean b ? b : fallback;
  }

  public Integer integer(String name) {
    Object v = values.get(name);
    return v instanceof Number n ? n.intValue() : null;
  }

  /**
   * An integer argument within its range, refused with the range when huge, negative or fractional.
   */
  public Integer integer(IntegerRange range) {
    return range.parse(values.get(range.name()));
  }

  public Double number(String name) {
    Object v = values.get(name);
    return v instanceof Number n ? n.doubleValue() : null;
  }

  public List<String> strings(String name) {
    List<String> out = new ArrayList<>();
    if (values.get(name) instanceof List<?> list) {
      list.forEach(o -> out.add(String.valueOf(o)));
    }
    return out;
  }

  public List<Integer> integers(String name) {
    List<Integer> out = new ArrayList<>();
    if (values.get(name) instanceof List<?> list) {
      list.forEach(
          o -> out.add(o instanceof Number n ? n.intValue() : Integer.parseInt(o.toString())));
    }
    return out;
  }

  public Map<String, String> stringMap(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    if (values.get(name) instanceof Map<?, ?> map) {
      map.forEach((k, v) -> out.put(String.valueOf(k), String.valueOf(v)));
    }
    return out;
  }

  /** An argument as a JSON tree (bundles, patches), or null when absent. */
  /**
   * A JSON argument (a bundle, a patch), held to the same size and nesting limits as a bundle read
   * by the CLI ({@link BundleInput}), so every entry point accepts the same bundles.
   */
  public JsonNode json(String name) {
    Object v = values.get(name);
    return v == null ? null : BundleInput.parse(Json.compact(v), "argument '" + name + "'");
  }
}
