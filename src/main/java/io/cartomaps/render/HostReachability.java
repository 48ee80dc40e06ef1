package io.cartomaps.render;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Checks, within a short time, that a host resolves and accepts a TCP connection. */
@FunctionalInterface
public interface HostReachability {

  /**
   * Returns normally when {@code endpoint}'s host answers on its port.
   *
   * @throws IOException with a short reason (unknown host, refused, timed out) when it does not
   */
  void check(URI endpoint, Duration timeout) throws IOException;

  /** DNS lookup and TCP connect, each bounded by the timeout. */
  static HostReachability tcp() {
    return (endpoint, timeout) -> {
      String host = endpoint.getHost();
      if (host == null) {
        throw new IOException("no host in " + endpoint);
      }
      int port = endpoint.getPort() > 0 ? endpoint.getPort() : "http".equalsIgnoreCase(endpoint.getScheme()) ? 80 : 443;
      InetAddress address = resolve(host, timeout);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
      }
    };
  }

  private static InetAddress resolve(String host, Duration timeout) throws IOException {
    CompletableFuture<InetAddress> lookup = CompletableFuture.supplyAsync(() -> {
      try {
        return InetAddress.getByName(host);
      } catch (UnknownHostException e) {
        throw new IllegalStateException("unknown host " + host, e);
      }
    });
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
}
