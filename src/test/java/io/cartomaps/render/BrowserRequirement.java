package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;

/**
 * Browser tests skip when Chromium is missing, unless {@code -Drender.requireBrowser=true} (CI),
 * where a missing browser is a failure.
 */
final class BrowserRequirement {

  private BrowserRequirement() {}

  static boolean required() {
    return Boolean.parseBoolean(System.getProperty("render.requireBrowser", "false"));
  }

  static void assumeChromium() {
    BrowserSettings settings = BrowserSettings.fromSystem();
    String problem = null;
    if (!Files.isExecutable(settings.chromium())) {
      problem =
          "Chromium not found at "
              + settings.chromium()
              + " (apt-get install -y chromium fonts-dejavu-core)";
    } else if (!Files.isExecutable(settings.node())) {
      problem = "Node.js not found at " + settings.node() + " (apt-get install -y nodejs)";
    }
    if (problem == null) {
      return;
    }
    if (required()) {
      fail(problem + "; render.requireBrowser=true makes this a failure.");
    }
    Assumptions.assumeTrue(
        false, problem + "; skipping browser tests (set -Drender.requireBrowser=true to fail).");
  }
}
