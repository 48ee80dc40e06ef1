package io.cartomaps.render;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;

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
      int port =
          endpoint.getPort() > 0
              ? endpoint.getPort()
              : "http".equalsIgnoreCase(endpoint.getScheme()) ? 80 : 443;
      InetAddress address = NameLookup.resolve(host, timeout);
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress(address, port), (int) timeout.toMillis());
      }
    };
  }
}
