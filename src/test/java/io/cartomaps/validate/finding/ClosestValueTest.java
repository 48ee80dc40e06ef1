package io.cartomaps.validate.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Nearest allowed value for "did you mean" suggestions. */
class ClosestValueTest {

  private static final List<String> BASEMAPS =
      List.of("positron", "dark-matter", "voyager", "google-3d");

  @Test
  void ignoresCaseAndSeparators() {
    for (String near : List.of("darkmatter", "dark_matter", "darkMatter", "DARK MATTER")) {
      assertEquals(Optional.of("dark-matter"), ClosestValue.among(near, BASEMAPS), near);
    }
    assertEquals(Optional.of("google-3d"), ClosestValue.among("google3d", BASEMAPS));
  }

  @Test
  void toleratesSmallTyposIncludingSwappedLetters() {
    assertEquals(Optional.of("positron"), ClosestValue.among("positon", BASEMAPS));
    assertEquals(Optional.of("voyager"), ClosestValue.among("voyaegr", BASEMAPS));
  }

  @Test
  void offersNothingForUnrelatedWords() {
    assertEquals(Optional.empty(), ClosestValue.among("satellite", BASEMAPS));
    assertEquals(Optional.empty(), ClosestValue.among("", BASEMAPS));
  }
}
