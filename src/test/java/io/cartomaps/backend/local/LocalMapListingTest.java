package io.cartomaps.backend.local;

import static io.cartomaps.backend.local.LocalMapLifecycleTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.MapVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/** Listing local maps: search, privacy, tags, mine, ordering, pages and totals. */
class LocalMapListingTest {

  @TempDir static Path home;

  private static LocalBackend backend;

  /** Created in this order: Alpha, beta, Gamma_50%, Delta. */
  @BeforeAll
  static void maps() {
    backend = LocalBackend.open(home, null);
    create("Alpha", "rivers of Europe", List.of("europe", "water"), "public");
    create("beta", "Cities", List.of("europe"), null);
    create("Gamma_50%", null, List.of("water"), "shared");
    create("Delta", "EUROPEAN capitals", List.of(), null);
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  private static void create(String title, String description, List<String> tags, String privacy) {
    ObjectNode body = obj("{}");
    body.put("title", title);
    body.put("description", description);
    String id = backend.createMap(body).get("id").asString();
    ObjectNode patch = obj("{}");
    patch.set("tags", io.cartomaps.json.Json.tree(tags));
    backend.patchMap(id, patch);
    if (privacy != null) {
      backend.setPrivacy(id, obj("{\"privacy\":\"" + privacy + "\"}"));
    }
  }

  private static List<String> titles(MapPage page) {
    return page.maps().stream().map(m -> m.get("title").asString()).toList();
  }

  private static MapQuery query(
      String search,
      String privacy,
      List<String> tags,
      String orderBy,
      String direction,
      int page,
      int size) {
    return new MapQuery(search, privacy, tags, false, orderBy, direction, page, size);
  }

  @Test
  void listsEveryMapNewestFirstByDefault() {
    MapPage page = backend.listMaps(MapQuery.firstPage(10));
    assertEquals(4, page.total());
    assertEquals(List.of("Delta", "Gamma_50%", "beta", "Alpha"), titles(page));
    assertFalse(page.hasMore());
  }

  @Test
  void summariesCarryTheListedFieldsButNotKeplerMapConfig() {
    ObjectNode m = backend.listMaps(MapQuery.firstPage(1)).maps().get(0);
    assertEquals(
        List.of(
            "id",
            "title",
            "description",
            "privacy",
            "tags",
            "collaborative",
            "ownerId",
            "createdAt",
            "updatedAt",
            "lastPublishedAt"),
        List.copyOf(m.propertyNames()));
  }

  @Test
  void searchIsACaseInsensitiveSubstringOfTitleOrDescription() {
    assertEquals(
        List.of("Delta", "Alpha"),
        titles(backend.listMaps(query("europe", null, List.of(), null, null, 1, 10))));
    assertEquals(
        List.of("beta"),
        titles(backend.listMaps(query("CITIES", null, List.of(), null, null, 1, 10))));
    assertEquals(
        List.of("beta"),
        titles(backend.listMaps(query("bet", null, List.of(), null, null, 1, 10))));
  }

  @Test
  void searchTreatsLikeWildcardsAsText() {
    assertEquals(
        List.of("Gamma_50%"),
        titles(backend.listMaps(query("_50%", null, List.of(), null, null, 1, 10))));
    assertEquals(0, backend.listMaps(query("%", null, List.of(), null, null, 1, 10)).total() - 1);
  }

  @Test
  void filtersByPrivacy() {
    assertEquals(
        List.of("Alpha"),
        titles(backend.listMaps(query(null, "public", List.of(), null, null, 1, 10))));
    assertEquals(
        List.of("Gamma_50%"),
        titles(backend.listMaps(query(null, "shared", List.of(), null, null, 1, 10))));
    assertEquals(2, backend.listMaps(query(null, "private", List.of(), null, null, 1, 10)).total());
  }

  @Test
  void tagFilterKeepsMapsThatHaveEveryTag() {
    assertEquals(
        List.of("beta", "Alpha"),
        titles(backend.listMaps(query(null, null, List.of("europe"), null, null, 1, 10))));
    assertEquals(
        List.of("Alpha"),
        titles(backend.listMaps(query(null, null, List.of("europe", "water"), null, null, 1, 10))));
    assertEquals(
        List.of("Alpha"),
        titles(
            backend.listMaps(
                query(null, null, List.of("water", "water", "europe"), null, null, 1, 10))));
    assertEquals(
        0, backend.listMaps(query(null, null, List.of("mountains"), null, null, 1, 10)).total());
  }

  @Test
  void filtersCombine() {
    assertEquals(
        List.of("Alpha"),
        titles(backend.listMaps(query("rivers", "public", List.of("water"), null, null, 1, 10))));
    assertEquals(
        0,
        backend.listMaps(query("rivers", "private", List.of("water"), null, null, 1, 10)).total());
  }

  @Test
  void mineListsEveryLocalMapBecauseTheLocalUserOwnsThemAll() {
    MapQuery mine = new MapQuery(null, null, List.of(), true, null, null, 1, 10);
    assertEquals(4, backend.listMaps(mine).total());
  }

  @Test
  void ordersByTitleCaseInsensitivelyAndByCreatedAt() {
    assertEquals(
        List.of("Alpha", "beta", "Delta", "Gamma_50%"),
        titles(backend.listMaps(query(null, null, List.of(), "title", "ASC", 1, 10))));
    assertEquals(
        List.of("Gamma_50%", "Delta", "beta", "Alpha"),
        titles(backend.listMaps(query(null, null, List.of(), "title", "desc", 1, 10))));
    assertEquals(
        List.of("Alpha", "beta", "Gamma_50%", "Delta"),
        titles(backend.listMaps(query(null, null, List.of(), "createdAt", "ASC", 1, 10))));
    assertEquals(
        List.of("Alpha", "beta", "Gamma_50%", "Delta"),
        titles(backend.listMaps(query(null, null, List.of(), "updatedAt", "ASC", 1, 10))));
  }

  @Test
  void pagesThroughWithATotal() {
    MapPage first = backend.listMaps(query(null, null, List.of(), "title", "ASC", 1, 3));
    assertEquals(List.of("Alpha", "beta", "Delta"), titles(first));
    assertEquals(4, first.total());
    assertTrue(first.hasMore());
    MapPage second = backend.listMaps(query(null, null, List.of(), "title", "ASC", 2, 3));
    assertEquals(List.of("Gamma_50%"), titles(second));
    assertFalse(second.hasMore());
    MapPage beyond = backend.listMaps(query(null, null, List.of(), "title", "ASC", 5, 3));
    assertEquals(List.of(), titles(beyond));
    assertEquals(4, beyond.total());
  }

  @Test
  void refusesUnknownOrderPrivacyAndDirection() {
    for (MapQuery bad :
        List.of(
            query(null, null, List.of(), "popularity", null, 1, 10),
            query(null, null, List.of(), null, "UP", 1, 10),
            query(null, "secret", List.of(), null, null, 1, 10))) {
      BackendException e = assertThrows(BackendException.class, () -> backend.listMaps(bad));
      assertEquals(BackendException.Kind.INVALID, e.kind());
    }
  }

  @Test
  void mapVersionsAreTheListingsIdsAndUpdatedAtInItsOrder() {
    MapPage all = backend.listMaps(query(null, null, List.of(), "updatedAt", "ASC", 1, 100));
    List<MapVersion> expected =
        all.maps().stream()
            .map(m -> new MapVersion(m.get("id").asString(), m.get("updatedAt").asString()))
            .toList();
    assertEquals(4, expected.size());
    assertEquals(expected, backend.mapVersions());
  }

  @Test
  void linksFromARecordFollowItsPrivacyLikeLinksFromItsId() {
    for (ObjectNode m :
        backend.listMaps(query(null, null, List.of(), "title", "ASC", 1, 100)).maps()) {
      String id = m.get("id").asString();
      assertEquals(backend.urls(id), backend.urls(backend.getMap(id)));
    }
    ObjectNode publicMap =
        backend.listMaps(query(null, "public", List.of(), "title", "ASC", 1, 100)).maps().get(0);
    assertTrue(backend.urls(backend.getMap(publicMap.get("id").asString())).publicUrl() != null);
  }
}
