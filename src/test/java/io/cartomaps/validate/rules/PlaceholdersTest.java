package io.cartomaps.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlaceholdersTest {

  @Test
  void findsTrimmedNamesOnce() {
    assertEquals(
        List.of("a", "b"), List.copyOf(Placeholders.in("x {{a}} y {{ b }} z {{a}}").keySet()));
  }

  @Test
  void ignoresUnclosedBracesAndNestedOpenings() {
    assertEquals(List.of("b"), List.copyOf(Placeholders.in("{{a {{b}} {{").keySet()));
    assertEquals(List.of(), List.copyOf(Placeholders.in("{{{x}}} {{}} {{ }}").keySet()));
  }

  @Test
  void scansHostileTextInOnePass() {
    String hostile = "{{" + " ".repeat(2_000_000);
    assertEquals(List.of(), List.copyOf(Placeholders.in(hostile).keySet()));
  }
}
