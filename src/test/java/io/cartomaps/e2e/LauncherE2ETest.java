package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher next to the jar ({@code target/carto-maps-mcp}): concurrent first starts work and
 * record one start-up cache in the background, later starts load classes from it, a changed jar
 * records a fresh cache in place of the old one, and a cache folder that cannot be written never
 * stops the program. Runs on the JDK the build runs on (a class-data archive before JDK 25, an AOT
 * cache from 25).
 */
class LauncherE2ETest {

  @TempDir Path dir;
  Path launcher;
  Path jar;
  Path cache;

  @BeforeEach
  void copyDistribution() throws Exception {
    Path dist = Files.createDirectories(dir.resolve("dist"));
    launcher = dist.resolve("carto-maps-mcp");
    jar = dist.resolve("carto-maps-mcp.jar");
    Files.copy(Jar.path().resolveSibling("carto-maps-mcp"), launcher);
    Files.copy(Jar.path(), jar, StandardCopyOption.COPY_ATTRIBUTES);
    cache = dir.resolve("cache");
  }

  @Test
  void concurrentFirstStartsRecordOneCacheThatLaterStartsUse() throws Exception {
    // Threads of their own: the common pool may have a single worker on a small machine and run
    // these in turn.
    ExecutorService starts = Executors.newFixedThreadPool(3);
    try {
      List<CompletableFuture<Jar.Run>> first = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        first.add(CompletableFuture.supplyAsync(() -> run(Map.of(), "maps", "list"), starts));
      }
      for (CompletableFuture<Jar.Run> f : first) {
        Jar.Run r = f.join();
        assertEquals(0, r.exit(), r.stderr());
        assertTrue(r.stdout().contains("0 of 0 maps"), r.stdout());
      }
    } finally {
      starts.shutdownNow();
    }
    Path recorded = awaitCache();
    assertEquals(List.of(recorded), caches(), "one cache for one jar and JDK");

    Path classes = dir.resolve("classes.log");
    Jar.Run r =
        run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + classes), "maps", "schema");
    assertEquals(0, r.exit(), r.stderr());
    assertTrue(r.stdout().contains("layer.h3"), r.stdout());
    assertTrue(
        Files.readString(classes)
            .contains("io.cartomaps.cli.RootCommand source: shared objects file"),
        "the program's classes come from the cache");

    FileTime changed = FileTime.from(Instant.now().plusSeconds(60));
    Files.setLastModifiedTime(jar, changed);
    Path stale = dir.resolve("stale.log");
    Jar.Run afterChange =
        run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + stale), "maps", "schema");
    assertEquals(0, afterChange.exit(), afterChange.stderr());
    assertTrue(
        Files.readString(stale).contains("io.cartomaps.cli.RootCommand source: file:"),
        "a changed jar starts without the cache recorded for the old one");
    awaitStamp(changed);
    assertEquals(List.of(recorded), caches(), "the cache of the changed jar replaces the old one");
  }

  @Test
  void startsWithoutACacheWhenItCannotBeWrittenOrIsTurnedOff() throws Exception {
    Files.writeString(cache, "a file where the cache folder should be");
    Jar.Run blocked = run(Map.of(), "--version");
    assertEquals(0, blocked.exit(), blocked.stderr());
    assertTrue(blocked.stdout().contains("carto-maps-mcp"), blocked.stdout());

    Files.delete(cache);
    Jar.Run off = run(Map.of("CARTO_MAPS_CACHE", "off"), "--version");
    assertEquals(0, off.exit(), off.stderr());
    Thread.sleep(1000);
    assertFalse(Files.exists(cache), "no cache is recorded when turned off");
  }

  @Test
  void saysWhatToDoWhenTheJarIsMissing() throws Exception {
    Files.delete(jar);
    Jar.Run r = run(Map.of(), "--version");
    assertEquals(2, r.exit());
    assertTrue(r.stderr().contains("CARTO_MAPS_JAR"), r.stderr());
  }

  private Jar.Run run(Map<String, String> extra, String... args) {
    Map<String, String> env =
        new HashMap<>(
            Map.of(
                "CARTO_MAPS_HOME",
                dir.resolve("home").toString(),
                "CARTO_CREDENTIALS_FILE",
                dir.resolve("none.json").toString(),
                "CARTO_MAPS_CACHE_DIR",
                cache.toString(),
                "JAVA_HOME",
                System.getProperty("java.home")));
    env.putAll(extra);
    List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
    cmd.addAll(List.of(args));
    try {
      return Jar.run(cmd, env, dir, 180);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits (bounded) for a recorded cache other than {@code old}. */
  private Path awaitCache(Path... old) throws Exception {
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Path> found = caches();
      found.removeAll(List.of(old));
      if (!found.isEmpty() && !hasLock()) {
        return found.get(0);
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no start-up cache recorded in " + cache + ": " + listing());
  }

  /** Waits (bounded) until a cache has been recorded for the jar modified at {@code modified}. */
  private void awaitStamp(FileTime modified) throws Exception {
    long deadline = System.nanoTime() + 240_000_000_000L;
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(cache)) {
        boolean stamped =
            files
                .filter(p -> p.toString().endsWith(".stamp"))
                .anyMatch(p -> modified.equals(lastModified(p)));
        if (stamped && !hasLock()) {
          return;
        }
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no start-up cache recorded for the changed jar: " + listing());
  }

  private static FileTime lastModified(Path p) {
    try {
      return Files.getLastModifiedTime(p);
    } catch (java.io.IOException e) {
      return null;
    }
  }

  private List<Path> caches() throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return new ArrayList<>(
          files
              .filter(p -> p.toString().endsWith(".jsa") || p.toString().endsWith(".aot"))
              .toList());
    }
  }

  private boolean hasLock() throws Exception {
    try (Stream<Path> files = Files.list(cache)) {
      return files.anyMatch(p -> p.toString().endsWith(".lock"));
    }
  }

  private String listing() throws Exception {
    if (!Files.isDirectory(cache)) {
      return "(no folder)";
    }
    StringBuilder out = new StringBuilder();
    try (Stream<Path> files = Files.list(cache)) {
      for (Path p : files.toList()) {
        out.append(p.getFileName()).append('\n');
        if (p.toString().endsWith(".log")) {
          out.append(Files.readString(p), 0, Math.min(4000, (int) Files.size(p)));
        }
      }
    }
    return out.toString();
  }
}
