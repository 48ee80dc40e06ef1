package io.cartomaps.bundle;

/**
 * A bundle that cannot be read or parsed; the message says where (line and column) and what to do.
 */
public final class BundleInputException extends RuntimeException {

  public BundleInputException(String message) {
    super(message);
  }
}
