package io.cartomaps.backend.cloud.fakeorg;

import java.util.List;

/**
 * "Fail the n-th request matching METHOD path-pattern with this failure", for one request ({@link
 * #nth}) or for every matching request from the n-th on ({@link #fromNth}). Counting starts when
 * the fault is added and only counts authorised requests.
 */
public final class Fault {

  private final String method;
  private final PathPattern path;
  private final int nth;
  private final boolean sticky;
  private final Failure failure;
  private int seen;

  private Fault(String route, int nth, boolean sticky, Failure failure) {
    String[] parts = route.strip().split("\\s+", 2);
    if (parts.length != 2 || nth < 1) {
      throw new IllegalArgumentException("a fault needs \"METHOD /path/*\" and n ≥ 1: " + route);
    }
    this.method = parts[0];
    this.path = PathPattern.of(parts[1]);
    this.nth = nth;
    this.sticky = sticky;
    this.failure = failure;
  }

  /**
   * Fails only the {@code n}-th request matching {@code route} (e.g. {@code "POST /maps/*}{@code
   * /datasets"}).
   */
  public static Fault nth(int n, String route, Failure failure) {
    return new Fault(route, n, false, failure);
  }

  /** Fails the {@code n}-th request matching {@code route} and every later one. */
  public static Fault fromNth(int n, String route, Failure failure) {
    return new Fault(route, n, true, failure);
  }

  /** Counts a request; returns the failure when this request is one to fail. */
  Failure count(String requestMethod, List<String> segments) {
    if (!method.equals(requestMethod) || !path.matches(segments)) {
      return null;
    }
    seen++;
    return seen == nth || sticky && seen > nth ? failure : null;
  }

  @Override
  public String toString() {
    return (sticky ? "from the " : "the ") + nth + "th " + method + " " + path + " → " + failure;
  }
}
