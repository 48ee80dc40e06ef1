package io.cartomaps.http;

import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.ToolSelection;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer authentication with this server's own API keys. A token that is not one of them — a CARTO
 * token included — is simply unauthorized: tokens are never passed through to CARTO, and never
 * repeated back. Without keys (loopback only) every request is the one local user, with the
 * server's tools and every profile.
 */
final class BearerAuthFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final String ANONYMOUS = "local";

  private final transient ApiKeys keys;
  private final transient Map<String, Caller> callers = new HashMap<>();
  private final transient Caller anonymous;

  BearerAuthFilter(ApiKeys keys, ToolSelection serverTools) {
    this.keys = keys;
    keys.keys().forEach(k -> callers.put(k.name(), k.caller(serverTools)));
    this.anonymous = new Caller(ANONYMOUS, List.of(), serverTools);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (keys.isEmpty()) {
      request.setAttribute(RequestAttributes.CALLER, anonymous);
      chain.doFilter(request, response);
      return;
    }
    String token = bearer(request.getHeader("Authorization"));
    Optional<ApiKey> key = token == null ? Optional.empty() : keys.match(token);
    if (key.isEmpty()) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"carto-maps-mcp\"");
      HttpErrors.send(
          response,
          401,
          "UNAUTHORIZED",
          token == null
              ? "Send one of this server's API keys as 'Authorization: Bearer <key>' (made with 'carto-maps-mcp keys create')."
              : "That bearer token is not one of this server's API keys. CARTO tokens are not accepted here; use a key "
                  + "made with 'carto-maps-mcp keys create'.");
      return;
    }
    request.setAttribute(RequestAttributes.CALLER, callers.get(key.get().name()));
    chain.doFilter(request, response);
  }

  static String bearer(String header) {
    if (header == null || header.length() < 8 || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = header.substring(7).trim();
    return token.isEmpty() ? null : token;
  }
}
