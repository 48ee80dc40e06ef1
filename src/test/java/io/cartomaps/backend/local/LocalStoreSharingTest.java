package io.cartomaps.backend.local;

import static io.cartomaps.backend.local.LocalMapLifecycleTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.local.workspace.LocalConnection;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one home at once, as an MCP server in an editor and the CLI in a terminal are.
 */
class LocalStoreSharingTest {

  @TempDir Path dir;

  @Test
  void aSecondProcessReadsAndWritesWhileTheFirstIsRunning() throws Exception {
    Path home = dir.resolve("home");
    try (LocalBackend first = LocalBackend.open(home, null)) {
      String mine = first.createMap(obj("{\"title\":\"from the server\"}")).get("id").asString();
      try (ChildJvm second =
          ChildJvm.start(StoreClientMain.class, dir.resolve("client.err"), home.toString())) {
        assertEquals("ready", second.readLine());
        assertEquals("from the server", second.ask("get " + mine));
        String theirs = second.ask("create from-the-cli");
        assertEquals("from-the-cli", first.getMap(theirs).get("title").asString());
      }
      assertEquals(2, first.listMaps(MapQuery.firstPage(10)).total());
    }
  }

  @Test
  void twoProcessesBuildAndReadTheSampleDataAtOnce() throws Exception {
    Path home = dir.resolve("home");
    try (LocalBackend first = LocalBackend.open(home, null);
        ChildJvm second =
            ChildJvm.start(StoreClientMain.class, dir.resolve("client.err"), home.toString())) {
      assertEquals("ready", second.readLine());
      CompletableFuture<String> theirs =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return second.ask("tables");
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      assertEquals(5, first.listTables(LocalConnection.ID, "").size());
      assertEquals("5", theirs.get(5, TimeUnit.MINUTES));
      // Both hold the read-only sample database open now.
      assertEquals("5", second.ask("tables"));
      assertEquals(5, first.listTables(LocalConnection.ID, "samples").size());
      try (var files = Files.list(home)) {
        assertEquals(
            List.of("samples-v1.mv.db"),
            files
                .map(p -> p.getFileName().toString())
                .filter(n -> n.startsWith("samples-v"))
                .toList());
      }
    }
  }

  @Test
  void theSurvivorTakesOverWhenTheFirstProcessIsKilled() throws Exception {
    Path home = dir.resolve("home");
    ChildJvm first =
        ChildJvm.start(StoreClientMain.class, dir.resolve("first.err"), home.toString());
    try (first) {
      assertEquals("ready", first.readLine());
      String theirs = first.ask("create opened first");
      try (LocalBackend second = LocalBackend.open(home, null)) {
        assertEquals("opened first", second.getMap(theirs).get("title").asString());
        first.kill();
        assertEquals("opened first", second.getMap(theirs).get("title").asString());
        String mine = second.createMap(obj("{\"title\":\"after the kill\"}")).get("id").asString();
        assertEquals("after the kill", second.getMap(mine).get("title").asString());
        assertTrue(second.checkStore().consistent());
      }
    }
  }

  @Test
  void theStoreIsClosedSoonAfterACallAndServesNoSocket() throws Exception {
    Path home = dir.resolve("home");
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      backend.createMap(obj("{}"));
      assertFalse(Files.exists(home.resolve("maps.lock.db")), "no lock file naming a server");
      assertTrue(
          lockableWithin(home.resolve("maps.mv.db"), 30_000),
          "another process could open the store now");
      assertEquals(1, backend.listMaps(MapQuery.firstPage(10)).total());
    }
  }

  /** Whether the file can be locked (the store let go of it) within {@code millis}. */
  private static boolean lockableWithin(Path file, long millis) throws Exception {
    long deadline = System.nanoTime() + millis * 1_000_000;
    while (true) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        if (lock != null) {
          return true;
        }
      } catch (java.nio.channels.OverlappingFileLockException e) {
        // this process still holds it: wait
      }
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(50);
    }
  }
}
