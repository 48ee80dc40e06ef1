package io.cartomaps.validate;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The example bundles of the CARTO maps reference, as fresh mutable trees. */
public final class ExampleBundles {

  private ExampleBundles() {}

  /** {@code minimal} or {@code rich}: a new copy each call, so tests may mutate it. */
  public static ObjectNode load(String name) {
    return (ObjectNode) Json.parse(text("/bundles/" + name + ".json"));
  }

  public static String text(String resource) {
    try (InputStream in = ExampleBundles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode parse(String json) {
    return Json.parse(json);
  }
}
