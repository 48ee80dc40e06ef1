package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Whose turn it is to use the embedded store file: every thread of every process on one home takes
 * an exclusive lock, in-process first and then the operating system's lock on a file beside the
 * store, opens the store, runs one transaction and closes it again. No process serves the file to
 * others, so none can pull it from under them by exiting, and the operating system drops the lock
 * of a process that dies. A process waits for its turn, trying queued by the operating system
 * behind the holder, for at most {@link #WAIT_MS}.
 */
final class StoreTurns {

  /** How long a call waits for another process to finish with the store. */
  static final long WAIT_MS = 60_000;

  private static final ScheduledExecutorService ALARMS =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "store-turn-timeout");
            t.setDaemon(true);
            return t;
          });
  private static final Map<Path, StoreTurns> BY_FILE = new ConcurrentHashMap<>();

  private final Path file;
  private final ReentrantLock inProcess = new ReentrantLock(true);

  private StoreTurns(Path file) {
    this.file = file;
  }

  /** The turns for the lock {@code file}, shared by every store opened on it in this process. */
  static StoreTurns of(Path file) {
    return BY_FILE.computeIfAbsent(file.toAbsolutePath().normalize(), StoreTurns::new);
  }

  /** A held turn; closing it lets the next one in. */
  interface Turn extends AutoCloseable {
    @Override
    void close();
  }

  /**
   * Waits for this thread's turn.
   *
   * @throws BackendException UNAVAILABLE when another process held the store for longer than {@link
   *     #WAIT_MS}
   */
  Turn take() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    try {
      if (!inProcess.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
        throw busy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE, "Interrupted while waiting for the local map store.");
    }
    try {
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      // A blocking lock queues behind the holder and wakes when it lets go; the alarm's interrupt
      // ends the wait.
      Alarm alarm = new Alarm(Thread.currentThread());
      ScheduledFuture<?> timer = ALARMS.schedule(alarm::ring, left, TimeUnit.MILLISECONDS);
      try {
        channel.lock();
      } catch (ClosedByInterruptException e) {
        timer.cancel(false);
        boolean rang = alarm.disarm();
        if (!rang) {
          Thread.currentThread().interrupt();
        }
        throw rang
            ? busy()
            : new BackendException(
                BackendException.Kind.UNAVAILABLE,
                "Interrupted while waiting for the local map store.");
      } catch (IOException | RuntimeException e) {
        timer.cancel(false);
        alarm.disarm();
        channel.close();
        throw e;
      }
      timer.cancel(false);
      if (alarm.disarm()) {
        // It rang just as the lock was granted (the interrupt is cleared): keep the turn.
        if (!channel.isOpen()) {
          throw busy();
        }
      }
      return () -> {
        try {
          channel.close();
        } catch (IOException ignored) {
          // closing the channel releases the lock; there is nothing else to undo
        } finally {
          inProcess.unlock();
        }
      };
    } catch (IOException e) {
      inProcess.unlock();
      throw new BackendException(
          BackendException.Kind.UNAVAILABLE,
          "Cannot lock the local map store ("
              + LocalHome.shown(file.getParent(), file)
              + "): "
              + LocalHome.hide(file.getParent(), e.getMessage()),
          e);
    } catch (RuntimeException e) {
      inProcess.unlock();
      throw e;
    }
  }

  /**
   * Interrupts the waiting thread once, unless disarmed first; disarming clears an interrupt it
   * caused.
   */
  private static final class Alarm {

    private final Thread waiter;
    private boolean armed = true;
    private boolean rang;

    Alarm(Thread waiter) {
      this.waiter = waiter;
    }

    synchronized void ring() {
      if (armed) {
        rang = true;
        waiter.interrupt();
      }
    }

    /** Whether it rang; after this it never will, and its interrupt is no longer pending. */
    synchronized boolean disarm() {
      armed = false;
      if (rang) {
        Thread.interrupted();
      }
      return rang;
    }
  }

  private BackendException busy() {
    return new BackendException(
        BackendException.Kind.UNAVAILABLE,
        "Another carto-maps-mcp process has kept the local "
            + "map store busy for "
            + WAIT_MS / 1000
            + " s; try again when it has finished.");
  }
}
