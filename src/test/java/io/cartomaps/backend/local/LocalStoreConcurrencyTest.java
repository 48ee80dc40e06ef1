package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.local.store.StoreCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several processes create maps on one home at once, as the editor's MCP server and CLI calls in a
 * terminal do: one keeps the store open, four others open and close it around each create. Every
 * create succeeds (waiting its turn), every acknowledged map is there complete, and the store holds
 * nothing else.
 */
class LocalStoreConcurrencyTest {

  private static final int SERVER_CREATES = 12;
  private static final int CLI_PROCESSES = 4;
  private static final int CLI_CREATES = 6;

  @TempDir Path dir;

  @Test
  void concurrentProcessesCreateWithoutFailuresOrStrays() throws Exception {
    Path home = dir.resolve("home");
    List<ChildJvm> children = new ArrayList<>();
    children.add(
        ChildJvm.start(
            ConcurrentCreatorMain.class,
            dir.resolve("server.err"),
            home.toString(),
            String.valueOf(SERVER_CREATES),
            "keep"));
    for (int i = 0; i < CLI_PROCESSES; i++) {
      children.add(
          ChildJvm.start(
              ConcurrentCreatorMain.class,
              dir.resolve("cli-" + i + ".err"),
              home.toString(),
              String.valueOf(CLI_CREATES),
              "reopen"));
    }
    List<CompletableFuture<List<String>>> outputs = new ArrayList<>();
    for (ChildJvm child : children) {
      outputs.add(CompletableFuture.supplyAsync(() -> lines(child)));
    }
    List<String> acknowledged = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (CompletableFuture<List<String>> out : outputs) {
      for (String line : out.get(10, TimeUnit.MINUTES)) {
        if (line.startsWith("ok ")) {
          acknowledged.add(line.substring(3));
        } else {
          failures.add(line);
        }
      }
    }
    children.forEach(ChildJvm::close);
    assertEquals(List.of(), failures);
    assertEquals(SERVER_CREATES + CLI_PROCESSES * CLI_CREATES, acknowledged.size());
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      for (String id : acknowledged) {
        assertEquals(2, backend.listDatasets(id).size(), id);
      }
      StoreCheck check = backend.checkStore();
      assertTrue(check.consistent(), check.problems().toString());
      assertEquals(acknowledged.size(), check.maps(), "a map that was not acknowledged is stored");
    }
  }

  private static List<String> lines(ChildJvm child) {
    List<String> lines = new ArrayList<>();
    try {
      for (String line = child.readLine(); !line.equals("done"); line = child.readLine()) {
        lines.add(line);
      }
    } catch (Exception e) {
      lines.add("child failed: " + e.getMessage());
    }
    return lines;
  }
}
