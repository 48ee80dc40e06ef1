package io.cartomaps.backend.local.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts the embedded store file when it is mostly old versions. Every acknowledged change is
 * checkpointed into a new chunk of the file, and H2 keeps replaced chunks for its retention time,
 * so a burst of changes grows the file by about 30 KB each: 500 new maps made a 90 MB file for 1 MB
 * of live data. H2's background upkeep does not win that back, and keeps rewriting pages whenever
 * the store is read after a quiet spell (a fifth of an export's CPU on such a file). Closing the
 * store with {@code SHUTDOWN COMPACT} rewrites the live data into a new file, in about 2 s for
 * 10,000 maps, so it is done only when the file is large and sparse, and only when nobody waits for
 * it. One per store file: a compaction that failed is not tried again by this process.
 */
final class SparseStoreFile {

  private static final Logger LOG = LoggerFactory.getLogger(SparseStoreFile.class);

  /** Files smaller than this are left as they are: rewriting them would win little. */
  static final long MIN_BYTES = 16L << 20;

  /** Compacted when at most this share of the file's chunks holds live data, in percent. */
  static final int MAX_LIVE_PERCENT = 50;

  private final long minBytes;

  private volatile boolean failed;

  /** Compacts files of at least {@code minBytes}; {@link #MIN_BYTES} but in tests. */
  SparseStoreFile(long minBytes) {
    this.minBytes = minBytes;
  }

  /** What {@link #compactIfSparse} did. */
  enum Outcome {
    /** The file was rewritten and the store closed. */
    COMPACTED,
    /** The file is small or dense enough; the store is still open. */
    LEFT,
    /**
     * Compacting failed (a full disk, say), now or before: H2 replaces the file only once the new
     * one is whole, so the store is as it was, and a partial {@code .tempFile} may lie beside it.
     */
    FAILED
  }

  /**
   * Compacts the store {@code c} is connected to, closing it, when its file is large and sparse and
   * no compaction of it failed before.
   */
  Outcome compactIfSparse(Connection c) {
    if (failed) {
      return Outcome.FAILED;
    }
    try (Statement s = c.createStatement()) {
      long size = -1;
      int live = 100;
      try (ResultSet r =
          s.executeQuery(
              "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                  + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.CHUNKS_FILL_RATE')")) {
        while (r.next()) {
          if (r.getString(1).equals("info.FILE_SIZE")) {
            size = Long.parseLong(r.getString(2));
          } else {
            live = Integer.parseInt(r.getString(2));
          }
        }
      }
      if (size < minBytes || live > MAX_LIVE_PERCENT) {
        return Outcome.LEFT;
      }
      long started = System.nanoTime();
      s.execute("SHUTDOWN COMPACT");
      LOG.debug(
          "Compacted the local map store ({} MB, {} % live) in {} ms",
          size >> 20, live, (System.nanoTime() - started) / 1_000_000);
      return Outcome.COMPACTED;
    } catch (SQLException | RuntimeException e) {
      LOG.debug("The local map store was not compacted: {}", e.getMessage());
      failed = true;
      return Outcome.FAILED;
    }
  }
}
