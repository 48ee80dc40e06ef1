package io.cartomaps.validate;

import tools.jackson.databind.JsonNode;

/** Tier-1 (offline) validation of a whole bundle. */
@FunctionalInterface
public interface BundleValidator {

  ValidationReport validate(JsonNode bundle);
}
