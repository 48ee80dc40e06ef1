package io.cartomaps.cli;

import io.cartomaps.bundle.BundleInput;
import io.cartomaps.bundle.BundleInputException;
import java.io.InputStream;
import tools.jackson.databind.JsonNode;

/**
 * Reads a command's bundle argument (JSON text, a path, {@code -} or nothing for stdin); unreadable
 * → exit 2.
 */
final class BundleArg {

  private BundleArg() {}

  static JsonNode read(String arg, InputStream stdin) {
    try {
      return BundleInput.read(arg, stdin);
    } catch (BundleInputException e) {
      throw new CliException(CliErrors.INPUT, e.getMessage());
    }
  }
}
