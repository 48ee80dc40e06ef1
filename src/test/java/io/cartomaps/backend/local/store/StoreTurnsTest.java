package io.cartomaps.backend.local.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process keeps the store file between calls while nobody else waits for it, and lets go once
 * another says it waits (a shared lock on the lock file's second byte).
 */
class StoreTurnsTest {

  @TempDir Path dir;

  @Test
  void aBusyProcessAloneKeepsTheFileOpenPastTheHoldTime() throws Exception {
    StoreTurns turns = StoreTurns.of(dir.resolve("alone.turn"));
    AtomicInteger opens = new AtomicInteger();
    callsFor(turns, opens, 2 * StoreTurns.HOLD_MS + 200);
    turns.letGo();
    assertEquals(1, opens.get(), "the file was reopened while nobody waited for it");
  }

  @Test
  void aBusyProcessLetsGoOnceAnotherSaysItWaits() throws Exception {
    Path file = dir.resolve("shared.turn");
    StoreTurns turns = StoreTurns.of(file);
    AtomicInteger opens = new AtomicInteger();
    try (FileChannel other = FileChannel.open(file, CREATE, READ, WRITE);
        FileLock waiting = other.lock(1, 1, true)) {
      callsFor(turns, opens, 2 * StoreTurns.HOLD_MS + 200);
    }
    turns.letGo();
    assertTrue(opens.get() >= 2, "the file was let go for the waiter: opened " + opens + " times");
  }

  @Test
  void theFileIsClosedUnhurriedWhenTheLingerRunsOutAndInHasteForAWaiter() throws Exception {
    Path file = dir.resolve("closing.turn");
    StoreTurns turns = StoreTurns.of(file);
    List<String> closes = new CopyOnWriteArrayList<>();
    StoreTurns.Keeper keeper =
        () ->
            new StoreTurns.Kept() {
              @Override
              public void close() {
                closes.add("in haste");
              }

              @Override
              public void closeUnhurried() {
                closes.add("unhurried");
              }
            };
    turns.take(keeper).close();
    Thread.sleep(StoreTurns.LINGER_MS + 500);
    assertEquals(List.of("unhurried"), closes, "nobody waited when the linger ran out");

    closes.clear();
    try (FileChannel other = FileChannel.open(file, CREATE, READ, WRITE);
        FileLock waiting = other.lock(1, 1, true)) {
      turns.take(keeper).close();
      Thread.sleep(StoreTurns.LINGER_MS + 500);
    }
    assertEquals(List.of("in haste"), closes, "another process waited when the linger ran out");
  }

  /** Calls one after another, each a short turn, for about {@code millis}. */
  private static void callsFor(StoreTurns turns, AtomicInteger opens, long millis)
      throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      try (StoreTurns.Turn turn =
          turns.take(
              () -> {
                opens.incrementAndGet();
                return () -> {};
              })) {
        Thread.sleep(5);
      }
      Thread.sleep(20);
    }
  }
}
