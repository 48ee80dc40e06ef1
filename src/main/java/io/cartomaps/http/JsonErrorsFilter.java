package io.cartomaps.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes every error answer below it JSON (see {@link JsonErrorResponse}) and turns a crash into a
 * JSON 500.
 */
final class JsonErrorsFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(JsonErrorsFilter.class);

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      chain.doFilter(request, new JsonErrorResponse(response));
    } catch (IOException | ServletException | RuntimeException e) {
      LOG.warn("{} {} failed: {}", request.getMethod(), request.getRequestURI(), e.toString());
      HttpErrors.send(response, 500, HttpErrors.defaultMessage(500));
    }
  }
}
