package io.cartomaps.backend.cloud;

import static io.cartomaps.backend.cloud.MockCarto.TOKEN;
import static io.cartomaps.backend.cloud.MockCarto.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendException.Kind;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the CARTO backend reacts to every kind of failure: the right kind, an actionable message,
 * retries or not.
 */
class CartoBackendFaultsTest {

  static final String MAP = CartoBackendRequestsTest.MAP;

  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer ws = new MockWebServer();

  final MockCarto.RecordingSleeper sleeper = new MockCarto.RecordingSleeper();
  CartoBackend backend;

  @BeforeEach
  void open() {
    backend = new CartoBackend(MockCarto.profile(api, ws, TOKEN), MockCarto.fast(), sleeper);
  }

  @AfterEach
  void close() {
    backend.close();
  }

  static BackendException fails(Kind kind, Executable call) {
    BackendException e = assertThrows(BackendException.class, call);
    assertEquals(kind, e.kind(), e.getMessage());
    return e;
  }

  static ObjectNode newMap() {
    return (ObjectNode) Json.parse("{\"title\":\"t\",\"description\":\"\",\"keplerMapConfig\":{}}");
  }

  @Test
  void oneHostServingBothApisWorks() {
    ProfileConfig same =
        new ProfileConfig(
            "acme",
            io.cartomaps.config.ProfileKind.CARTO,
            ws.url("/").toString(),
            ws.url("/").toString(),
            "gcp-us-east1",
            MockCarto.TENANT_DOMAIN,
            "Acme",
            io.cartomaps.config.Secret.ofNullable(TOKEN));
    ws.enqueue(json(200, "{\"id\":\"m1\",\"title\":\"t\"}"));
    try (CartoBackend one = new CartoBackend(same, MockCarto.fast(), sleeper)) {
      assertEquals("t", one.getMap("m1").get("title").asString());
    }
  }

  @Test
  void unauthorizedSaysHowToLogIn() {
    ws.enqueue(json(401, "{\"error\":\"jwt expired\"}"));
    BackendException e = fails(Kind.UNAUTHORIZED, () -> backend.getMap("m1"));
    assertTrue(e.getMessage().contains("token expired or invalid"));
    assertTrue(e.getMessage().contains("run `carto auth login` or set CARTO_API_TOKEN"));
    assertEquals(1, ws.getRequestCount(), "401 is not retried");
  }

  @Test
  void forbiddenQuotesCartosReason() {
    ws.enqueue(json(403, "{\"message\":\"You are not the owner of this map\"}"));
    BackendException e =
        fails(Kind.FORBIDDEN, () -> backend.patchMap("m1", Json.object().put("title", "x")));
    assertTrue(e.getMessage().contains("You are not the owner of this map"));
  }

  @Test
  void notFoundNamesTheMapAndTheProfile() {
    ws.enqueue(json(404, "{\"error\":\"Not found\"}"));
    BackendException e = fails(Kind.NOT_FOUND, () -> backend.getMap("m404"));
    assertTrue(e.getMessage().startsWith("map m404 not found in profile 'acme'"), e.getMessage());
  }

  @Test
  void conflictOnDeleteExplainsTheLock() {
    api.enqueue(json(409, "{\"detail\":\"Map is locked by another user\"}"));
    BackendException e = fails(Kind.CONFLICT, () -> backend.deleteMap("m1"));
    assertTrue(e.getMessage().contains("Map is locked by another user"));
  }

  @Test
  void badRequestAndUnprocessableCarryCartosOwnMessage() {
    ws.enqueue(json(400, "{\"error\":\"keplerMapConfig.version must be v1\",\"status\":400}"));
    assertTrue(
        fails(Kind.INVALID, () -> backend.createMap(newMap()))
            .getMessage()
            .contains("keplerMapConfig.version must be v1"));
    ws.enqueue(json(422, "{\"detail\":[{\"msg\":\"title too long\"}]}"));
    assertTrue(
        fails(Kind.INVALID, () -> backend.patchMap("m1", Json.object().put("title", "x")))
            .getMessage()
            .contains("title too long"));
  }

  @Test
  void rateLimitHonoursRetryAfterThenSucceeds() throws Exception {
    ws.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "2").build());
    ws.enqueue(json(MAP));
    assertEquals("m1", backend.getMap("m1").get("id").asString());
    assertEquals(2, ws.getRequestCount());
    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.waits);
  }

  @Test
  void rateLimitExhaustedIsRateLimitedAndLongWaitsAreCapped() {
    for (int i = 0; i < 3; i++) {
      ws.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
    }
    BackendException e = fails(Kind.RATE_LIMITED, () -> backend.getMap("m1"));
    assertTrue(e.getMessage().contains("try again"));
    assertEquals(3, ws.getRequestCount());
    assertEquals(
        List.of(Duration.ofSeconds(5), Duration.ofSeconds(5)),
        sleeper.waits,
        "capped at maxRetryAfter");
  }

  @Test
  void rateLimitOnAPostIsNotRetried() {
    ws.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
    fails(Kind.RATE_LIMITED, () -> backend.createMap(newMap()));
    assertEquals(1, ws.getRequestCount());
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void serverErrorOnAGetIsRetriedWithGrowingBackoff() {
    ws.enqueue(json(500, "{\"error\":\"boom\"}"));
    ws.enqueue(json(503, ""));
    ws.enqueue(json(MAP));
    assertEquals("m1", backend.getMap("m1").get("id").asString());
    assertEquals(3, ws.getRequestCount());
    assertEquals(2, sleeper.waits.size());
    long first = sleeper.waits.get(0).toMillis();
    long second = sleeper.waits.get(1).toMillis();
    assertTrue(first >= 50 && first <= 100, "first backoff " + first);
    assertTrue(second >= 100 && second <= 200, "second backoff " + second);
  }

  @Test
  void serverErrorsThatPersistAreUnavailable() {
    for (int i = 0; i < 3; i++) {
      api.enqueue(json(502, "<html><body>Bad gateway</body></html>"));
    }
    BackendException e = fails(Kind.UNAVAILABLE, () -> backend.deleteMap("m1"));
    assertTrue(e.getMessage().contains("502"));
    assertFalse(e.getMessage().contains("<html>"));
    assertEquals(3, api.getRequestCount(), "DELETE is idempotent and retried");
  }

  @Test
  void serverErrorOnAPostOrPatchIsNotRetried() {
    ws.enqueue(json(500, "{\"error\":\"boom\"}"));
    fails(Kind.UNAVAILABLE, () -> backend.createMap(newMap()));
    ws.enqueue(json(500, "{\"error\":\"boom\"}"));
    fails(Kind.UNAVAILABLE, () -> backend.patchMap("m1", Json.object().put("title", "x")));
    assertEquals(2, ws.getRequestCount());
    assertTrue(sleeper.waits.isEmpty());
  }

  @Test
  void slowAnswersHitTheReadTimeout() {
    for (int i = 0; i < 3; i++) {
      ws.enqueue(
          new MockResponse.Builder().code(200).body(MAP).headersDelay(3, TimeUnit.SECONDS).build());
    }
    BackendException e = fails(Kind.UNAVAILABLE, () -> backend.getMap("m1"));
    assertTrue(e.getMessage().contains("did not answer GET /maps/{id} in time"), e.getMessage());
    assertEquals(3, ws.getRequestCount());
  }

  @Test
  void aSlowPostTimesOutOnce() {
    ws.enqueue(
        new MockResponse.Builder().code(201).body(MAP).headersDelay(3, TimeUnit.SECONDS).build());
    fails(Kind.UNAVAILABLE, () -> backend.createMap(newMap()));
    assertEquals(1, ws.getRequestCount());
  }

  @Test
  void truncatedJsonIsABadResponseNamingTheEndpoint() {
    ws.enqueue(json("{\"id\":\"m1\",\"title\":"));
    BackendException e = fails(Kind.BAD_RESPONSE, () -> backend.getMap("m1"));
    assertTrue(e.getMessage().contains("GET /maps/{id}"));
    assertTrue(e.getMessage().contains("malformed or truncated JSON"));
  }

  @Test
  void malformedJsonIsABadResponse() {
    ws.enqueue(json("{id: m1,}"));
    fails(Kind.BAD_RESPONSE, () -> backend.listDatasets("m1"));
  }

  @Test
  void anHtmlPageInsteadOfJsonIsABadResponse() {
    ws.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/html")
            .body("<!doctype html><title>Sign in</title>")
            .build());
    BackendException e = fails(Kind.BAD_RESPONSE, () -> backend.getMap("m1"));
    assertTrue(e.getMessage().contains("an HTML page instead of JSON"));
  }

  @Test
  void anEmptyBodyWhereAMapIsExpectedIsABadResponse() {
    ws.enqueue(json(""));
    fails(Kind.BAD_RESPONSE, () -> backend.getMap("m1"));
    ws.enqueue(MockCarto.empty(201));
    BackendException e = fails(Kind.BAD_RESPONSE, () -> backend.createMap(newMap()));
    assertTrue(e.getMessage().contains("POST /maps"));
  }

  @Test
  void anAnswerAboveTheSizeCapIsABadResponse() {
    ws.enqueue(json("[" + "\"x\",".repeat(40_000) + "\"x\"]"));
    BackendException e = fails(Kind.BAD_RESPONSE, () -> backend.connections());
    assertTrue(e.getMessage().contains("GET /connections"));
  }

  @Test
  void aListAnswerWithoutItemsIsABadResponse() {
    api.enqueue(json("{\"unexpected\":true}"));
    fails(Kind.BAD_RESPONSE, () -> backend.listMaps(io.cartomaps.backend.MapQuery.firstPage(10)));
  }

  @Test
  void anUnknownEndpointIsUnsupportedAndPointsAtTheEndpointDocs() {
    ws.enqueue(json(405, "{\"error\":\"Method Not Allowed\"}"));
    BackendException e = fails(Kind.UNSUPPORTED, () -> backend.publish("m1"));
    assertTrue(e.getMessage().contains("POST /maps/{id}/publish"));
    assertTrue(e.getMessage().contains("docs/carto-api.md"));
  }

  @Test
  void anUnreachableHostIsUnavailable() throws Exception {
    ws.close();
    BackendException e = fails(Kind.UNAVAILABLE, () -> backend.getMap("m1"));
    assertTrue(
        e.getMessage().contains("could not reach CARTO") || e.getMessage().contains("in time"),
        e.getMessage());
  }
}
