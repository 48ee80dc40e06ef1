package io.cartomaps.backend.local.store;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.local.workspace.LocalHome;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
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
 * store, and runs one transaction. No process serves the file to others, so none can pull it from
 * under them by exiting, and the operating system drops the lock of a process that dies. A process
 * waits for its turn, queued by the operating system behind the holder, for at most {@link
 * #WAIT_MS}.
 *
 * <p>Opening the store file is most of what a short call costs, and it starts with a cold page
 * cache, so a process keeps its turn on the file, and the file open (a {@linkplain #take keeper}
 * connection), for {@link #LINGER_MS} after a call in case another follows, as calls do under load
 * and in a long export. A process that waits for the file says so with a shared lock on a second
 * byte of the lock file ({@link #WAITING}); the holder looks for one every {@link #HOLD_MS} and
 * lets go when it finds one, so a waiter waits at most about that long, and a process alone on its
 * home does not reopen the file every second.
 */
final class StoreTurns {

  /** How long a call waits for another process to finish with the store. */
  static final long WAIT_MS = 60_000;

  /** How long the file stays open after a call, for the next one. */
  static final long LINGER_MS = 150;

  /**
   * How often a process that keeps the file between calls looks for another that waits for it, and
   * lets go if one does.
   */
  static final long HOLD_MS = 1_000;

  /** The byte of the lock file whose exclusive lock is the turn. */
  private static final long TURN = 0;

  /** The byte of the lock file a waiting process holds a shared lock on. */
  private static final long WAITING = 1;

  /** How many times a waiter tries to say it waits while a holder is looking. */
  private static final int WAITING_TRIES = 20;

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

  // Guarded by inProcess: the file turn kept between calls, what keeps the store open meanwhile.
  private FileChannel held;
  private Kept keeper;
  private long heldSince;
  private ScheduledFuture<?> release;

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

  /** Opens what keeps the store file open while the turn lingers (a connection to it). */
  interface Keeper {
    Kept open() throws Exception;
  }

  /** What keeps the store file open while the turn lingers. */
  interface Kept extends AutoCloseable {

    /**
     * Closes the file when nobody waits for it as it starts: the linger ran out, or the process
     * ends. Upkeep that a waiting process should not pay for belongs here; a call that comes
     * meanwhile waits for it.
     */
    default void closeUnhurried() throws Exception {
      close();
    }
  }

  /**
   * Waits for this thread's turn and keeps the file open with {@code keeper} until the turn is
   * given up, {@link #LINGER_MS} after the last call.
   */
  Turn take(Keeper keeper) {
    Turn turn = take();
    try {
      if (this.keeper == null) {
        this.keeper = keeper.open();
      }
    } catch (Exception e) {
      turn.close();
      throw e instanceof RuntimeException r
          ? r
          : new BackendException(
              BackendException.Kind.UNAVAILABLE,
              "Cannot open the local map store: " + e.getMessage(),
              e);
    }
    return turn;
  }

  /** What keeps the file open: valid in this thread's turn taken with a keeper. */
  Kept kept() {
    return keeper;
  }

  /** In this thread's turn: closes the keeper and gives up the file (a broken connection). */
  void letGoInTurn() {
    giveUpFile(false);
  }

  /**
   * Gives up the file at the end of a process, once the call or the upkeep that holds it is done
   * (for at most {@link #WAIT_MS}).
   */
  void letGo() {
    try {
      if (!inProcess.tryLock(WAIT_MS, TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      giveUpFile(nobodyWaits());
    } finally {
      inProcess.unlock();
    }
  }

  /** Whether nobody waits for the file: no other process, and no other call in this one. */
  private boolean nobodyWaits() {
    return held != null && !inProcess.hasQueuedThreads() && !othersWait();
  }

  private void giveUpLater() {
    release =
        ALARMS.schedule(
            () -> {
              if (inProcess.tryLock()) {
                try {
                  giveUpFile(nobodyWaits());
                } finally {
                  inProcess.unlock();
                }
              }
            },
            LINGER_MS,
            TimeUnit.MILLISECONDS);
  }

  /**
   * Closes the file and gives up the turn; {@code unhurried} when nobody waits for it (see {@link
   * Kept#closeUnhurried}).
   */
  private void giveUpFile(boolean unhurried) {
    if (release != null) {
      release.cancel(false);
      release = null;
    }
    if (keeper != null) {
      try {
        if (unhurried) {
          keeper.closeUnhurried();
        } else {
          keeper.close();
        }
      } catch (Exception ignored) {
        // the connection was only keeping the file open
      }
      keeper = null;
    }
    if (held != null) {
      try {
        held.close();
      } catch (IOException ignored) {
        // closing the channel releases the lock; there is nothing else to undo
      }
      held = null;
    }
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
    if (release != null) {
      release.cancel(false);
      release = null;
    }
    if (held != null) {
      long now = System.nanoTime();
      if (now - heldSince < TimeUnit.MILLISECONDS.toNanos(HOLD_MS)) {
        return this::endCall;
      }
      if (!othersWait()) {
        heldSince = now; // look again in HOLD_MS
        return this::endCall;
      }
      giveUpFile(false); // another process waits: its turn
    }
    try {
      FileChannel channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock waiting;
      try {
        if (tryLock(channel, TURN, false) != null) {
          held = channel;
          heldSince = System.nanoTime();
          return this::endCall;
        }
        waiting = sayWaiting(channel);
      } catch (IOException | RuntimeException e) {
        channel.close();
        throw e;
      }
      long left = Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()));
      // A blocking lock queues behind the holder and wakes when it lets go; the alarm's interrupt
      // ends the wait.
      Alarm alarm = new Alarm(Thread.currentThread());
      ScheduledFuture<?> timer = ALARMS.schedule(alarm::ring, left, TimeUnit.MILLISECONDS);
      try {
        channel.lock(TURN, 1, false);
        if (waiting != null) {
          waiting.release();
        }
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
      held = channel;
      heldSince = System.nanoTime();
      return this::endCall;
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
   * Whether another process waits for the file: it holds a shared lock on {@link #WAITING}, so this
   * process cannot take that byte exclusively.
   */
  private boolean othersWait() {
    try {
      FileLock probe = tryLock(held, WAITING, false);
      if (probe == null) {
        return true;
      }
      probe.release();
      return false;
    } catch (IOException e) {
      return true; // when in doubt, let the others have their turn
    }
  }

  /**
   * Says this process waits, with a shared lock on {@link #WAITING}; null if a holder kept looking
   * all the while (it then lets go when its calls stop, as before the waiting byte existed).
   */
  private static FileLock sayWaiting(FileChannel channel) throws IOException {
    for (int i = 0; i < WAITING_TRIES; i++) {
      FileLock lock = tryLock(channel, WAITING, true);
      if (lock != null) {
        return lock;
      }
      try {
        Thread.sleep(1);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
    }
    return null;
  }

  /** One byte's lock without waiting; null when another process holds it. */
  private static FileLock tryLock(FileChannel channel, long position, boolean shared)
      throws IOException {
    try {
      return channel.tryLock(position, 1, shared);
    } catch (OverlappingFileLockException e) {
      return null; // held in this process through another channel (a store on the same home)
    }
  }

  /** Ends a call: the file stays open for the next one, for a while. */
  private void endCall() {
    try {
      if (held != null) {
        giveUpLater();
      }
    } finally {
      inProcess.unlock();
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
