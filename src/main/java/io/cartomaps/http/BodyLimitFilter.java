package io.cartomaps.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies are bounded: a declared length over the limit is refused before reading, and a chunked body is read
 * at most one byte past the limit, then refused — 413 with the limit, so a client knows what to send instead.
 */
final class BodyLimitFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;
  private final int max;

  BodyLimitFilter(int max) {
    this.max = max;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > max) {
      tooLarge(response, request, declared + " bytes");
      return;
    }
    byte[] body = read(request.getInputStream(), max + 1);
    if (body.length > max) {
      tooLarge(response, request, "more than " + max + " bytes");
      return;
    }
    chain.doFilter(new CachedBody(request, body), response);
  }

  private void tooLarge(HttpServletResponse response, HttpServletRequest request, String size) throws IOException {
    response.setHeader("Connection", "close");
    HttpErrors.send(response, 413, "PAYLOAD_TOO_LARGE", "The request body is " + size + "; this server accepts at "
        + "most " + max + " bytes (--max-request-bytes). Send a smaller bundle, or raise the limit.");
  }

  private static byte[] read(InputStream in, int limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(limit, 16 * 1024));
    byte[] buf = new byte[8192];
    int n;
    while (out.size() < limit && (n = in.read(buf, 0, Math.min(buf.length, limit - out.size()))) > 0) {
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The request with its body already read. */
  private static final class CachedBody extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("blocking reads only");
        }

        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset(getCharacterEncoding())));
    }

    /** JSON is UTF-8; an unknown or missing charset is read as UTF-8 rather than failing the call. */
    private static java.nio.charset.Charset charset(String name) {
      try {
        return name == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(name);
      } catch (IllegalArgumentException e) {
        return StandardCharsets.UTF_8;
      }
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
