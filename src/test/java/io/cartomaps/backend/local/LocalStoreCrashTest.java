package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.local.store.StoreCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * Durability: a writer process is killed with SIGKILL while it writes, and every map it had
 * acknowledged is still there afterwards, complete, in a store that reads back consistently.
 */
class LocalStoreCrashTest {

  private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedMapSurvivesAKilledWriter() throws Exception {
    Path home = dir.resolve("home");
    List<String> acknowledged = new ArrayList<>();
    ChildJvm writer =
        ChildJvm.start(CrashWriterMain.class, dir.resolve("writer.err"), home.toString());
    try {
      while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
        acknowledged.add(writer.readLine());
      }
    } finally {
      // Killed right after an acknowledgement, while the next map is being written.
      writer.kill();
    }

    try (LocalBackend backend = LocalBackend.open(home, null)) {
      for (String id : acknowledged) {
        ObjectNode map = backend.getMap(id);
        assertTrue(map.get("title").asString().startsWith("done-"), map.toString());
        assertEquals(1, map.get("tags").size());
        assertEquals(2, backend.listDatasets(id).size(), id);
      }
      StoreCheck check = backend.checkStore();
      assertTrue(check.consistent(), check.problems().toString());
      assertTrue(check.maps() >= ACKNOWLEDGED_BEFORE_KILL, check.toString());
      // The store still takes writes after the crash.
      backend.createMap(LocalMapLifecycleTest.obj("{\"title\":\"after\"}"));
    }
  }
}
