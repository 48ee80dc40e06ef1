package io.cartomaps.backend.local;

import io.cartomaps.backend.BackendException;
import java.util.function.Supplier;

/**
 * A resource opened on first use and closed with its owner. The MCP server starts once per editor
 * session and most sessions never read sample data, so nothing is opened until a call needs it.
 */
final class Lazy<T extends AutoCloseable> implements AutoCloseable {

  private final Supplier<T> opener;
  private volatile T value;
  private boolean closed;

  Lazy(Supplier<T> opener) {
    this.opener = opener;
  }

  T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      if (closed) {
        throw new BackendException(
            BackendException.Kind.UNAVAILABLE, "The local workspace has been closed.");
      }
      if (value == null) {
        value = opener.get();
      }
      return value;
    }
  }

  boolean isOpen() {
    return value != null;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (value != null) {
      try {
        value.close();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      } finally {
        value = null;
      }
    }
  }
}
