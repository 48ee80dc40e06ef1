package io.cartomaps.http;

import io.modelcontextprotocol.server.transport.HeaderAccessor;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;
import io.modelcontextprotocol.server.transport.ServerTransportSecurityException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * DNS-rebinding protection before anything else looks at the request: the SDK's validator checks
 * {@code Origin} (403) and {@code Host} (421) against the server's own names; the refusal says how
 * to allow a legitimate one.
 */
final class TransportSecurityFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private final transient ServerHttpHeaderValidator validator;

  TransportSecurityFilter(ServerHttpHeaderValidator validator) {
    this.validator = validator;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      validator.validate(headers(request));
    } catch (ServerTransportSecurityException e) {
      if (e.getStatusCode() == 403) {
        HttpErrors.send(
            response,
            403,
            "FORBIDDEN_ORIGIN",
            "This Origin may not call the server. If it is a "
                + "client you trust, start the server with --allowed-origin <origin>.");
      } else {
        HttpErrors.send(
            response,
            e.getStatusCode(),
            "MISDIRECTED_REQUEST",
            "This Host is not one of the server's "
                + "names. Connect by the address it listens on, or start it with --allowed-host <host[:port]>.");
      }
      return;
    }
    chain.doFilter(request, response);
  }

  private static HeaderAccessor headers(HttpServletRequest request) {
    return new HeaderAccessor() {
      @Override
      public List<String> getHeader(String name) {
        return Collections.list(request.getHeaders(name));
      }

      @Override
      public List<String> getHeaderNames() {
        return Collections.list(request.getHeaderNames());
      }
    };
  }
}
