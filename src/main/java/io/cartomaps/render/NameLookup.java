package io.cartomaps.render;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A DNS lookup bounded in time. The JDK's lookup cannot be interrupted, so each one runs on a
 * daemon thread of its own: a lookup that hangs is abandoned there and cannot hold up later ones
 * (the default async pool can have a single worker, as on JDK 25 with 2 CPUs).
 */
final class NameLookup {

  /**
   * Resolves a host name; the JDK's {@link InetAddress#getByName} unless a test substitutes one.
   */
  @FunctionalInterface
  interface Resolver {
    InetAddress resolve(String host) throws UnknownHostException;
  }

  private NameLookup() {}

  static InetAddress resolve(String host, Duration timeout) throws IOException {
    return resolve(host, timeout, InetAddress::getByName);
  }

  static InetAddress resolve(String host, Duration timeout, Resolver resolver) throws IOException {
    CompletableFuture<InetAddress> lookup =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return resolver.resolve(host);
              } catch (UnknownHostException e) {
                throw new IllegalStateException("unknown host " + host, e);
              }
            },
            NameLookup::startDaemon);
    try {
      return lookup.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      lookup.cancel(true);
      throw new IOException("name lookup of " + host + " timed out");
    } catch (ExecutionException e) {
      throw new IOException(e.getCause().getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  private static void startDaemon(Runnable task) {
    Thread t = new Thread(task, "name-lookup");
    t.setDaemon(true);
    t.start();
  }
}
