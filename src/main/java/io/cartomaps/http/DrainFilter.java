package io.cartomaps.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Counts calls in flight for a graceful stop and refuses new ones while draining. Long-lived GET
 * event streams are not calls: they are closed when the MCP server closes its sessions.
 */
final class DrainFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private final transient Drain drain;

  DrainFilter(Drain drain) {
    this.drain = drain;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod())) {
      if (drain.draining() && !request.getRequestURI().equals("/health")) {
        refuse(response);
        return;
      }
      chain.doFilter(request, response);
      return;
    }
    if (!drain.enter()) {
      refuse(response);
      return;
    }
    try {
      chain.doFilter(request, response);
    } finally {
      Completion.whenDone(request, drain::exit);
    }
  }

  private static void refuse(HttpServletResponse response) throws IOException {
    response.setHeader("Connection", "close");
    response.setHeader("Retry-After", "1");
    HttpErrors.send(
        response, 503, "UNAVAILABLE", "The server is shutting down; retry on another instance.");
  }
}
