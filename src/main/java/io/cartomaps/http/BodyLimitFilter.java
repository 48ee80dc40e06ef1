package io.cartomaps.http;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
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
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Reads request bodies first, without holding a thread, bounded in size and time, before any other
 * check: so neither a slow body nor a refused one (whose unread rest the container would otherwise
 * drain on a worker thread) can tie up the threads that answer {@code /health} and everyone else.
 *
 * <ul>
 *   <li>Size: a declared length over the limit is refused before reading, a chunked body one byte
 *       past it — 413 with the limit, so a client knows what to send instead.
 *   <li>Time: the body is read with non-blocking I/O (a {@link ReadListener}), so a client that
 *       sends one byte every few seconds costs a connection, not a worker thread, and is cut off
 *       with 408 after {@link #READ_TIMEOUT}; the request then continues on an async dispatch with
 *       the body in memory. *
 * </ul>
 *
 * The filters before this one run on the request only; those after it run on the async dispatch
 * that carries the body (and on the request for bodiless methods).
 */
final class BodyLimitFilter extends HttpFilter {

  /** Longest time a client may take to send a whole body. */
  static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

  private static final long serialVersionUID = 1L;
  private static final String BODY = BodyLimitFilter.class.getName() + ".body";
  private final int max;

  BodyLimitFilter(int max) {
    this.max = max;
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"POST".equals(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    if (request.getDispatcherType() == DispatcherType.ASYNC) {
      Object body = request.getAttribute(BODY);
      if (body instanceof byte[] bytes) {
        request.removeAttribute(BODY);
        forward(bytes, request, response, chain);
      }
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > max) {
      tooLarge(response, declared + " bytes");
      return;
    }
    AsyncContext async = request.startAsync(request, response);
    async.setTimeout(READ_TIMEOUT.toMillis());
    async.addListener(new TimeoutAnswer(response));
    ServletInputStream in = request.getInputStream();
    in.setReadListener(new BodyReader(in, async, request, response));
  }

  private void forward(
      byte[] body, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new CachedBody(request, body), response);
  }

  private void tooLarge(HttpServletResponse response, String size) throws IOException {
    response.setHeader("Connection", "close");
    HttpErrors.send(
        response,
        413,
        "PAYLOAD_TOO_LARGE",
        "The request body is "
            + size
            + "; this server accepts at "
            + "most "
            + max
            + " bytes (--max-request-bytes). Send a smaller bundle, or raise the limit.");
  }

  /** Collects the body as it arrives; dispatches the request again once it is whole. */
  private final class BodyReader implements ReadListener {

    private final ServletInputStream in;
    private final AsyncContext async;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private final byte[] buf = new byte[8192];
    private boolean refused;

    BodyReader(
        ServletInputStream in,
        AsyncContext async,
        HttpServletRequest request,
        HttpServletResponse response) {
      this.in = in;
      this.async = async;
      this.request = request;
      this.response = response;
    }

    @Override
    public void onDataAvailable() throws IOException {
      while (!refused && in.isReady()) {
        int n = in.read(buf);
        if (n < 0) {
          return;
        }
        body.write(buf, 0, n);
        if (body.size() > max) {
          refused = true;
          tooLarge(response, "more than " + max + " bytes");
          async.complete();
        }
      }
    }

    @Override
    public void onAllDataRead() {
      if (!refused) {
        request.setAttribute(BODY, body.toByteArray());
        async.dispatch();
      }
    }

    @Override
    public void onError(Throwable t) {
      if (!refused) {
        refused = true;
        async.complete();
      }
    }
  }

  /** A body not whole within {@link #READ_TIMEOUT}: 408, and the connection is closed. */
  private static final class TimeoutAnswer implements AsyncListener {

    private final HttpServletResponse response;

    TimeoutAnswer(HttpServletResponse response) {
      this.response = response;
    }

    @Override
    public void onTimeout(AsyncEvent event) throws IOException {
      response.setHeader("Connection", "close");
      HttpErrors.send(
          response,
          408,
          "REQUEST_TIMEOUT",
          "The request body did not arrive within "
              + READ_TIMEOUT.toSeconds()
              + " s. Send the whole body at once.");
      event.getAsyncContext().complete();
    }

    @Override
    public void onComplete(AsyncEvent event) {}

    @Override
    public void onError(AsyncEvent event) {}

    @Override
    public void onStartAsync(AsyncEvent event) {}
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
      return new BufferedReader(
          new InputStreamReader(new ByteArrayInputStream(body), charset(getCharacterEncoding())));
    }

    /**
     * JSON is UTF-8; an unknown or missing charset is read as UTF-8 rather than failing the call.
     */
    private static Charset charset(String name) {
      try {
        return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
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
