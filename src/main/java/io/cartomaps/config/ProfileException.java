package io.cartomaps.config;

/**
 * A profile cannot be used: unknown name, missing or expired token, unreadable credentials file.
 * Never carries a token.
 */
public final class ProfileException extends RuntimeException {

  public ProfileException(String message) {
    super(message);
  }
}
