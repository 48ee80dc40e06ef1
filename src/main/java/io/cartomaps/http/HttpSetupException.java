package io.cartomaps.http;

/** A setting the HTTP server cannot start with; the message says what to change. */
public final class HttpSetupException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public HttpSetupException(String message) {
    super(message);
  }
}
