package io.cartomaps.backend.cloud.fakeorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The organisation's routes: host, method and path pattern → handler. Resources register theirs
 * here.
 */
final class Router {

  record Route(Host host, String method, PathPattern path, Function<Exchange, Answer> handler) {
    String name() {
      return method + " " + path;
    }
  }

  private final List<Route> routes = new ArrayList<>();

  Router add(Host host, String method, String path, Function<Exchange, Answer> handler) {
    routes.add(new Route(host, method, PathPattern.of(path), handler));
    return this;
  }

  Optional<Route> find(Host host, String method, List<String> segments) {
    return routes.stream()
        .filter(r -> r.host() == host && r.method().equals(method) && r.path().matches(segments))
        .findFirst();
  }

  /**
   * Whether some route of {@code host} has this path with another method (→ 405 rather than 404).
   */
  boolean knowsPath(Host host, List<String> segments) {
    return routes.stream().anyMatch(r -> r.host() == host && r.path().matches(segments));
  }
}
