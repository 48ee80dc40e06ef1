package io.cartomaps.http;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns the id of a session the SDK opens, at the moment it tells the client: the {@code
 * Mcp-Session-Id} header of an {@code initialize} answer (Streamable HTTP), or the {@code endpoint}
 * event of a legacy SSE stream, whose URL carries {@code sessionId=}. The SDK has no callback for
 * either.
 */
final class SessionCapture extends HttpServletResponseWrapper {

  private static final Pattern ENDPOINT_SESSION =
      Pattern.compile("sessionId=([A-Za-z0-9-]+)\\r?\\n");

  private final Consumer<String> opened;
  private final boolean sse;
  private PrintWriter writer;

  private SessionCapture(HttpServletResponse response, boolean sse, Consumer<String> opened) {
    super(response);
    this.sse = sse;
    this.opened = opened;
  }

  /** Watches the headers of a Streamable HTTP answer. */
  static SessionCapture header(HttpServletResponse response, Consumer<String> opened) {
    return new SessionCapture(response, false, opened);
  }

  /** Watches the first event of a legacy SSE stream. */
  static SessionCapture sseEndpoint(HttpServletResponse response, Consumer<String> opened) {
    return new SessionCapture(response, true, opened);
  }

  @Override
  public void setHeader(String name, String value) {
    seen(name, value);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    seen(name, value);
    super.addHeader(name, value);
  }

  private void seen(String name, String value) {
    if (!sse && RequestAttributes.MCP_SESSION_HEADER.equalsIgnoreCase(name) && value != null) {
      opened.accept(value);
    }
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (!sse) {
      return super.getWriter();
    }
    if (writer == null) {
      writer = new PrintWriter(new EndpointSniffer(super.getWriter()));
    }
    return writer;
  }

  /** Passes everything through; reads the first event until it has seen the session id. */
  private final class EndpointSniffer extends Writer {

    private final PrintWriter inner;
    private StringBuilder head = new StringBuilder();

    EndpointSniffer(PrintWriter inner) {
      this.inner = inner;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      if (head != null) {
        head.append(buf, off, Math.min(len, 1024));
        Matcher m = ENDPOINT_SESSION.matcher(head);
        if (m.find()) {
          opened.accept(m.group(1));
          head = null;
        } else if (head.length() > 1024) {
          head = null;
        }
      }
      inner.write(buf, off, len);
      check();
    }

    @Override
    public void flush() throws IOException {
      inner.flush();
      check();
    }

    @Override
    public void close() {
      inner.close();
    }

    /**
     * The container's writer hides I/O errors; surface them so the SDK sees a client that has gone.
     */
    private void check() throws IOException {
      if (inner.checkError()) {
        throw new IOException("client disconnected");
      }
    }
  }
}
