package io.cartomaps.backend.local;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A second JVM on the test classpath running one of the test mains, talked to over stdin/stdout.
 */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final BufferedReader out;
  private final PrintWriter in;
  private final Path stderr;

  private ChildJvm(Process process, Path stderr) {
    this.process = process;
    this.stderr = stderr;
    this.out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
  }

  static ChildJvm start(Class<?> main, Path stderr, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx256m");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
    pb.environment().remove("CARTO_MAPS_HOME");
    return new ChildJvm(pb.start(), stderr);
  }

  /** The next line the child prints; fails with its stderr when it ends first. */
  String readLine() throws IOException {
    String line = out.readLine();
    if (line == null) {
      throw new IllegalStateException("child ended early; stderr:\n" + Files.readString(stderr));
    }
    return line;
  }

  /** Sends a command and returns the child's one-line answer. */
  String ask(String command) throws IOException {
    in.println(command);
    return readLine();
  }

  /** SIGKILL: the child gets no chance to flush or close anything. */
  void kill() {
    process.destroyForcibly();
    waitFor(60);
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      in.println("quit");
      if (!waitFor(30)) {
        kill();
      }
    }
  }

  private boolean waitFor(int seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
