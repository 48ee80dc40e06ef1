package io.cartomaps.mcp.server;

import io.cartomaps.render.MapPreviews;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the screenshot browser in the background on the first tool call, when an agent starts
 * working on maps, so its first screenshot costs about what a warm one does. Not at start-up (a
 * server that is never used starts no browser) and only when the screenshot tool is offered. A
 * warm-up that cannot start (no Chromium, say) never fails the call that triggered it: the
 * screenshot itself reports the problem when it is asked for.
 */
final class BrowserWarmUp implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserWarmUp.class);

  private final MapPreviews previews;
  private final AtomicBoolean started = new AtomicBoolean();

  BrowserWarmUp(MapPreviews previews) {
    this.previews = previews;
  }

  @Override
  public void run() {
    if (previews != null && started.compareAndSet(false, true)) {
      try {
        previews.warmUp();
      } catch (RuntimeException e) {
        LOG.debug("screenshot browser not started ahead of time: {}", e.getMessage());
      }
    }
  }
}
