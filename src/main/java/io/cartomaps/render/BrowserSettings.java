package io.cartomaps.render;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the system Chromium and Node.js live and how the browser is kept. Playwright runs its
 * driver on the system Node (the bundled-Node driver is excluded from the build) and never
 * downloads a browser.
 *
 * <p>System properties: {@code render.chromium.path} (default {@code /usr/lib/chromium/chromium},
 * then {@code /usr/bin/chromium}), {@code render.node.path} (default: env {@code
 * PLAYWRIGHT_NODEJS_PATH}, then {@code /usr/bin/node}, then {@code node} on PATH), {@code
 * render.recycleEvery} (renders per browser, default 200).
 *
 * @param recycleEvery renders after which the browser is restarted to bound its memory
 */
public record BrowserSettings(Path chromium, Path node, int recycleEvery) {

  public static final Path DEBIAN_CHROMIUM = Path.of("/usr/lib/chromium/chromium");
  public static final int DEFAULT_RECYCLE_EVERY = 200;
  public static final int MIN_NODE_MAJOR = 20;
  private static final Pattern NODE_VERSION = Pattern.compile("^v(\\d+)\\.");

  /**
   * Chromium flags measured on this kind of machine: software WebGL2 through SwiftShader, and no
   * calls home. Never add {@code --disable-software-rasterizer}: it turns WebGL off.
   */
  public static final List<String> CHROMIUM_ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--use-angle=swiftshader",
          "--enable-unsafe-swiftshader",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--host-resolver-rules=MAP * ~NOTFOUND");

  public BrowserSettings {
    if (recycleEvery < 1) {
      throw new IllegalArgumentException("recycleEvery must be at least 1");
    }
  }

  public static BrowserSettings fromSystem() {
    String chromium = System.getProperty("render.chromium.path");
    String node = System.getProperty("render.node.path");
    int recycle = Integer.getInteger("render.recycleEvery", DEFAULT_RECYCLE_EVERY);
    return new BrowserSettings(
        chromium != null ? Path.of(chromium) : defaultChromium(),
        node != null ? Path.of(node) : defaultNode(),
        recycle);
  }

  public BrowserSettings withChromium(Path path) {
    return new BrowserSettings(path, node, recycleEvery);
  }

  public BrowserSettings withNode(Path path) {
    return new BrowserSettings(chromium, path, recycleEvery);
  }

  /** Fails with the package to install when Chromium or Node.js is missing. */
  public void check() {
    if (chromium == null || !Files.isExecutable(chromium)) {
      throw new RenderException(
          "Chromium was not found at "
              + chromium
              + ", so maps cannot be rendered to PNG."
              + " Install it with `apt-get install chromium` (Debian/Ubuntu), or point -Drender.chromium.path at a"
              + " Chromium binary. Everything else works without it.");
    }
    if (node == null || !Files.isExecutable(node)) {
      throw new RenderException(
          "Node.js 20 or newer was not found at "
              + node
              + "; the browser driver needs it."
              + " Install it with `apt-get install nodejs`, or point -Drender.node.path at a node binary.");
    }
  }

  /**
   * Fails when the Node.js found is older than 20, which Playwright's driver needs (Debian 12's own
   * nodejs is 18). Unknown versions pass: the driver then reports its own error.
   */
  public void checkNodeVersion() {
    try {
      Process process =
          new ProcessBuilder(node.toString(), "--version").redirectErrorStream(true).start();
      String out =
          new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return;
      }
      Matcher m = NODE_VERSION.matcher(out);
      if (m.find() && Integer.parseInt(m.group(1)) < MIN_NODE_MAJOR) {
        throw new RenderException(
            "Node.js at "
                + node
                + " is "
                + out
                + ", but the browser driver needs Node.js "
                + MIN_NODE_MAJOR
                + " or newer. Install a newer nodejs package (e.g. from NodeSource), or point"
                + " -Drender.node.path at one.");
      }
    } catch (IOException e) {
      throw new RenderException(
          "Could not run Node.js at "
              + node
              + ": "
              + e.getMessage()
              + ". Install it with `apt-get install nodejs`, or point -Drender.node.path at a node binary.",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Path defaultChromium() {
    if (Files.isExecutable(DEBIAN_CHROMIUM)) {
      return DEBIAN_CHROMIUM;
    }
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return DEBIAN_CHROMIUM;
  }

  private static Path defaultNode() {
    String env = System.getenv("PLAYWRIGHT_NODEJS_PATH");
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    Path usrBin = Path.of("/usr/bin/node");
    if (Files.isExecutable(usrBin)) {
      return usrBin;
    }
    String pathEnv = System.getenv("PATH");
    if (pathEnv != null) {
      for (String dir : pathEnv.split(File.pathSeparator)) {
        Path candidate = Path.of(dir, "node");
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return usrBin;
  }
}
