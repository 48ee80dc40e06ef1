package io.cartomaps.mcp.stdio;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON-RPC channel on stdout: whole lines, one writer at a time, so answers from several
 * threads never mix.
 */
final class StdioOut {

  private static final Logger LOG = LoggerFactory.getLogger(StdioOut.class);
  private final OutputStream out;
  private volatile boolean broken;

  StdioOut(OutputStream out) {
    this.out = out;
  }

  /**
   * Writes one message (compact JSON, so it holds no newline); a closed stdout is logged once, not
   * thrown.
   */
  void line(String json) {
    byte[] bytes = (json + "\n").getBytes(StandardCharsets.UTF_8);
    synchronized (this) {
      if (broken) {
        return;
      }
      try {
        out.write(bytes);
        out.flush();
      } catch (IOException e) {
        broken = true;
        LOG.info("stdout is closed; answers are dropped until stdin ends");
      }
    }
  }
}
