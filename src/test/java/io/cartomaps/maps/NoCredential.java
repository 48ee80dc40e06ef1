package io.cartomaps.maps;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** Asserts that a failure carries no credential in its message, its text or its causes. */
final class NoCredential {

  private NoCredential() {}

  static void in(Throwable failure, String token) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertFalse(
          String.valueOf(t.getMessage()).contains(token), "the token is in: " + t.getMessage());
      assertFalse(t.toString().contains(token), "the token is in: " + t);
    }
  }
}
