package io.cartomaps.http;

import io.cartomaps.app.Version;
import io.cartomaps.json.Json;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /health} for load balancers and supervisors: no authentication and nothing secret —
 * status, version and mode. 503 while draining, so traffic moves away before the process stops.
 */
final class HealthServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private final transient Drain drain;
  private final boolean stateless;

  HealthServlet(Drain drain, boolean stateless) {
    this.drain = drain;
    this.stateless = stateless;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean draining = drain.draining();
    ObjectNode o = Json.object();
    o.put("status", draining ? "draining" : "ok");
    o.put("name", "carto-maps-mcp");
    o.put("version", Version.current());
    o.put("mode", stateless ? "stateless" : "sessions");
    byte[] bytes = Json.compact(o).getBytes(StandardCharsets.UTF_8);
    response.setStatus(draining ? 503 : 200);
    response.setContentType("application/json");
    response.setHeader("Cache-Control", "no-store");
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }
}
