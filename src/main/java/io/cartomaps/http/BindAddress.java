package io.cartomaps.http;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the bind address implies for security: whether only this machine can connect, and which
 * {@code Host} and {@code Origin} values are the server's own (the allow-lists of the SDK's
 * DNS-rebinding check).
 */
record BindAddress(String host, int port, InetAddress address) {

  static BindAddress of(String host, int port) {
    try {
      return new BindAddress(host, port, InetAddress.getByName(host));
    } catch (UnknownHostException e) {
      throw new HttpSetupException(
          "Cannot bind to --host " + host + ": unknown host. Use an address such as 127.0.0.1.");
    }
  }

  boolean loopback() {
    return address.isLoopbackAddress();
  }

  boolean wildcard() {
    return address.isAnyLocalAddress();
  }

  /**
   * Host header values that name this server: its own address and port (every loopback spelling on
   * loopback).
   */
  List<String> ownHosts() {
    List<String> out = new ArrayList<>();
    if (loopback()) {
      out.addAll(List.of("127.0.0.1:" + port, "localhost:" + port, "[::1]:" + port));
    } else if (!wildcard()) {
      String literal =
          address.getHostAddress().contains(":")
              ? "[" + address.getHostAddress() + "]"
              : address.getHostAddress();
      out.add(literal + ":" + port);
      if (!host.equals(address.getHostAddress())) {
        out.add(host + ":" + port);
      }
    }
    return out;
  }

  /**
   * The SDK validator: Origin (403) and Host (421) against the server's own names plus the
   * operator's.
   */
  DefaultServerTransportSecurityValidator validator(
      List<String> extraOrigins, List<String> extraHosts) {
    List<String> hosts = new ArrayList<>(ownHosts());
    hosts.addAll(extraHosts);
    if (hosts.isEmpty()) {
      throw new HttpSetupException(
          "--host "
              + host
              + " listens on every interface, so the server cannot tell which "
              + "Host names are its own. Name them with --allowed-host (for example --allowed-host mcp.example.com "
              + "--allowed-host localhost:"
              + port
              + ").");
    }
    List<String> origins = new ArrayList<>();
    for (String h : ownHosts()) {
      origins.add("http://" + h);
    }
    origins.addAll(extraOrigins);
    return DefaultServerTransportSecurityValidator.builder()
        .allowedHosts(hosts)
        .allowedOrigins(origins)
        .build();
  }
}
