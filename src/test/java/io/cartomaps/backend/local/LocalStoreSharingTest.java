package io.cartomaps.backend.local;

import static io.cartomaps.backend.local.LocalMapLifecycleTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.cartomaps.backend.MapQuery;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes on one home at once, as an MCP server in an editor and the CLI in a terminal are. */
class LocalStoreSharingTest {

  @TempDir
  Path dir;

  @Test
  void aSecondProcessReadsAndWritesWhileTheFirstIsRunning() throws Exception {
    Path home = dir.resolve("home");
    try (LocalBackend first = LocalBackend.open(home, null)) {
      String mine = first.createMap(obj("{\"title\":\"from the server\"}")).get("id").asString();
      try (ChildJvm second = ChildJvm.start(StoreClientMain.class, dir.resolve("client.err"), home.toString())) {
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
         ChildJvm second = ChildJvm.start(StoreClientMain.class, dir.resolve("client.err"), home.toString())) {
      assertEquals("ready", second.readLine());
      CompletableFuture<String> theirs = CompletableFuture.supplyAsync(() -> {
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
        assertEquals(List.of("samples-v1.mv.db"), files.map(p -> p.getFileName().toString())
            .filter(n -> n.startsWith("samples-v")).toList());
      }
    }
  }

  @Test
  void theSurvivorTakesOverWhenTheFirstProcessIsKilled() throws Exception {
    Path home = dir.resolve("home");
    ChildJvm first = ChildJvm.start(StoreClientMain.class, dir.resolve("first.err"), home.toString());
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
  void theSharingServerListensOnLoopbackOnly() throws Exception {
    Path home = dir.resolve("home");
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      backend.createMap(obj("{}"));
      Properties lock = new Properties();
      try (InputStream in = Files.newInputStream(home.resolve("maps.lock.db"))) {
        lock.load(in);
      }
      String server = lock.getProperty("server", "");
      assertTrue(InetAddress.getByName(server.substring(0, server.lastIndexOf(':'))).isLoopbackAddress(), server);
      int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
      assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "socket table readable on Linux only");
      List<String> listening = listeningAddresses(port);
      assertFalse(listening.isEmpty(), "nothing listens on " + port);
      for (String address : listening) {
        assertTrue(isLoopback(address), "listens on " + address);
      }
    }
  }

  /** Local addresses (kernel hex form) of the sockets listening on {@code port}, from /proc/net/tcp and tcp6. */
  private static List<String> listeningAddresses(int port) throws Exception {
    List<String> found = new ArrayList<>();
    String wantedPort = String.format("%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      Path file = Path.of(table);
      if (!Files.exists(file)) {
        continue;
      }
      for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
        String[] f = line.trim().split("\\s+");
        String[] local = f[1].split(":");
        if (local[1].equals(wantedPort) && f[3].equals("0A")) {
          found.add(local[0]);
        }
      }
    }
    return found;
  }

  /** 127.x.x.x (also IPv4-mapped in tcp6; the kernel writes the bytes little-endian) or ::1. */
  private static boolean isLoopback(String hex) {
    return hex.endsWith("7F") || hex.equals("00000000000000000000000001000000");
  }
}
