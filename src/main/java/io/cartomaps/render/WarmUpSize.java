package io.cartomaps.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The size the browser warms up at: the size of the last offline screenshot taken in this home (an
 * agent tends to ask for the same size again), else the default. A first screenshot at the
 * warm-up's size finds its drawing buffers allocated; at another size it pays a resize and a
 * redraw. Kept in a one-line file ({@code 1024x640}); a missing or unreadable file means the
 * default.
 */
final class WarmUpSize {

  private static final Logger LOG = LoggerFactory.getLogger(WarmUpSize.class);
  private static final Pattern SIZE = Pattern.compile("(\\d{2,4})x(\\d{2,4})");

  private final Path file;
  private volatile String remembered;

  /**
   * @param file where the size is kept; null keeps nothing (always the default)
   */
  WarmUpSize(Path file) {
    this.file = file;
  }

  /** The remembered size as {width, height}, or the default screenshot size. */
  int[] get() {
    if (file != null) {
      try {
        Matcher m = SIZE.matcher(Files.readString(file, StandardCharsets.UTF_8).strip());
        if (m.matches()) {
          int w = Integer.parseInt(m.group(1));
          int h = Integer.parseInt(m.group(2));
          if (inRange(w) && inRange(h)) {
            return new int[] {w, h};
          }
        }
      } catch (IOException | RuntimeException e) {
        // no size remembered yet, or an unreadable file: the default
      }
    }
    return new int[] {ScreenshotOptions.DEFAULT_WIDTH, ScreenshotOptions.DEFAULT_HEIGHT};
  }

  /** Remembers the size of a screenshot just taken; a failure to write only loses the hint. */
  void remember(ScreenshotOptions options) {
    String size = options.width() + "x" + options.height();
    if (file == null || options.fullPage() || size.equals(remembered)) {
      return;
    }
    Path tmp = null;
    try {
      Files.createDirectories(file.getParent());
      tmp = Files.createTempFile(file.getParent(), ".screenshot-size", ".tmp");
      Files.writeString(tmp, size + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      remembered = size;
    } catch (IOException | RuntimeException e) {
      LOG.debug("screenshot size not remembered: {}", e.getMessage());
      deleteQuietly(tmp);
    }
  }

  private static void deleteQuietly(Path tmp) {
    try {
      if (tmp != null) {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      // a stray temporary file: the next remember writes another
    }
  }

  private static boolean inRange(int v) {
    return v >= ScreenshotOptions.MIN_SIZE && v <= ScreenshotOptions.MAX_SIZE;
  }
}
