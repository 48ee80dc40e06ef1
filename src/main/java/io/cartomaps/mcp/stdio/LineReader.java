package io.cartomaps.mcp.stdio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads newline-delimited messages as bytes, at most {@code maxBytes} each. A longer line is
 * reported as {@link Line#oversized()} and the rest of it is read and dropped without being kept,
 * so one huge line neither fills the memory nor ends the stream
 * (https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio).
 */
final class LineReader {

  /**
   * One line without its terminator, or an oversized line's first {@value #HEAD_BYTES} bytes (where
   * its id is); {@code null} from {@link #next()} at EOF.
   */
  record Line(byte[] bytes, boolean oversized) {

    boolean blank() {
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return !oversized;
    }
  }

  /** What is kept of an oversized line. */
  static final int HEAD_BYTES = 4096;

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int end;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /**
   * The next line, or null at the end of the input (a last line without a newline still counts).
   */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean oversized = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buf, 0, buf.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return any ? new Line(line.toByteArray(), oversized) : null;
        }
      }
      any = true;
      int nl = pos;
      while (nl < end && buf[nl] != '\n') {
        nl++;
      }
      int n = nl - pos;
      if (!oversized) {
        if (line.size() + n > maxBytes) {
          oversized = true;
          ByteArrayOutputStream head = new ByteArrayOutputStream(HEAD_BYTES);
          head.write(line.toByteArray(), 0, Math.min(line.size(), HEAD_BYTES));
          head.write(buf, pos, Math.min(n, HEAD_BYTES - head.size()));
          line = head;
        } else {
          line.write(buf, pos, n);
        }
      }
      pos = nl;
      if (nl < end) {
        pos++; // past the newline
        return new Line(line.toByteArray(), oversized);
      }
    }
  }
}
