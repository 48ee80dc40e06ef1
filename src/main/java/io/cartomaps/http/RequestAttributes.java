package io.cartomaps.http;

import io.cartomaps.mcp.Caller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * What the filters learn about a request and hand on: who is calling, and which session it uses.
 */
final class RequestAttributes {

  static final String CALLER = "io.cartomaps.http.caller";
  static final String SESSION = "io.cartomaps.http.session";
  static final String MCP_SESSION_HEADER = "Mcp-Session-Id";

  private RequestAttributes() {}

  static Caller caller(HttpServletRequest request) {
    return request.getAttribute(CALLER) instanceof Caller c ? c : null;
  }
}
