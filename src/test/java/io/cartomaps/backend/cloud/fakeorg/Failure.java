package io.cartomaps.backend.cloud.fakeorg;

/**
 * What an injected fault does to a request. A failure status is answered before the organisation
 * acts on the request; a dropped connection or a malformed answer can come after it acted ({@code
 * afterApplying}), as when a proxy loses the answer of a write that happened.
 */
public sealed interface Failure {

  /** Whether the organisation carries the request out before failing it. */
  boolean afterApplying();

  /**
   * An error status with CARTO's error body, and a {@code Retry-After} header when {@code
   * retryAfterSeconds ≥ 0}.
   */
  record Status(int code, int retryAfterSeconds) implements Failure {
    @Override
    public boolean afterApplying() {
      return false;
    }
  }

  /** The connection is closed before an answer is written. */
  record Dropped(boolean afterApplying) implements Failure {}

  /** A 200 answer whose JSON is cut in half. */
  record MalformedJson(boolean afterApplying) implements Failure {}

  static Failure status(int code) {
    return new Status(code, -1);
  }

  static Failure rateLimited(int retryAfterSeconds) {
    return new Status(429, retryAfterSeconds);
  }

  static Failure dropped() {
    return new Dropped(false);
  }

  static Failure droppedAfterApplying() {
    return new Dropped(true);
  }

  static Failure malformedJson() {
    return new MalformedJson(false);
  }
}
