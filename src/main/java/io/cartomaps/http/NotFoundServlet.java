package io.cartomaps.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Every path that is not an endpoint: a JSON 404 that names the endpoints. */
final class NotFoundServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    HttpErrors.send(
        response,
        404,
        "NOT_FOUND",
        "No such endpoint. MCP is at /mcp (legacy HTTP+SSE clients: /sse), "
            + "health at /health.");
  }
}
