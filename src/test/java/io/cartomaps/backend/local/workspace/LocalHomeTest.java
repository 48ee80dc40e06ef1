package io.cartomaps.backend.local.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.cartomaps.backend.BackendException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the local workspace lives: {@code CARTO_MAPS_HOME}, else {@code ~/.carto-maps-mcp}. */
class LocalHomeTest {

  @TempDir Path dir;

  @Test
  void defaultsToAFolderInTheUsersHome() {
    assertEquals(
        Path.of("/home/ana/.carto-maps-mcp"), LocalHome.resolve(Map.of(), "/home/ana").dir());
    assertEquals(
        Path.of("/home/ana/.carto-maps-mcp"),
        LocalHome.resolve(Map.of("CARTO_MAPS_HOME", "  "), "/home/ana").dir());
  }

  @Test
  void environmentVariableMovesIt() {
    assertEquals(
        Path.of("/data/maps"),
        LocalHome.resolve(Map.of("CARTO_MAPS_HOME", "/data/maps"), "/home/ana").dir());
  }

  @Test
  void relativeHomesAreMadeAbsolute() {
    assertEquals(Path.of("work").toAbsolutePath(), new LocalHome(Path.of("work")).dir());
  }

  @Test
  void filesLiveInsideTheHome() {
    LocalHome home = new LocalHome(dir);
    assertEquals(dir.resolve("maps"), home.mapsDatabase());
    assertEquals(dir.resolve("samples-v3"), home.samplesDatabase(3));
  }

  @Test
  void aHomeThatCannotBeCreatedIsAClearError() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    BackendException e =
        assertThrows(
            BackendException.class, () -> new LocalHome(file.resolve("home")).ensureExists());
    assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
    assertEquals(true, e.getMessage().contains("CARTO_MAPS_HOME"), e.getMessage());
  }
}
