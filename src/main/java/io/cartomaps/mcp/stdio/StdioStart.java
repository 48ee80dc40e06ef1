package io.cartomaps.mcp.stdio;

import io.cartomaps.mcp.server.InitializeAnswer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first line of a stdio connection, read while the services are still being built, and answered
 * at once when it is a 2025 {@code initialize}: a client spawning the server waits for that answer
 * before anything else, and it needs nothing but the server's fixed identity ({@link
 * InitializeAnswer}). The SDK's session still receives the request when the {@link StdioServer}
 * starts, so its state is the same; its own answer is then not sent twice.
 */
public final class StdioStart {

  final LineReader lines;
  final LineReader.Line first;
  final String answered;

  private StdioStart(LineReader lines, LineReader.Line first, String answered) {
    this.lines = lines;
    this.first = first;
    this.answered = answered;
  }

  /**
   * Reads the first line of {@code in} and, if it is a plain {@code initialize}, writes its answer
   * to {@code out}. An input that fails or ends is left for the server to see.
   */
  public static StdioStart read(InputStream in, OutputStream out) {
    LineReader lines = new LineReader(in, StdioServer.MAX_LINE_BYTES);
    LineReader.Line first;
    try {
      first = lines.next();
    } catch (IOException e) {
      return new StdioStart(lines, null, null);
    }
    if (first == null || first.oversized()) {
      return new StdioStart(lines, first, null);
    }
    String answer = InitializeAnswer.to(first.bytes());
    if (answer != null) {
      try {
        out.write((answer + "\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        answer = null; // stdout is gone: the server finds out when it answers
      }
    }
    return new StdioStart(lines, first, answer);
  }

  /** A start that has read nothing yet: the server reads every line itself. */
  static StdioStart unread(InputStream in, int maxLineBytes) {
    return new StdioStart(new LineReader(in, maxLineBytes), null, null);
  }
}
