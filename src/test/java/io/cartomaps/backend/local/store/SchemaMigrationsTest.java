package io.cartomaps.backend.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store records its schema version, upgrades forward, and refuses a store from a newer program.
 */
class SchemaMigrationsTest {

  @TempDir Path dir;

  private Connection raw() throws Exception {
    return DriverManager.getConnection(
        "jdbc:h2:file:" + new LocalHome(dir).mapsDatabase() + ";AUTO_SERVER=TRUE",
        StoreDatabase.USER,
        StoreDatabase.PASSWORD);
  }

  private String query(String sql) throws Exception {
    try (Connection c = raw();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void aNewStoreIsAtTheCurrentVersionAndReopeningAppliesNothingTwice() throws Exception {
    MapStore.open(new LocalHome(dir)).close();
    MapStore.open(new LocalHome(dir)).close();
    assertEquals(
        String.valueOf(SchemaMigrations.CURRENT), query("SELECT MAX(version) FROM schema_version"));
    assertEquals(
        String.valueOf(SchemaMigrations.ALL.size()), query("SELECT COUNT(*) FROM schema_version"));
  }

  @Test
  void commitsAreWrittenWithoutDelay() throws Exception {
    MapStore.open(new LocalHome(dir)).close();
    assertEquals(
        "0",
        query(
            "SELECT setting_value FROM information_schema.settings "
                + "WHERE setting_name = 'WRITE_DELAY'"));
  }

  @Test
  void refusesAStoreWrittenByANewerProgram() throws Exception {
    MapStore.open(new LocalHome(dir)).close();
    try (Connection c = raw();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO schema_version VALUES ("
              + (SchemaMigrations.CURRENT + 1)
              + ", 'future', 0)");
    }
    BackendException e =
        assertThrows(BackendException.class, () -> MapStore.open(new LocalHome(dir)));
    assertEquals(BackendException.Kind.UNAVAILABLE, e.kind());
    assertTrue(e.getMessage().contains("newer version"), e.getMessage());
  }

  @Test
  void versionsAreConsecutiveFromOne() {
    for (int i = 0; i < SchemaMigrations.ALL.size(); i++) {
      assertEquals(i + 1, SchemaMigrations.ALL.get(i).version());
    }
  }
}
