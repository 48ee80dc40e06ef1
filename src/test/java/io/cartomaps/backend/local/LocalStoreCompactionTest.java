package io.cartomaps.backend.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * A burst of changes leaves the store file mostly old versions; closing the store with nobody
 * waiting for it compacts the file, and every map is still there.
 */
class LocalStoreCompactionTest {

  @TempDir Path home;

  /** The file's size; the store creates it on first use. */
  private static long size(Path file) throws java.io.IOException {
    return Files.exists(file) ? Files.size(file) : 0;
  }

  @Test
  void aStoreGrownSparseByABurstOfChangesIsCompactedWhenClosed() throws Exception {
    Path file = home.resolve("maps.mv.db");
    int maps = 0;
    long grown;
    try (LocalBackend backend = LocalBackend.open(home, "http://127.0.0.1:9999/")) {
      // Each change is checkpointed into a chunk of its own; H2 keeps the replaced ones a while.
      while (size(file) < 20L << 20 && maps < 2_000) {
        ObjectNode map =
            backend.createMap(
                (ObjectNode) Json.parse("{\"title\":\"Map " + maps + "\",\"description\":\"d\"}"));
        backend.patchMap(
            map.get("id").asString(), (ObjectNode) Json.parse("{\"description\":\"changed\"}"));
        maps++;
      }
      grown = Files.size(file);
    }
    long closed = Files.size(file);
    assertTrue(grown >= 20L << 20, "the burst grew the file to " + grown + " bytes only");
    assertTrue(
        closed < grown / 4,
        "closing left the file at " + closed + " bytes, from " + grown + " (" + maps + " maps)");
    try (LocalBackend again = LocalBackend.open(home, "http://127.0.0.1:9999/")) {
      assertEquals(maps, again.listMaps(MapQuery.firstPage(1)).total());
      assertEquals(
          "changed",
          again.listMaps(MapQuery.firstPage(1)).maps().get(0).get("description").asString());
    }
  }
}
