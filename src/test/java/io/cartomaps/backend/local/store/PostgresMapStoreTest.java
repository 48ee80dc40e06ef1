package io.cartomaps.backend.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The maps store on PostgreSQL, shared by several instances: the same behaviour as the embedded
 * store (same SQL), two instances that start at once migrate once, and concurrent writers through
 * different instances lose nothing.
 */
class PostgresMapStoreTest {

  static ObjectNode obj(String json) {
    return (ObjectNode) Json.parse(json);
  }

  static MapStore open(StoreLocation location) {
    return MapStore.on(StoreDatabase.openShared(location));
  }

  @Test
  void aMapWrittenThroughOneInstanceIsReadUpdatedAndPublishedThroughAnother() {
    StoreLocation location = TestPostgres.freshSchema();
    try (MapStore a = open(location);
        MapStore b = open(location)) {
      ObjectNode created =
          a.create(
              obj(
                  "{\"title\":\"Shared cities\",\"description\":\"on PostgreSQL\","
                      + "\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":[]}}}}"));
      String id = created.get("id").asString();
      assertEquals(created, b.get(id));

      b.patch(id, obj("{\"title\":\"Shared cities (edited)\",\"tags\":[\"pg\",\"shared\"]}"));
      ObjectNode ds =
          b.createDataset(
              id,
              obj(
                  "{\"type\":\"table\",\"source\":\"cities\",\"connectionId\":\""
                      + LocalConnection.ID
                      + "\",\"label\":\"Cities\"}"));
      a.patchDataset(id, ds.get("id").asString(), obj("{\"label\":\"Renamed\"}"));
      ObjectNode published = b.publish(id);
      assertEquals(1, published.get("publishedVersion").asInt());
      ObjectNode snapshot = a.publishedSnapshot(id);
      assertEquals(
          "Renamed", snapshot.get("datasets").get(0).get("label").asString(), snapshot.toString());
      assertEquals("Shared cities (edited)", a.get(id).get("title").asString());

      MapPage tagged =
          a.list(
              new MapQuery("EDITED", null, List.of("pg", "shared"), false, "title", "ASC", 1, 10));
      assertEquals(1, tagged.total());
      assertTrue(a.check().consistent(), a.check().toString());

      a.delete(id);
      BackendException gone = assertThrows(BackendException.class, () -> b.get(id));
      assertEquals(BackendException.Kind.NOT_FOUND, gone.kind());
    }
  }

  @Test
  void listingMatchesTheEmbeddedStoresRules() {
    try (MapStore s = open(TestPostgres.freshSchema())) {
      for (String t : List.of("Banana", "apple", "Cherry_50%")) {
        s.create(obj("{\"title\":\"" + t + "\"}"));
      }
      MapPage byTitle = s.list(new MapQuery(null, null, List.of(), false, "title", "ASC", 1, 2));
      assertEquals(3, byTitle.total());
      assertEquals(
          List.of("apple", "Banana"),
          byTitle.maps().stream().map(m -> m.get("title").asString()).toList());
      assertEquals(
          1,
          s.list(new MapQuery("50%", null, List.of(), false, "updatedAt", "DESC", 1, 10)).total(),
          "LIKE wildcards in a search are plain text");
      assertEquals(
          1, s.list(new MapQuery("_", null, List.of(), false, "updatedAt", "DESC", 1, 10)).total());
      assertEquals(
          List.of("Cherry_50%"),
          s
              .list(new MapQuery(null, null, List.of(), false, "createdAt", "DESC", 1, 1))
              .maps()
              .stream()
              .map(m -> m.get("title").asString())
              .toList());
    }
  }

  @Test
  void instancesStartingTogetherMigrateOnce() throws Exception {
    StoreLocation location = TestPostgres.freshSchema();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<MapStore>> opened = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        opened.add(pool.submit(() -> open(location)));
      }
      List<MapStore> stores = new ArrayList<>();
      for (Future<MapStore> f : opened) {
        stores.add(f.get());
      }
      StoreCheck check = stores.get(0).check();
      assertEquals(SchemaMigrations.CURRENT, check.schemaVersion());
      stores.forEach(MapStore::close);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void concurrentWritersThroughTwoInstancesLoseNothing() throws Exception {
    StoreLocation location = TestPostgres.freshSchema();
    try (MapStore a = open(location);
        MapStore b = open(location)) {
      String id = a.create(obj("{\"title\":\"counter\"}")).get("id").asString();
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Callable<String>> writes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          MapStore via = i % 2 == 0 ? a : b;
          writes.add(
              () ->
                  via.createDataset(
                          id,
                          obj(
                              "{\"type\":\"table\",\"source\":\"t\",\"connectionId\":\""
                                  + LocalConnection.ID
                                  + "\"}"))
                      .get("id")
                      .asString());
        }
        List<String> ids = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(writes)) {
          ids.add(f.get());
        }
        assertEquals(40, b.datasets(id).size());
        assertEquals(40, ids.stream().distinct().count());
        assertTrue(a.check().consistent(), a.check().toString());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void aStoreUrlThatIsNotPostgresqlIsRefusedClearly() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StoreLocation.of(java.util.Map.of(StoreLocation.URL_ENV, "jdbc:mysql://db/x")));
    assertTrue(e.getMessage().contains("jdbc:postgresql://"), e.getMessage());
  }

  @Test
  void theStoreNameInMessagesCarriesNoCredentials() {
    StoreLocation l =
        new StoreLocation(
            "jdbc:postgresql://app:s3cret@db.example:5432/maps?password=s3cret", "app", "s3cret");
    assertEquals("postgresql://db.example:5432/maps", l.safeName());
    assertFalse(l.toString().contains("s3cret"));
  }

  @Test
  void anUnreachableDatabaseIsAClearFailureWithoutThePassword() {
    StoreLocation l =
        new StoreLocation("jdbc:postgresql://127.0.0.1:1/maps", "app", "canary-pg-password");
    BackendException e = assertThrows(BackendException.class, () -> open(l));
    assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
    assertTrue(
        e.getMessage().contains("shared map store postgresql://127.0.0.1:1/maps"), e.getMessage());
    assertFalse(e.getMessage().contains("canary-pg-password"), e.getMessage());
  }
}
