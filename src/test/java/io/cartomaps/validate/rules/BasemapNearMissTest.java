package io.cartomaps.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BasemapNearMissTest {

  @ParameterizedTest
  @CsvSource({
    "darkmatter,dark-matter",
    "dark_matter,dark-matter",
    "darkMatter,dark-matter",
    "google3d,google-3d",
    "google-satellite,satellite",
    "Positron,positron",
    "voyagr,voyager",
    "dark,dark-matter"
  })
  void suggestsTheKnownIdAMisspellingMeans(String id, String expected) {
    assertEquals(expected, BasemapSyncRule.nearMiss(id));
  }

  @ParameterizedTest
  @ValueSource(strings = {"mapbox-streets", "osm", "custom:mine", ""})
  void suggestsNothingForUnrelatedIds(String id) {
    assertNull(BasemapSyncRule.nearMiss(id));
  }
}
