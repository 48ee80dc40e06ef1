package io.cartomaps.render;

import io.cartomaps.json.Json;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drops the row properties a screenshot cannot draw, so the page receives only what its layers
 * read. A column is kept when its name appears as a word in any text of the map's config or of its
 * dataset (layer channels, aggregation expressions, tooltips, filters, the geoColumn, the dataset's
 * column list), or as the stem of an aggregated name ({@code population_sum} keeps {@code
 * population}). Keeping a column too many is harmless; the rows handed to Chromium shrink to the
 * columns that matter, which is most of a screenshot's hand-over time.
 */
final class UsedColumns {

  private final Set<String> words;

  private UsedColumns(Set<String> words) {
    this.words = words;
  }

  /** The words of every text in the map's config. */
  static UsedColumns of(RenderInput input) {
    Set<String> words = new HashSet<>();
    collect(input.keplerMapConfig(), words);
    return new UsedColumns(words);
  }

  /**
   * The dataset with its rows reduced to the used properties; the dataset itself when nothing is
   * dropped.
   */
  JsonNode prune(JsonNode dataset) {
    JsonNode features = dataset.path("data").path("features");
    if (!features.isArray() || features.isEmpty()) {
      return dataset;
    }
    Set<String> keep = new HashSet<>(words);
    for (Iterator<Map.Entry<String, JsonNode>> it = dataset.properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!"data".equals(field.getKey())) {
        collect(field.getValue(), keep);
      }
    }
    if (!dropsSomething(features, keep)) {
      return dataset;
    }
    ArrayNode pruned = Json.array();
    for (JsonNode feature : features) {
      if (!(feature instanceof ObjectNode f)
          || !(f.get("properties") instanceof ObjectNode props)) {
        pruned.add(feature);
        continue;
      }
      ObjectNode copy = withoutField(f, "properties");
      ObjectNode kept = copy.putObject("properties");
      props
          .properties()
          .forEach(
              e -> {
                if (keep.contains(e.getKey())) {
                  kept.set(e.getKey(), e.getValue());
                }
              });
      pruned.add(copy);
    }
    ObjectNode data = withoutField(dataset.get("data"), "features");
    data.set("features", pruned);
    ObjectNode out = withoutField(dataset, "data");
    out.set("data", data);
    return out;
  }

  /**
   * A shallow copy of an object without one member: the rows are large and shared, never copied.
   */
  static ObjectNode withoutField(JsonNode node, String field) {
    ObjectNode copy = Json.object();
    node.properties()
        .forEach(
            e -> {
              if (!field.equals(e.getKey())) {
                copy.set(e.getKey(), e.getValue());
              }
            });
    return copy;
  }

  private static boolean dropsSomething(JsonNode features, Set<String> keep) {
    JsonNode props = features.get(0).path("properties");
    for (String name : props.propertyNames()) {
      if (!keep.contains(name)) {
        return true;
      }
    }
    return false;
  }

  private static void collect(JsonNode node, Set<String> words) {
    if (node == null) {
      return;
    }
    if (node.isString()) {
      addWords(node.asString(), words);
    } else if (node.isContainer()) {
      node.forEach(child -> collect(child, words));
    }
  }

  private static void addWords(String text, Set<String> words) {
    words.add(text);
    for (String word : text.split("[^\\p{L}\\p{N}_$]+")) {
      if (word.isEmpty()) {
        continue;
      }
      words.add(word);
      for (int cut = word.indexOf('_'); cut > 0; cut = word.indexOf('_', cut + 1)) {
        words.add(word.substring(0, cut));
      }
    }
  }
}
