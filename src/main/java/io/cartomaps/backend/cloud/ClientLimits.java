package io.cartomaps.backend.cloud;

import java.time.Duration;

/**
 * Limits of the CARTO HTTP client: timeouts, retries and the largest answer it reads, so that a
 * slow, failing or hostile server costs a bounded time and memory. Production uses {@link
 * #defaults()}; tests shorten them.
 *
 * @param connectTimeout TCP + TLS connect
 * @param readTimeout silence allowed between bytes
 * @param callTimeout whole call, one attempt (CARTO's Maps API itself gives up after one minute)
 * @param maxAttempts attempts per idempotent call (1 = no retry)
 * @param firstBackoff delay before the first retry; doubles each time, with jitter
 * @param maxBackoff largest computed backoff
 * @param maxRetryAfter largest {@code Retry-After} we honour; longer waits are cut to this
 * @param maxBodyBytes largest response body read
 */
public record ClientLimits(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration maxRetryAfter,
    long maxBodyBytes) {

  public ClientLimits {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be 1 or more");
    }
  }

  public static ClientLimits defaults() {
    return new ClientLimits(
        Duration.ofSeconds(10),
        Duration.ofSeconds(70),
        Duration.ofSeconds(90),
        3,
        Duration.ofMillis(500),
        Duration.ofSeconds(8),
        Duration.ofSeconds(30),
        32L * 1024 * 1024);
  }

  public ClientLimits withTimeouts(Duration connect, Duration read, Duration call) {
    return new ClientLimits(
        connect, read, call, maxAttempts, firstBackoff, maxBackoff, maxRetryAfter, maxBodyBytes);
  }

  public ClientLimits withMaxBodyBytes(long bytes) {
    return new ClientLimits(
        connectTimeout,
        readTimeout,
        callTimeout,
        maxAttempts,
        firstBackoff,
        maxBackoff,
        maxRetryAfter,
        bytes);
  }
}
