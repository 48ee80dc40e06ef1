package io.cartomaps.backend.cloud;

import io.cartomaps.backend.BackendException;

/**
 * Checks ids and names before they become URL path segments, so none can climb out of its endpoint.
 */
final class Ids {

  private static final int MAX_LENGTH = 1024;

  private Ids() {}

  static String require(String what, String id) {
    if (id == null || id.isBlank()) {
      throw new BackendException(BackendException.Kind.INVALID, what + " is missing");
    }
    if (id.equals(".")
        || id.equals("..")
        || id.length() > MAX_LENGTH
        || id.chars().anyMatch(Character::isISOControl)) {
      throw new BackendException(BackendException.Kind.INVALID, what + " is not a valid id");
    }
    return id;
  }
}
