package io.cartomaps.mcp;

import io.cartomaps.render.MapPreviews;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts the screenshot browser in the background on the first tool call, when an agent starts working on maps,
 * so its first screenshot costs about what a warm one does. Not at start-up (a server that is never used starts no
 * browser) and only when the screenshot tool is offered.
 */
final class BrowserWarmUp implements Runnable {

  private final MapPreviews previews;
  private final AtomicBoolean started = new AtomicBoolean();

  BrowserWarmUp(MapPreviews previews) {
    this.previews = previews;
  }

  @Override
  public void run() {
    if (previews != null && started.compareAndSet(false, true)) {
      previews.prepare(true);
    }
  }
}
