package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed viewer bundle ({@code src/main/resources/viewer/mapshot.js}) is exactly what {@code
 * web/} builds: a clean {@code npm ci} from the lock file in a temporary copy, then the esbuild
 * build, compared byte for byte. Needs npm; without it the test skips, unless {@code
 * render.requireBrowser=true} (CI), where it fails.
 */
class ViewerBundleIsBuiltFromSourceTest {

  private static final Path WEB = Path.of("web");
  private static final Path COMMITTED = Path.of("src", "main", "resources", "viewer", "mapshot.js");

  @Test
  void committedBundleMatchesAFreshBuild(@TempDir Path temp) throws Exception {
    Path npm = onPath("npm");
    if (npm == null) {
      if (BrowserRequirement.required()) {
        fail(
            "npm is not installed, so the viewer bundle cannot be checked (apt-get install -y npm);"
                + " render.requireBrowser=true makes this a failure.");
      }
      Assumptions.assumeTrue(false, "npm not installed; skipping the viewer bundle check");
    }
    Path copy = temp.resolve("web");
    copyTree(WEB, copy);
    run(
        copy,
        List.of(
            npm.toString(),
            "ci",
            "--ignore-scripts",
            "--no-audit",
            "--no-fund",
            "--prefer-offline"));
    Path built = temp.resolve("mapshot.js");
    run(
        copy,
        List.of(npm.toString(), "run", "--silent", "build", "--", "--outfile", built.toString()));
    byte[] expected = Files.readAllBytes(COMMITTED);
    byte[] actual = Files.readAllBytes(built);
    if (expected.length != actual.length) {
      fail(
          "The committed viewer bundle is "
              + expected.length
              + " bytes but web/ builds "
              + actual.length
              + " bytes. Run `cd web && npm ci && npm run build` and commit the result.");
    }
    assertArrayEquals(
        expected,
        actual,
        "The committed viewer bundle differs from a fresh build of web/."
            + " Run `cd web && npm ci && npm run build` and commit the result.");
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path relative = from.relativize(file);
        if (relative.startsWith("node_modules")) {
          continue;
        }
        Path target = to.resolve(relative.toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
    Path log = Files.createTempFile("npm", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(String.join(" ", command) + " did not finish in 10 minutes");
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
