package io.cartomaps.backend.cloud.fakeorg;

import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import tools.jackson.databind.JsonNode;

/**
 * One host of the organisation: checks {@code Authorization: Bearer <token>} on every request (401
 * otherwise), applies the injected faults, routes the request to its resource, and records it.
 */
final class OrgDispatcher extends Dispatcher {

  private final Host host;
  private final String expectedAuthorization;
  private final OrgState state;
  private final Router router;
  private final Faults faults;
  private final RequestLog log;

  OrgDispatcher(
      Host host, String token, OrgState state, Router router, Faults faults, RequestLog log) {
    this.host = host;
    this.expectedAuthorization = "Bearer " + token;
    this.state = state;
    this.router = router;
    this.faults = faults;
    this.log = log;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getMethod();
    List<String> segments =
        request.getUrl().pathSegments().stream().filter(s -> !s.isEmpty()).toList();
    Optional<Router.Route> route = router.find(host, method, segments);
    String routeName =
        route.map(Router.Route::name).orElse(method + " " + request.getUrl().encodedPath());
    String authorization = request.getHeaders().get("Authorization");
    MockResponse response;
    int status;
    synchronized (state) {
      if (!expectedAuthorization.equals(authorization)) {
        Answer a = Answer.error(401, "Unauthorized");
        response = toResponse(a);
        status = a.status();
      } else {
        Failure failure = faults.next(method, segments);
        Answer answer =
            failure == null || failure.afterApplying() ? handle(request, route, segments) : null;
        if (failure == null) {
          response = toResponse(answer);
          status = answer.status();
        } else {
          response = failed(failure, answer);
          status =
              failure instanceof Failure.Status s
                  ? s.code()
                  : failure instanceof Failure.Dropped ? 0 : 200;
        }
      }
    }
    log.add(new RecordedCall(host, routeName, status, authorization, exceptAuthorization(request)));
    return response;
  }

  private Answer handle(
      RecordedRequest request, Optional<Router.Route> route, List<String> segments) {
    if (route.isEmpty()) {
      return router.knowsPath(host, segments)
          ? Answer.error(405, "Method not allowed")
          : Answer.notFound("Route");
    }
    JsonNode body = null;
    if (request.getBody() != null && request.getBody().size() > 0) {
      try {
        body = Json.parse(request.getBody().utf8());
      } catch (RuntimeException e) {
        return Answer.badRequest("the body is not valid JSON");
      }
    }
    return route
        .get()
        .handler()
        .apply(new Exchange(host, request.getMethod(), segments, request.getUrl(), body));
  }

  private static MockResponse failed(Failure failure, Answer applied) {
    if (failure instanceof Failure.Status s) {
      MockResponse.Builder b = builder(Answer.error(s.code(), "injected failure " + s.code()));
      if (s.retryAfterSeconds() >= 0) {
        b.setHeader("Retry-After", Integer.toString(s.retryAfterSeconds()));
      }
      return b.build();
    }
    if (failure instanceof Failure.Dropped) {
      return new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    String full =
        applied == null || applied.body() == null
            ? "{\"id\":\"unfinished\",\"title\":\"cut\"}"
            : Json.compact(applied.body());
    return new MockResponse.Builder()
        .code(200)
        .setHeader("Content-Type", "application/json")
        .body(full.substring(0, Math.max(1, full.length() / 2)))
        .build();
  }

  private static MockResponse toResponse(Answer a) {
    return builder(a).build();
  }

  private static MockResponse.Builder builder(Answer a) {
    MockResponse.Builder b = new MockResponse.Builder().code(a.status());
    if (a.body() != null) {
      b.setHeader("Content-Type", "application/json").body(Json.compact(a.body()));
    }
    return b;
  }

  private static String exceptAuthorization(RecordedRequest r) {
    StringBuilder s = new StringBuilder(r.getRequestLine()).append('\n');
    Headers headers = r.getHeaders();
    for (int i = 0; i < headers.size(); i++) {
      if (!headers.name(i).equalsIgnoreCase("Authorization")) {
        s.append(headers.name(i)).append(": ").append(headers.value(i)).append('\n');
      }
    }
    if (r.getBody() != null) {
      s.append(new String(r.getBody().toByteArray(), StandardCharsets.UTF_8));
    }
    return s.toString();
  }
}
