package io.cartomaps.http;

import io.cartomaps.mcp.wire.JsonRpcCheck;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A POST body that is not one JSON-RPC message gets HTTP 400 with the JSON-RPC error the spec names
 * ({@link JsonRpcCheck}: -32700 or -32600, {@code id: null}) instead of reaching the SDK, which
 * would answer with its serialised exception
 * (https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#sending-messages-to-the-server).
 */
final class JsonRpcBodyFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod())
        && JsonRpcCheck.check(request.getInputStream().readAllBytes())
            instanceof JsonRpcCheck.Malformed bad) {
      HttpErrors.sendJsonRpc(response, 400, bad.reply());
      return;
    }
    chain.doFilter(request, response);
  }
}
