package io.cartomaps.http;

import io.cartomaps.mcp.ToolSelection;
import java.time.Duration;
import java.util.List;

/**
 * How the HTTP server runs.
 *
 * @param host address to bind; loopback unless the operator says otherwise
 * @param port TCP port (1-65535)
 * @param stateless no sessions: any instance can answer any request (no legacy SSE, no server push)
 * @param allowedOrigins browser origins allowed besides the server's own address
 * @param allowedHosts Host header values allowed besides the server's own address (names behind a
 *     proxy)
 * @param keys this server's API keys; empty only on loopback
 * @param tools the server-wide tool selection, which each key can only narrow
 * @param maxRequestBytes largest request body accepted
 * @param drainTimeout how long a stop waits for calls in flight
 */
public record HttpSettings(
    String host,
    int port,
    boolean stateless,
    List<String> allowedOrigins,
    List<String> allowedHosts,
    ApiKeys keys,
    ToolSelection tools,
    int maxRequestBytes,
    Duration drainTimeout) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8765;
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;
  public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(20);

  public HttpSettings {
    allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    allowedHosts = allowedHosts == null ? List.of() : List.copyOf(allowedHosts);
    keys = keys == null ? ApiKeys.NONE : keys;
    tools = tools == null ? ToolSelection.ALL : tools;
    if (port < 1 || port > 65535) {
      throw new HttpSetupException("--port must be between 1 and 65535, got " + port + ".");
    }
    if (maxRequestBytes < 1024) {
      throw new HttpSetupException(
          "--max-request-bytes must be at least 1024, got " + maxRequestBytes + ".");
    }
  }

  /** Loopback defaults with no keys (tests and local use). */
  public static HttpSettings local(int port) {
    return new HttpSettings(
        DEFAULT_HOST,
        port,
        false,
        List.of(),
        List.of(),
        ApiKeys.NONE,
        ToolSelection.ALL,
        DEFAULT_MAX_REQUEST_BYTES,
        DEFAULT_DRAIN);
  }

  public HttpSettings withKeys(ApiKeys k) {
    return new HttpSettings(
        host,
        port,
        stateless,
        allowedOrigins,
        allowedHosts,
        k,
        tools,
        maxRequestBytes,
        drainTimeout);
  }

  public HttpSettings withHost(String h) {
    return new HttpSettings(
        h,
        port,
        stateless,
        allowedOrigins,
        allowedHosts,
        keys,
        tools,
        maxRequestBytes,
        drainTimeout);
  }

  public HttpSettings withStateless(boolean s) {
    return new HttpSettings(
        host, port, s, allowedOrigins, allowedHosts, keys, tools, maxRequestBytes, drainTimeout);
  }

  public HttpSettings withMaxRequestBytes(int max) {
    return new HttpSettings(
        host, port, stateless, allowedOrigins, allowedHosts, keys, tools, max, drainTimeout);
  }

  public HttpSettings withTools(ToolSelection t) {
    return new HttpSettings(
        host,
        port,
        stateless,
        allowedOrigins,
        allowedHosts,
        keys,
        t,
        maxRequestBytes,
        drainTimeout);
  }
}
