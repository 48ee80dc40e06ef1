package io.cartomaps.backend.local;

import static io.cartomaps.backend.local.LocalMapLifecycleTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.local.store.StoreCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MCP server calls the backend from many threads at once. */
class LocalStoreConcurrencyTest {

  private static final int THREADS = 8;
  private static final int MAPS_PER_THREAD = 10;

  @TempDir
  Path home;

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      String shared = backend.createMap(obj("{\"title\":\"shared\"}")).get("id").asString();
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        results.add(pool.submit(() -> {
          List<String> ids = new ArrayList<>();
          for (int i = 0; i < MAPS_PER_THREAD; i++) {
            String id = backend.createMap(obj("{\"title\":\"t" + thread + "-" + i + "\"}")).get("id").asString();
            backend.patchMap(id, obj("{\"tags\":[\"t" + thread + "\"]}"));
            // Everyone also adds a dataset to one shared map: every add must land.
            backend.createDataset(shared, obj("{\"type\":\"query\",\"source\":\"SELECT " + thread
                + "\",\"connectionId\":\"" + LocalConnection.ID + "\"}"));
            ids.add(id);
          }
          return ids;
        }));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> f : results) {
        all.addAll(f.get());
      }
      pool.shutdown();

      assertEquals(THREADS * MAPS_PER_THREAD + 1, backend.listMaps(MapQuery.firstPage(10)).total());
      assertEquals(THREADS * MAPS_PER_THREAD, backend.listDatasets(shared).size());
      for (String id : all) {
        assertEquals(1, backend.getMap(id).get("tags").size());
      }
      StoreCheck check = backend.checkStore();
      assertTrue(check.consistent(), check.problems().toString());
    }
  }
}
