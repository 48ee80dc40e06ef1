package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged jar and the Node tools of {@code e2e/}, for tests that drive the real program. */
final class Jar {

  static final Path ROOT = Path.of(System.getProperty("user.dir"));
  static final Path E2E = ROOT.resolve("e2e");

  private Jar() {}

  static Path path() {
    Path jar = Path.of(System.getProperty("project.jar", "target/carto-maps-mcp.jar"));
    assertTrue(Files.isRegularFile(jar), "Build the jar first (mvn package): " + jar);
    return jar.toAbsolutePath();
  }

  static void requireNodeModules() {
    assertTrue(
        Files.isDirectory(E2E.resolve("node_modules/@modelcontextprotocol/sdk"))
            && Files.isDirectory(E2E.resolve("node_modules/@modelcontextprotocol/client")),
        "The e2e Node packages are missing: run `npm ci --prefix e2e` (mvn verify does it in pre-integration-test).");
  }

  /** Result of a finished command. */
  record Run(int exit, String stdout, String stderr) {}

  /** Runs a command to completion (bounded), with extra environment variables. */
  static Run run(List<String> command, Map<String, String> env, Path dir, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("e2e-out", ".txt");
    Path err = Files.createTempFile("e2e-err", ".txt");
    ProcessBuilder pb =
        new ProcessBuilder(new ArrayList<>(command))
            .directory(dir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(
          "Timed out after "
              + timeoutSeconds
              + " s: "
              + command
              + "\n"
              + Files.readString(out, StandardCharsets.UTF_8)
              + Files.readString(err, StandardCharsets.UTF_8));
    }
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
