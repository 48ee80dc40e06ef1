package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.local.store.StoreCheck;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local map is created with all its datasets in one transaction: a process killed (SIGKILL) in
 * the middle of {@code create_map} leaves no map behind, not even a partial one, while the map it
 * had acknowledged is complete.
 */
class LocalCreateIsAtomicTest {

  @TempDir Path dir;

  @Test
  void aCreateKilledHalfwayLeavesNothing() throws Exception {
    Path home = dir.resolve("home");
    String acknowledged;
    ChildJvm writer =
        ChildJvm.start(
            HaltingCreateMain.class,
            dir.resolve("writer.err"),
            home.toString(),
            Path.of("src/test/resources/bundles/samples.json").toAbsolutePath().toString());
    try {
      acknowledged = writer.readLine();
      assertEquals("halted", writer.readLine());
    } finally {
      writer.kill();
    }
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      List<String> ids =
          backend.listMaps(MapQuery.firstPage(100)).maps().stream()
              .map(m -> m.get("id").asString())
              .toList();
      assertEquals(List.of(acknowledged), ids, "only the acknowledged map may remain");
      assertEquals(2, backend.listDatasets(acknowledged).size());
      StoreCheck check = backend.checkStore();
      assertTrue(check.consistent(), check.problems().toString());
      assertEquals(1, check.maps(), check.toString());
    }
  }
}
