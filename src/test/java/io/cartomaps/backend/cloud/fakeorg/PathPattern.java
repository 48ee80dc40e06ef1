package io.cartomaps.backend.cloud.fakeorg;

import java.util.Arrays;
import java.util.List;

/**
 * A request path with {@code *} standing for one segment, e.g. {@code /maps/*}{@code /datasets}.
 * Routes and faults both use it, so a fault can name exactly the route a clean run recorded.
 */
record PathPattern(String text, List<String> segments) {

  static PathPattern of(String text) {
    return new PathPattern(text, split(text));
  }

  static List<String> split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  boolean matches(List<String> path) {
    if (path.size() != segments.size()) {
      return false;
    }
    for (int i = 0; i < path.size(); i++) {
      if (!segments.get(i).equals("*") && !segments.get(i).equals(path.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
