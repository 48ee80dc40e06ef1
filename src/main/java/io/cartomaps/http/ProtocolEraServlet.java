package io.cartomaps.http;

import io.cartomaps.json.Json;
import io.modelcontextprotocol.modern.McpHttp;
import io.modelcontextprotocol.modern.McpSchema;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * One {@code /mcp} endpoint for both protocol eras. A request of MCP revision 2026-07-28 — an
 * {@code MCP-Protocol-Version} header other than a 2025 one, an {@code Mcp-Method} header, or a
 * body that is {@code server/discover} or carries a {@code _meta} protocol version — goes to the
 * SDK's stateless 2026 servlet, which checks headers against the body
 * (https://modelcontextprotocol.io/specification/2026-07-28/basic/transports); everything else to
 * the 2025 Streamable HTTP servlet (sessions or stateless), so 2025 clients see no change.
 */
final class ProtocolEraServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private final HttpServlet modern;
  private final HttpServlet legacy;

  ProtocolEraServlet(HttpServlet modern, HttpServlet legacy) {
    this.modern = modern;
    this.legacy = legacy;
  }

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    modern.init(config);
    legacy.init(config);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws ServletException, IOException {
    (isModern(request) ? modern : legacy).service(request, response);
  }

  static boolean isModern(HttpServletRequest request) throws IOException {
    String version = request.getHeader(McpHttp.Headers.MCP_PROTOCOL_VERSION);
    if (version != null && !version.startsWith("2024-") && !version.startsWith("2025-")) {
      return true;
    }
    if (request.getHeader(McpHttp.Headers.MCP_METHOD) != null) {
      return true;
    }
    if (!"POST".equals(request.getMethod()) || version != null) {
      return false;
    }
    try {
      JsonNode body = Json.MAPPER.readTree(request.getInputStream().readAllBytes());
      return McpSchema.METHOD_SERVER_DISCOVER.equals(Json.text(body, "method"))
          || body.at("/params/_meta").has(McpSchema.MetaKeys.PROTOCOL_VERSION);
    } catch (JacksonException e) {
      return false; // JsonRpcBodyFilter has answered malformed bodies already
    }
  }

  @Override
  public void destroy() {
    modern.destroy();
    legacy.destroy();
  }
}
