package io.cartomaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** $HOME is honoured as the CARTO CLI honours it; Java's user.home is the fallback. */
class UserHomeTest {

  @Test
  void homeVariableWins() {
    assertEquals(Path.of("/sandbox/home"), UserHome.of(Map.of("HOME", "/sandbox/home"), "/root"));
  }

  @Test
  void javaUserHomeWhenHomeIsUnsetOrBlank() {
    assertEquals(Path.of("/root"), UserHome.of(Map.of(), "/root"));
    assertEquals(Path.of("/root"), UserHome.of(Map.of("HOME", " "), "/root"));
  }
}
