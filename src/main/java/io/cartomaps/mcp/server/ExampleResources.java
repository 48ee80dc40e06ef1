package io.cartomaps.mcp.server;

import io.modelcontextprotocol.server.McpServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Example bundles to start from ({@code carto-maps://example/{name}}): each is valid and
 * warning-free against the local sample data, and create writes the Builder boilerplate they leave
 * out. Copying one and changing the source, the columns and the palette is the shortest path to a
 * first map.
 */
public final class ExampleResources {

  public static final String PREFIX = "carto-maps://example/";

  /** Name → what the example shows. */
  public static final Map<String, String> EXAMPLES = examples();

  private ExampleResources() {}

  private static Map<String, String> examples() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(
        "points",
        "Points sized and coloured by a column (a query dataset), a dark basemap, a total and a category "
            + "widget, a hover popup");
    m.put("h3", "An H3 cell layer coloured by an aggregated column, with a formula widget");
    m.put("choropleth", "Polygons coloured by a column, a category widget and a click popup");
    return Map.copyOf(m);
  }

  public static List<SyncResourceSpecification> resources() {
    return List.of("points", "h3", "choropleth").stream()
        .map(
            name -> {
              McpSchema.Resource r =
                  McpSchema.Resource.builder(PREFIX + name, "example-" + name)
                      .title("Example bundle: " + name)
                      .description(EXAMPLES.get(name))
                      .mimeType("application/json")
                      .build();
              return new SyncResourceSpecification(
                  r,
                  (ex, req) ->
                      ReadResourceResult.builder(
                              List.of(
                                  TextResourceContents.builder(req.uri(), text(name))
                                      .mimeType("application/json")
                                      .build()))
                          .build());
            })
        .toList();
  }

  /** The example's bundle text, as shipped in the jar. */
  public static String text(String name) {
    try (InputStream in =
        ExampleResources.class.getResourceAsStream("/examples/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException(
            "No example " + name + "; examples: " + EXAMPLES.keySet());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
