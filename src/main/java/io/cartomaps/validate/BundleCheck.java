package io.cartomaps.validate;

import io.cartomaps.validate.finding.Finding;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One pass over a parsed bundle that yields findings. The JSON Schema check plugs into {@link
 * Tier1Validator} through this interface, so the rules do not depend on how the schema is loaded.
 */
@FunctionalInterface
public interface BundleCheck {

  /** Never throws on unexpected shapes; returns an empty list when there is nothing to report. */
  List<Finding> check(JsonNode bundle);

  /** The check that finds nothing, for running the cross-field rules alone. */
  static BundleCheck none() {
    return bundle -> List.of();
  }
}
