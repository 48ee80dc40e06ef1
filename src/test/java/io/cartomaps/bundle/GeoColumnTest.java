package io.cartomaps.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GeoColumnTest {

  @Test
  void readsTheIndexKindFromThePrefix() {
    assertEquals(GeoColumn.Kind.H3, GeoColumn.parse("h3:geom").kind());
    assertEquals(GeoColumn.Kind.H3, GeoColumn.parse("HEX_ID:cell").kind());
    assertEquals(GeoColumn.Kind.QUADBIN, GeoColumn.parse("quadbin:geom").kind());
    assertEquals(GeoColumn.Kind.PLAIN, GeoColumn.parse("geom").kind());
    assertEquals(GeoColumn.Kind.PLAIN, GeoColumn.parse("s2:geom").kind());
    assertNull(GeoColumn.parse(null));
  }

  @Test
  void knowsTheColumnNamesOfAnH3Index() {
    assertTrue(GeoColumn.isH3ColumnName("H3"));
    assertTrue(GeoColumn.isH3ColumnName("hex_id"));
    assertFalse(GeoColumn.isH3ColumnName("quadbin"));
    assertFalse(GeoColumn.isH3ColumnName("geom"));
  }

  @Test
  void tellsBinnedGeometriesFromPrecomputedIndexes() {
    assertTrue(GeoColumn.parse("h3:geom").isDynamic());
    assertTrue(GeoColumn.parse("quadbin:the_geom").isDynamic());
    assertFalse(GeoColumn.parse("h3:h3").isDynamic());
    assertFalse(GeoColumn.parse("quadbin:quadbin_z12").isDynamic());
    assertFalse(GeoColumn.parse("geom").isDynamic());
  }
}
