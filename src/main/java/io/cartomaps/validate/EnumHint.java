package io.cartomaps.validate;

import io.cartomaps.validate.finding.ClosestValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What to say when a value is not in an enum: the modern layer type for a legacy one, the other
 * form of an aggregation (layers use {@code average}, widgets {@code avg}), or the nearest allowed
 * value.
 */
final class EnumHint {

  /** Document-mode layer types Builder no longer accepts, with the type to use instead. */
  static final Map<String, String> LEGACY_LAYER_TYPES =
      Map.ofEntries(
          Map.entry("point", "tileset"),
          Map.entry("geojson", "tileset"),
          Map.entry("line", "tileset"),
          Map.entry("trip", "tileset"),
          Map.entry("arc", "tileset"),
          Map.entry("hexagon", "h3"),
          Map.entry("hexagonId", "h3"),
          Map.entry("grid", "quadbin"),
          Map.entry("s2", "quadbin"),
          Map.entry("heatmap", "heatmapTile"),
          Map.entry("cluster", "clusterTile"));

  /** Long and short spellings of the same aggregation. */
  private static final Map<String, List<String>> SYNONYMS =
      Map.of(
          "avg", List.of("average"),
          "average", List.of("avg"),
          "mean", List.of("average", "avg"),
          "min", List.of("minimum"),
          "minimum", List.of("min"),
          "max", List.of("maximum"),
          "maximum", List.of("max"),
          "median", List.of("avg"),
          "countunique", List.of("count unique"),
          "count_unique", List.of("count unique"));

  private EnumHint() {}

  /**
   * The legacy layer type's replacement when {@code value} is one and the replacement is allowed
   * here.
   */
  static Optional<String> modernLayerType(String value, List<String> allowed) {
    String modern = LEGACY_LAYER_TYPES.get(value);
    return modern != null && allowed.contains(modern) ? Optional.of(modern) : Optional.empty();
  }

  /** The allowed value the author most likely meant, if any. */
  static Optional<String> likelyMeant(String value, List<String> allowed) {
    for (String synonym : SYNONYMS.getOrDefault(value, List.of())) {
      if (allowed.contains(synonym)) {
        return Optional.of(synonym);
      }
    }
    return ClosestValue.among(value, allowed);
  }
}
