package io.cartomaps.backend.cloud.fakeorg;

/**
 * A request as the organisation received it.
 *
 * @param host which host it reached
 * @param route {@code METHOD /path/pattern} of the route that answered it (usable as a fault
 *     pattern), or {@code METHOD /raw/path} when none did
 * @param status the status answered (0 for a dropped connection)
 * @param authorization the {@code Authorization} header, or null
 * @param exceptAuth the request line, every other header and the body: where a credential must
 *     never be
 */
public record RecordedCall(
    Host host, String route, int status, String authorization, String exceptAuth) {

  public String method() {
    return route.substring(0, route.indexOf(' '));
  }

  public boolean isWrite() {
    return !method().equals("GET");
  }
}
