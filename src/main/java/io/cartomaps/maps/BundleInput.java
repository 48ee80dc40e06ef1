package io.cartomaps.maps;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The first check of every write: a bundle, an update and a dataset patch are each a JSON object.
 */
final class BundleInput {

  private BundleInput() {}

  static ObjectNode requireObject(JsonNode input, String what) {
    if (input instanceof ObjectNode o) {
      return o;
    }
    throw new MapsException(
        "BUNDLE_NOT_OBJECT",
        what
            + " must be a JSON object, got "
            + (input == null ? "nothing" : input.getNodeType().name().toLowerCase())
            + ".",
        List.of(
            Finding.error(
                "BUNDLE_NOT_OBJECT",
                "",
                what + " must be a JSON object.",
                "Pass a map bundle: {\"title\": …}.")));
  }
}
