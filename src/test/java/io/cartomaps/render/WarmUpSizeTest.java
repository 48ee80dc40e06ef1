package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warm-up size kept in the home: the last screenshot's, else the default, never garbage. */
class WarmUpSizeTest {

  @TempDir Path home;

  private static final int[] DEFAULT = {
    ScreenshotOptions.DEFAULT_WIDTH, ScreenshotOptions.DEFAULT_HEIGHT
  };

  private static ScreenshotOptions.Builder size(int w, int h) {
    return ScreenshotOptions.builder().width(w).height(h);
  }

  @Test
  void remembersTheLastSizeAcrossInstances() {
    Path file = home.resolve("screenshot-size");
    new WarmUpSize(file).remember(size(1024, 640).build());
    WarmUpSize next = new WarmUpSize(file);
    assertArrayEquals(new int[] {1024, 640}, next.get());
    next.remember(size(800, 600).build());
    assertArrayEquals(new int[] {800, 600}, new WarmUpSize(file).get());
  }

  @Test
  void aFullPageCaptureIsNotASizeToWarmUpAt() {
    Path file = home.resolve("screenshot-size");
    WarmUpSize sizes = new WarmUpSize(file);
    sizes.remember(size(1024, 640).build());
    sizes.remember(size(500, 500).fullPage(true).build());
    assertArrayEquals(new int[] {1024, 640}, sizes.get());
  }

  @Test
  void anUnreadableOrOutOfRangeFileMeansTheDefault() throws Exception {
    Path file = home.resolve("screenshot-size");
    assertArrayEquals(DEFAULT, new WarmUpSize(file).get(), "no file yet");
    Files.writeString(file, "big");
    assertArrayEquals(DEFAULT, new WarmUpSize(file).get());
    Files.writeString(file, "9999x10");
    assertArrayEquals(DEFAULT, new WarmUpSize(file).get());
    Files.createDirectories(home.resolve("dir"));
    assertArrayEquals(DEFAULT, new WarmUpSize(home.resolve("dir")).get());
    assertArrayEquals(DEFAULT, new WarmUpSize(null).get());
  }

  @Test
  void aHomeThatCannotBeWrittenOnlyLosesTheHint() throws Exception {
    Path notADir = home.resolve("file");
    Files.writeString(notADir, "x");
    WarmUpSize sizes = new WarmUpSize(notADir.resolve("screenshot-size"));
    sizes.remember(size(1024, 640).build());
    assertArrayEquals(DEFAULT, sizes.get());
  }
}
