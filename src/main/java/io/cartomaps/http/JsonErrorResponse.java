package io.cartomaps.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Turns {@code sendError} — which the SDK's servlets use for refusals and which would make the
 * container render an HTML page — into the server's JSON error body. The SDK's own message is kept
 * only when it is one of its fixed texts (it never contains request data); otherwise a message for
 * the status is used.
 */
final class JsonErrorResponse extends HttpServletResponseWrapper {

  JsonErrorResponse(HttpServletResponse response) {
    super(response);
  }

  @Override
  public void sendError(int status) throws IOException {
    HttpErrors.send((HttpServletResponse) getResponse(), status, HttpErrors.defaultMessage(status));
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    String text =
        message == null || message.isBlank() || message.length() > 200
            ? HttpErrors.defaultMessage(status)
            : message;
    HttpErrors.send((HttpServletResponse) getResponse(), status, text);
  }
}
