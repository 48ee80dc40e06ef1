package io.cartomaps.http;

import io.cartomaps.mcp.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Binds each session to the key that opened it and refuses it to every other key — with the same
 * 404 an unknown session gets, so nothing tells a prober that the id exists.
 */
final class SessionOwnershipFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private final transient SessionOwners owners;

  SessionOwnershipFilter(SessionOwners owners) {
    this.owners = owners;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Caller caller = RequestAttributes.caller(request);
    if (caller == null) {
      HttpErrors.send(
          response,
          401,
          "UNAUTHORIZED",
          "Send one of this server's API keys as 'Authorization: Bearer <key>'.");
      return;
    }
    String key = caller.name();
    String uri = request.getRequestURI();
    String method = request.getMethod();
    if (uri.equals(McpHttpServer.SSE) && "GET".equals(method)) {
      chain.doFilter(
          request,
          SessionCapture.sseEndpoint(
              response,
              id -> {
                owners.bind(id, key);
                request.setAttribute(RequestAttributes.SESSION, id);
              }));
      return;
    }
    String session =
        uri.equals(McpHttpServer.MESSAGE)
            ? queryParameter(request.getQueryString(), "sessionId")
            : request.getHeader(RequestAttributes.MCP_SESSION_HEADER);
    if (session == null && uri.equals(McpHttpServer.MCP) && "POST".equals(method)) {
      // no session yet: an initialize, whose answer names the new session
      chain.doFilter(
          request,
          SessionCapture.header(
              response,
              id -> {
                owners.bind(id, key);
                request.setAttribute(RequestAttributes.SESSION, id);
              }));
      return;
    }
    if (session == null) {
      chain.doFilter(request, response); // the SDK answers a missing session id itself
      return;
    }
    if (!owners.ownedBy(session, key)) {
      HttpErrors.send(
          response,
          404,
          "SESSION_NOT_FOUND",
          "Unknown or expired session. Start a new one with an initialize request (without a session id).");
      return;
    }
    request.setAttribute(RequestAttributes.SESSION, session);
    chain.doFilter(request, response);
    if ("DELETE".equals(method) && response.getStatus() < 300) {
      owners.forget(session);
    }
  }

  static String queryParameter(String query, String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }
}
