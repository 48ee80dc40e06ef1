package io.cartomaps.bundle;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * CARTO's palettes (CARTOColors, CC-BY 3.0, from the {@code cartocolor} package) by name, so a
 * layer can say {@code "colorRange": {"name": "Sunset"}} and have the colours written for it.
 * Builder's default ramp has 6 steps; qualitative palettes give all their colours.
 */
public final class Palettes {

  /** Steps of a sequential or diverging ramp written from a name. */
  public static final int DEFAULT_STEPS = 6;

  private static final JsonNode ALL = load();

  private Palettes() {}

  /** The palette names, as CARTO spells them. */
  public static Set<String> names() {
    return Set.copyOf(ALL.propertyNames());
  }

  /**
   * The full {@code colorRange} ({@code name, type, category, colors}) of a CARTO palette, or null
   * when the name is not one.
   */
  public static ObjectNode colorRange(String name) {
    JsonNode p = name == null ? null : ALL.get(name);
    if (p == null) {
      return null;
    }
    String type = p.get("type").asString();
    JsonNode sizes = p.get("colors");
    int steps =
        type.equals("qualitative")
            ? sizes.propertyNames().stream().mapToInt(Integer::parseInt).max().orElse(DEFAULT_STEPS)
            : DEFAULT_STEPS;
    ObjectNode out = Json.object();
    out.put("name", name).put("type", type).put("category", "CARTO");
    out.set("colors", sizes.get(String.valueOf(steps)).deepCopy());
    return out;
  }

  /** The palette names nearest first is left to the caller; this is the list. */
  public static List<String> list() {
    return List.copyOf(ALL.propertyNames());
  }

  private static JsonNode load() {
    try (InputStream in = Palettes.class.getResourceAsStream("/palettes/cartocolor.json")) {
      if (in == null) {
        throw new IllegalStateException("palettes/cartocolor.json is missing from the build");
      }
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
