package io.cartomaps.export;

import static io.cartomaps.export.TestDestinations.count;
import static io.cartomaps.export.TestDestinations.one;
import static io.cartomaps.export.TestDestinations.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.json.Json;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every destination must do: first load, incremental load, an interrupted load, schema
 * evolution.
 */
abstract class EstateExportContract {

  Estate estate;
  Destination destination;
  String dataset;

  abstract Destination destination();

  @BeforeEach
  void setUp() {
    destination = destination();
    dataset = TestDestinations.freshDataset();
    estate = new Estate(Estate.freshHome()).populate();
  }

  @AfterEach
  void tearDown() {
    if (estate != null) {
      estate.close();
      TestDestinations.drop(destination, dataset);
    }
  }

  ExportSummary export(boolean fullRefresh) {
    return new EstateExport(estate.maps)
        .run(
            new ExportOptions("local", destination, dataset, fullRefresh, false),
            ExportProgress.NONE);
  }

  String t(String table) {
    return dataset + "." + table;
  }

  @Test
  void firstLoadWritesEveryMapWithItsPartsAndFindings() {
    ExportSummary s = export(false);
    assertEquals(4, s.listed());
    assertEquals(4, s.loaded());
    assertNull(s.previousLoadId());
    assertEquals(4, count(destination, "SELECT COUNT(*) FROM " + t("maps")));
    assertEquals(
        4,
        count(
            destination,
            "SELECT COUNT(*) FROM " + t("maps") + " WHERE _dlt_load_id = '" + s.loadId() + "'"));
    assertEquals(
        List.of(List.of(true, false)),
        query(
            destination,
            "SELECT never_published, viewers_see_older FROM "
                + t("maps")
                + " WHERE map_id = '"
                + estate.sharedNeverPublished
                + "'"));
    assertEquals(
        List.of(List.of(false, true)),
        query(
            destination,
            "SELECT never_published, viewers_see_older FROM "
                + t("maps")
                + " WHERE map_id = '"
                + estate.publicStale
                + "'"));
    // samples.places is read by three maps as a table; samples.countries by three as a query.
    assertEquals(
        3,
        count(
            destination,
            "SELECT COUNT(DISTINCT map_id) FROM "
                + t("dependencies")
                + " WHERE table_name = 'samples.countries' AND kind = 'query'"));
    assertEquals(
        1,
        count(
            destination,
            "SELECT COUNT(*) FROM " + t("dependencies") + " WHERE table_name = 'samples.borders'"));
    assertEquals(
        "local", one(destination, "SELECT DISTINCT connection_name FROM " + t("dependencies")));
    assertTrue(
        count(
                destination,
                "SELECT COUNT(*) FROM "
                    + t("findings")
                    + " WHERE map_id = '"
                    + estate.broken
                    + "' AND severity = 'error'")
            > 0);
    assertEquals(
        0,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("findings")
                + " WHERE map_id = '"
                + estate.privateBorders
                + "' AND severity = 'error'"));
    assertEquals(
        2,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("field_uses")
                + " WHERE field = 'continent' AND map_id = '"
                + estate.sharedNeverPublished
                + "'"));
    assertEquals(
        List.of(List.of("w_pop", "formula", "population", "sum")),
        query(
            destination,
            "SELECT widget_id, type, column_name, operation FROM "
                + t("widgets")
                + " WHERE map_id = '"
                + estate.sharedNeverPublished
                + "' AND position = 0"));
    assertEquals(
        1,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("popups")
                + " WHERE map_id = '"
                + estate.sharedNeverPublished
                + "'"));
    assertEquals(1, count(destination, "SELECT COUNT(*) FROM " + t("connections")));
    assertEquals(
        1, count(destination, "SELECT COUNT(*) FROM " + t("_dlt_loads") + " WHERE status = 0"));
    // The whole bundle is kept: the title read back from the JSON column is the map's.
    String bundle =
        String.valueOf(
            one(
                destination,
                "SELECT bundle FROM "
                    + t("maps")
                    + " WHERE map_id = '"
                    + estate.privateBorders
                    + "'"));
    assertEquals("Borders", Json.parse(bundle).path("title").asString());
  }

  @Test
  void incrementalLoadFetchesOnlyWhatChangedAndDropsDeletedMaps() {
    ExportSummary first = export(false);
    estate.edit(estate.privateBorders, "Borders of Europe");
    estate.maps.delete("local", estate.broken);
    String added = estate.create(Estate.borders());
    AtomicInteger fetched = countGetMap();

    ExportSummary second = export(false);
    assertEquals(first.loadId(), second.previousLoadId());
    assertEquals(2, second.loaded(), "the edited map and the new one");
    assertEquals(2, fetched.get());
    assertEquals(1, second.deleted());
    assertEquals(2, second.unchanged());
    assertEquals(4, count(destination, "SELECT COUNT(*) FROM " + t("maps")));
    assertEquals(
        0,
        count(
            destination,
            "SELECT COUNT(*) FROM " + t("findings") + " WHERE map_id = '" + estate.broken + "'"),
        "a deleted map's child rows go with it");
    assertEquals(
        "Borders of Europe",
        one(
            destination,
            "SELECT title FROM " + t("maps") + " WHERE map_id = '" + estate.privateBorders + "'"));
    assertEquals(
        second.loadId(),
        one(
            destination,
            "SELECT _dlt_load_id FROM " + t("layers") + " WHERE map_id = '" + added + "'"));
    assertEquals(
        first.loadId(),
        one(
            destination,
            "SELECT _dlt_load_id FROM "
                + t("maps")
                + " WHERE map_id = '"
                + estate.sharedNeverPublished
                + "'"),
        "an unchanged map keeps the load that wrote it");
    assertEquals(
        1,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("datasets")
                + " WHERE map_id = '"
                + estate.privateBorders
                + "'"),
        "merge by key: no duplicate child rows");

    fetched.set(0);
    ExportSummary third = export(false);
    assertEquals(0, third.loaded());
    assertEquals(0, fetched.get());
    assertEquals(3, count(destination, "SELECT COUNT(*) FROM " + t("_dlt_loads")));

    ExportSummary full = export(true);
    assertEquals(4, full.loaded());
    assertNull(full.previousLoadId());
    assertEquals(1, count(destination, "SELECT COUNT(*) FROM " + t("_dlt_loads")));
  }

  @Test
  void anInterruptedLoadLeavesThePreviousLoadWholeAndTheNextRunPicksUp() {
    ExportSummary first = export(false);
    estate.edit(estate.privateBorders, "Borders, edited");
    estate.edit(estate.sharedNeverPublished, "Places, edited");
    estate.maps.delete("local", estate.broken);
    failGetMapOnCall(2);

    ExportException e = assertThrows(ExportException.class, () -> export(false));
    assertTrue(e.getMessage().contains(" of 2 maps"), e.getMessage());
    assertTrue(e.getMessage().contains("previous load whole"), e.getMessage());
    assertEquals(
        4,
        count(destination, "SELECT COUNT(*) FROM " + t("maps")),
        "the deleted map is still there");
    assertEquals(1, count(destination, "SELECT COUNT(*) FROM " + t("_dlt_loads")));
    assertEquals(
        0,
        count(
            destination,
            "SELECT COUNT(*) FROM "
                + t("maps")
                + " WHERE _dlt_load_id <> '"
                + first.loadId()
                + "'"));
    assertEquals(
        "Borders",
        one(
            destination,
            "SELECT title FROM " + t("maps") + " WHERE map_id = '" + estate.privateBorders + "'"));

    estate.wrap = b -> b;
    ExportSummary next = export(false);
    assertEquals(first.loadId(), next.previousLoadId());
    assertEquals(2, next.loaded());
    assertEquals(1, next.deleted());
    assertEquals(
        "Borders, edited",
        one(
            destination,
            "SELECT title FROM " + t("maps") + " WHERE map_id = '" + estate.privateBorders + "'"));
  }

  @Test
  void aNewFieldOfTheMapRecordBecomesANewColumn() {
    export(false);
    estate.edit(estate.privateBorders, "Borders with views");
    estate.wrap =
        b ->
            proxy(
                b,
                (name, result) -> {
                  if (name.equals("getMap") && result instanceof ObjectNode m) {
                    ObjectNode copy = m.deepCopy();
                    copy.put("viewCount", 42);
                    copy.put("thumbnailUrl", "https://example.test/t.png");
                    return copy;
                  }
                  return result;
                });
    ExportSummary s = export(false);
    assertEquals(1, s.loaded());
    assertEquals(
        List.of(List.of(42L, "https://example.test/t.png")),
        query(
            destination,
            "SELECT view_count, thumbnail_url FROM "
                + t("maps")
                + " WHERE map_id = '"
                + estate.privateBorders
                + "'"));
    assertNull(
        one(
            destination,
            "SELECT view_count FROM "
                + t("maps")
                + " WHERE map_id = '"
                + estate.sharedNeverPublished
                + "'"),
        "older rows read NULL in a new column");
  }

  /** Counts the getMap calls of the exports that follow. */
  AtomicInteger countGetMap() {
    AtomicInteger calls = new AtomicInteger();
    estate.wrap =
        b ->
            proxy(
                b,
                (name, result) -> {
                  if (name.equals("getMap")) {
                    calls.incrementAndGet();
                  }
                  return result;
                });
    return calls;
  }

  void failGetMapOnCall(int nth) {
    AtomicInteger calls = new AtomicInteger();
    estate.wrap =
        b ->
            proxy(
                b,
                (name, result) -> {
                  if (name.equals("getMap") && calls.incrementAndGet() == nth) {
                    throw new BackendException(
                        BackendException.Kind.UNAVAILABLE, "injected: connection reset");
                  }
                  return result;
                });
  }

  interface After {
    Object apply(String method, Object result);
  }

  static Backend proxy(Backend target, After after) {
    return (Backend)
        Proxy.newProxyInstance(
            Backend.class.getClassLoader(),
            new Class<?>[] {Backend.class},
            (p, m, args) -> {
              try {
                return after.apply(m.getName(), m.invoke(target, args));
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            });
  }

  @Test
  void theLoadIdLooksLikeDlts() {
    ExportSummary s = export(false);
    assertTrue(s.loadId().matches("\\d{10}\\.\\d{6}"), s.loadId());
    assertNotEquals(null, s.cursor());
  }
}
