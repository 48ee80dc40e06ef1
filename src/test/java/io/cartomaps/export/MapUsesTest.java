package io.cartomaps.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.maps.MapList;
import io.cartomaps.maps.MapSummary;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code list_maps} with {@code uses}: maps reading a table (as a table or in a query) or a
 * connection.
 */
class MapUsesTest {

  static Estate estate;

  @BeforeAll
  static void estate() {
    estate = new Estate(Estate.freshHome()).populate();
  }

  @AfterAll
  static void close() {
    estate.close();
  }

  static List<String> titles(String uses, MapQuery q) {
    return MapUses.list(estate.maps, "local", q, uses).maps().stream()
        .map(MapSummary::title)
        .sorted()
        .toList();
  }

  @Test
  void findsMapsByTableConnectionAndTableInAQuery() {
    MapQuery q = MapQuery.firstPage(20);
    assertEquals(List.of("Borders"), titles("samples.borders", q));
    assertEquals(List.of("Borders"), titles("BORDERS", q), "the bare table name, any case");
    assertEquals(3, titles("samples.countries", q).size(), "read by a query dataset");
    assertEquals(4, titles("local", q).size(), "the connection by name");
    assertEquals(List.of(), titles("samples.nothing", q));
  }

  @Test
  void pagesAndCombinesWithTheOtherFilters() {
    MapList first = MapUses.list(estate.maps, "local", MapQuery.firstPage(2), "samples.places");
    assertEquals(3, first.total());
    assertEquals(2, first.maps().size());
    assertEquals(2, first.nextPage());
    MapList second =
        MapUses.list(estate.maps, "local", MapQuery.firstPage(2).withPage(2), "samples.places");
    assertEquals(1, second.maps().size());
    assertNull(second.nextPage());
    MapQuery shared = new MapQuery(null, "shared", List.of(), false, null, null, 1, 20);
    assertEquals(List.of("Large places and their countries"), titles("samples.places", shared));
  }

  @Test
  void tableRefsReadFromAndJoinButNotFunctionsOrCtes() {
    assertEquals(
        Set.of("p.ds.collisions", "b.x"),
        TableRefs.in(
            "WITH c AS (SELECT * FROM `p.ds.collisions`) SELECT EXTRACT(YEAR FROM d) FROM c JOIN \"b\".\"x\" ON true"));
    assertEquals(
        Set.of("samples.countries"),
        TableRefs.in("select name from samples.countries -- FROM nowhere"));
  }
}
