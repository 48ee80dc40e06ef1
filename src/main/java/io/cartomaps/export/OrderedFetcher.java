package io.cartomaps.export;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs a task for each item on a few threads, at most {@code window} ahead of the caller, and hands
 * the results back in the items' order: reading and checking maps overlaps with writing them, and
 * memory stays bounded. A failed task rethrows its exception to the caller at its turn; closing
 * cancels what is still running.
 */
final class OrderedFetcher<I, T> implements AutoCloseable {

  private final ExecutorService pool;
  private final Iterator<I> items;
  private final Function<I, T> task;
  private final Deque<Future<T>> pending = new ArrayDeque<>();
  private final int window;

  OrderedFetcher(List<I> items, int threads, int window, Function<I, T> task) {
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "export-fetch");
              t.setDaemon(true);
              return t;
            });
    this.items = items.iterator();
    this.task = task;
    this.window = window;
    fill();
  }

  private void fill() {
    while (pending.size() < window && items.hasNext()) {
      I item = items.next();
      pending.add(pool.submit(() -> task.apply(item)));
    }
  }

  boolean hasNext() {
    return !pending.isEmpty();
  }

  /** The next result in order; the task's own exception when it failed. */
  T next() {
    Future<T> f = pending.poll();
    fill();
    try {
      return f.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the export was interrupted", e);
    }
  }

  @Override
  public void close() {
    pending.forEach(f -> f.cancel(true));
    pool.shutdownNow();
  }
}
