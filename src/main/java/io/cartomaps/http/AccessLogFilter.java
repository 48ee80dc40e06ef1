package io.cartomaps.http;

import io.cartomaps.mcp.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One structured line per request on stderr: method, path, status, duration, key name, session
 * prefix and client address. Never the query string (a client may put a token there), never a
 * header value, never a body.
 */
final class AccessLogFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  static final Logger ACCESS = LoggerFactory.getLogger("io.cartomaps.http.access");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long start = System.nanoTime();
    try {
      chain.doFilter(request, response);
    } finally {
      Completion.whenDone(request, () -> log(request, response, start));
    }
  }

  private static void log(HttpServletRequest request, HttpServletResponse response, long start) {
    if (!ACCESS.isInfoEnabled()) {
      return;
    }
    Caller caller = RequestAttributes.caller(request);
    Object session = request.getAttribute(RequestAttributes.SESSION);
    ACCESS.info(
        "method={} path={} status={} ms={} key={} session={} remote={}",
        request.getMethod(),
        request.getRequestURI(),
        response.getStatus(),
        (System.nanoTime() - start) / 1_000_000,
        caller == null ? "-" : caller.name() == null ? "local" : caller.name(),
        session == null ? "-" : prefix(session.toString()),
        request.getRemoteAddr());
  }

  /** Enough of a session id to follow it through the log, not enough to use it. */
  static String prefix(String session) {
    return session.length() <= 8 ? session : session.substring(0, 8) + "…";
  }
}
