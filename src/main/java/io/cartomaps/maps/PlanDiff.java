package io.cartomaps.maps;

import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What an update changes, for its plan: the keplerMapConfig parts that differ (layers by id), and
 * the fields of a dataset or of the map that get a new value; what is sent unchanged is not listed.
 */
final class PlanDiff {

  private PlanDiff() {}

  /**
   * Changed keplerMapConfig parts, e.g. {@code visState.layers: added [cells]}, {@code widgets}.
   */
  static List<String> kepler(JsonNode before, JsonNode after) {
    List<String> out = new ArrayList<>();
    JsonNode b = before == null ? Json.object() : before.path("config");
    JsonNode a = after == null ? Json.object() : after.path("config");
    for (String key : keys(b, a)) {
      if (key.equals("visState")) {
        for (String vs : keys(b.path("visState"), a.path("visState"))) {
          if (vs.equals("layers")) {
            layers(b.path("visState").path("layers"), a.path("visState").path("layers"), out);
          } else if (!Objects.equals(b.path("visState").get(vs), a.path("visState").get(vs))) {
            out.add("keplerMapConfig: visState." + vs);
          }
        }
      } else if (!Objects.equals(b.get(key), a.get(key))) {
        out.add("keplerMapConfig: " + key);
      }
    }
    return out;
  }

  /** The fields of {@code after} whose value differs from {@code before}. */
  static List<String> fields(JsonNode before, JsonNode after) {
    List<String> out = new ArrayList<>();
    for (String f : after.propertyNames()) {
      if (!Objects.equals(before == null ? null : before.get(f), after.get(f))) {
        out.add(f);
      }
    }
    return out;
  }

  private static void layers(JsonNode before, JsonNode after, List<String> out) {
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    Set<String> removed = new LinkedHashSet<>();
    before.forEach(l -> removed.add(Json.text(l, "id")));
    for (JsonNode l : after) {
      String id = Json.text(l, "id");
      JsonNode old = null;
      for (JsonNode o : before) {
        if (Objects.equals(Json.text(o, "id"), id)) {
          old = o;
        }
      }
      removed.remove(id);
      if (old == null) {
        added.add(id);
      } else if (!old.equals(l)) {
        changed.add(id);
      }
    }
    List<String> parts = new ArrayList<>();
    if (!added.isEmpty()) {
      parts.add("added " + added);
    }
    if (!changed.isEmpty()) {
      parts.add("changed " + changed);
    }
    if (!removed.isEmpty()) {
      parts.add("removed " + removed);
    }
    if (!parts.isEmpty()) {
      out.add("keplerMapConfig: visState.layers " + String.join(", ", parts));
    }
  }

  private static Set<String> keys(JsonNode a, JsonNode b) {
    Set<String> keys = new LinkedHashSet<>();
    if (a.isObject()) {
      keys.addAll(a.propertyNames());
    }
    if (b.isObject()) {
      keys.addAll(b.propertyNames());
    }
    return keys;
  }
}
