package io.cartomaps.backend.local.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only a large file that is mostly old versions is compacted, and compaction keeps its data. */
class SparseStoreFileTest {

  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("s") + ";FILE_LOCK=NO;MAX_COMPACT_TIME=0";
  }

  /** One row rewritten {@code times} times, each change checkpointed into a chunk of its own. */
  private void rewrite(Connection c, int times) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS t(id INT PRIMARY KEY, v VARCHAR)");
      s.execute("MERGE INTO t KEY(id) VALUES (1, 'first')");
      for (int i = 0; i < times; i++) {
        s.execute("UPDATE t SET v = REPEAT('x', 2000) || " + i + " WHERE id = 1");
        s.execute("CHECKPOINT");
      }
    }
  }

  /** The row as the last of {@link #rewrite}'s 300 changes left it, read after reopening. */
  private void assertLastRewriteKept() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "sa", "");
        ResultSet r = c.createStatement().executeQuery("SELECT v FROM t WHERE id = 1")) {
      assertTrue(r.next());
      assertEquals("x".repeat(2000) + 299, r.getString(1));
    }
  }

  @Test
  void aSparseFileIsCompactedAndKeepsItsRows() throws Exception {
    Path file = dir.resolve("s.mv.db");
    long before;
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      rewrite(c, 300);
      before = Files.size(file);
      assertEquals(
          SparseStoreFile.Outcome.COMPACTED,
          new SparseStoreFile(0).compactIfSparse(c),
          "a sparse file was left as it was");
      assertTrue(c.isClosed() || !c.isValid(1), "SHUTDOWN COMPACT closes the database");
    }
    assertTrue(Files.size(file) < before / 4, Files.size(file) + " bytes, from " + before);
    assertLastRewriteKept();
  }

  @Test
  void aFileSmallerThanTheThresholdIsLeftAsItIs() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      rewrite(c, 300);
      assertEquals(
          SparseStoreFile.Outcome.LEFT,
          new SparseStoreFile(SparseStoreFile.MIN_BYTES).compactIfSparse(c));
      assertTrue(c.isValid(1), "the store was closed though it was not compacted");
    }
  }

  @Test
  void aFailedCompactionIsReportedAndTheStoreKept() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      rewrite(c, 300);
      try (Statement s = c.createStatement()) {
        s.execute("CREATE USER reader PASSWORD 'r'");
        s.execute("GRANT SELECT ON t TO reader");
      }
    }
    try (Connection reader = DriverManager.getConnection(url(), "reader", "r")) {
      assertEquals(
          SparseStoreFile.Outcome.FAILED,
          new SparseStoreFile(0).compactIfSparse(reader),
          "a user who may not shut the database down gets a failure, not an exception");
    }
    assertLastRewriteKept();
  }

  @Test
  void aDenseFileIsLeftAsItIs() throws Exception {
    try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
      rewrite(c, 0);
      assertEquals(SparseStoreFile.Outcome.LEFT, new SparseStoreFile(0).compactIfSparse(c));
      assertTrue(c.isValid(1));
    }
  }
}
