package io.cartomaps.backend.local;

import static io.cartomaps.backend.local.LocalMapLifecycleTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapPage;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.local.workspace.LocalConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the workspace costs nothing until a call needs the store or the data engine. */
class LocalWorkspaceStartupTest {

  @TempDir Path dir;

  @Test
  void openingTouchesNothingOnDisk() {
    Path home = dir.resolve("home");
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      backend.profile();
      backend.connections();
      backend.agentsStatus();
      assertFalse(Files.exists(home));
      assertFalse(backend.storeOpen());
      assertFalse(backend.engineOpen());
    }
  }

  @Test
  void listingAnEmptyWorkspaceCreatesNoStoreAndListsWhatIsCreatedLater() {
    Path home = dir.resolve("home");
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      MapPage empty = backend.listMaps(new MapQuery(null, null, null, false, null, null, 1, 20));
      assertEquals(0, empty.total());
      assertTrue(empty.maps().isEmpty());
      assertFalse(backend.storeOpen());
      assertFalse(Files.exists(home));
      backend.createMap(obj("{}"));
      assertEquals(
          1, backend.listMaps(new MapQuery(null, null, null, false, null, null, 1, 20)).total());
    }
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      assertEquals(
          1, backend.listMaps(new MapQuery(null, null, null, false, null, null, 1, 20)).total());
      assertTrue(backend.storeOpen());
    }
  }

  @Test
  void mapCallsOpenTheStoreButNotTheDataEngine() {
    Path home = dir.resolve("home");
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      String id = backend.createMap(obj("{}")).get("id").asString();
      backend.createDataset(
          id,
          obj(
              "{\"type\":\"table\",\"source\":\"samples.places\",\"connectionId\":\""
                  + LocalConnection.ID
                  + "\"}"));
      assertTrue(backend.storeOpen());
      assertFalse(backend.engineOpen());
      assertTrue(Files.exists(home.resolve("maps.mv.db")));
      assertFalse(Files.exists(home.resolve("samples-v1.mv.db")));
    }
  }

  @Test
  void theFirstDataCallBuildsTheSampleDatabaseOnceForEveryLaterOpen() throws Exception {
    Path home = dir.resolve("home");
    FileTime built;
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      assertEquals(5, backend.listTables(LocalConnection.ID, null).size());
      assertTrue(backend.engineOpen());
      assertFalse(backend.storeOpen());
      built = Files.getLastModifiedTime(home.resolve("samples-v1.mv.db"));
    }
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      assertTrue(
          backend
              .probeSource(LocalConnection.ID, io.cartomaps.backend.SourceKind.table, "places")
              .ok());
    }
    assertEquals(built, Files.getLastModifiedTime(home.resolve("samples-v1.mv.db")));
    try (var files = Files.list(home)) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().contains("-build")));
    }
  }

  @Test
  void aNewHomeIsPrivateToItsOwner() throws Exception {
    Path home = dir.resolve("private-home");
    try (LocalBackend backend = LocalBackend.open(home, null)) {
      backend.createMap(obj("{}"));
    }
    if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
      assertEquals(
          "rwx------",
          java.nio.file.attribute.PosixFilePermissions.toString(
              Files.getPosixFilePermissions(home)));
    }
  }
}
