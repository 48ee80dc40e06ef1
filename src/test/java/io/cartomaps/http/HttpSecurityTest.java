package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.ToolSelection;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

/**
 * Real HTTP against the real server on a loopback port: every refusal has the right status and a
 * JSON body that says what to do, and neither the canary API key nor a canary CARTO token ever
 * comes back in a body, a header or a log.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HttpSecurityTest {

  static final String CARTO_TOKEN = "eyJhbGciOiJIUzI1NiJ9.CANARY-CARTO-TOKEN-5f1c.c2lnbmF0dXJl";
  static final String ALICE = KeyHash.newKey();
  static final String BOB = KeyHash.newKey();
  static final int MAX = 4096;

  static LogCapture logs;
  static McpHttpServer server;
  static Wire wire;
  static int port;

  @BeforeAll
  static void start() {
    logs = new LogCapture();
    port = TestServer.freePort();
    ApiKeys keys =
        new ApiKeys(
            List.of(
                new ApiKey("alice", KeyHash.sha256(ALICE), List.of("local"), false, null, null),
                new ApiKey("bob", KeyHash.sha256(BOB), List.of("team"), false, null, null)));
    server =
        TestServer.start(
            HttpSettings.local(port)
                .withKeys(keys)
                .withMaxRequestBytes(MAX)
                .withTools(ToolSelection.ALL));
    wire = new Wire(port);
  }

  @AfterAll
  static void stop() {
    server.close();
    logs.close();
  }

  static JsonNode error(Wire.Answer a) {
    assertTrue(
        a.header("Content-Type") == null
            || a.header("Content-Type").startsWith("application/json")
            || a.headers().containsKey("raw"),
        a.everything());
    JsonNode e = Json.parse(a.body()).path("error");
    assertTrue(
        e.path("code").isString() && e.path("message").asString().length() > 20, a.everything());
    assertFalse(
        a.body().contains("Exception") || a.body().contains("at io."),
        "no stack trace: " + a.body());
    return e;
  }

  static String session(String key) throws Exception {
    Wire.Answer init = wire.post("/mcp", Wire.bearer(key), Wire.INIT);
    assertEquals(200, init.status(), init.everything());
    String id = init.header("Mcp-Session-Id");
    assertNotNull(id, init.everything());
    return id;
  }

  @Test
  @Order(1)
  void aForeignOriginIsRefusedWith403() throws Exception {
    Map<String, String> h = new HashMap<>(Wire.bearer(ALICE));
    h.put("Origin", "http://evil.example");
    Wire.Answer a = wire.post("/mcp", h, Wire.INIT);
    assertEquals(403, a.status(), a.everything());
    assertEquals("FORBIDDEN_ORIGIN", error(a).path("code").asString());
    assertTrue(error(a).path("message").asString().contains("--allowed-origin"));
  }

  @Test
  @Order(1)
  void theServersOwnOriginIsAccepted() throws Exception {
    Map<String, String> h = new HashMap<>(Wire.bearer(ALICE));
    h.put("Origin", "http://localhost:" + port);
    assertEquals(200, wire.post("/mcp", h, Wire.INIT).status());
  }

  @Test
  @Order(1)
  void aForeignHostIsRefusedWith421() throws Exception {
    Wire.Answer a =
        wire.raw(
            "POST /mcp HTTP/1.1\r\nHost: rebind.evil.example:"
                + port
                + "\r\nAuthorization: Bearer "
                + ALICE
                + "\r\nContent-Type: application/json\r\nAccept: application/json, text/event-stream\r\n",
            Wire.INIT);
    assertEquals(421, a.status(), a.everything());
    assertEquals("MISDIRECTED_REQUEST", error(a).path("code").asString());
  }

  @Test
  @Order(1)
  void aRequestWithoutAKeyIsRefusedWith401() throws Exception {
    Wire.Answer a = wire.post("/mcp", Map.of(), Wire.INIT);
    assertEquals(401, a.status(), a.everything());
    assertEquals("UNAUTHORIZED", error(a).path("code").asString());
    assertTrue(a.header("WWW-Authenticate").startsWith("Bearer"));
  }

  @Test
  @Order(1)
  void aWrongKeyIsRefusedWith401() throws Exception {
    Wire.Answer a = wire.post("/mcp", Wire.bearer(KeyHash.newKey()), Wire.INIT);
    assertEquals(401, a.status(), a.everything());
    assertEquals("UNAUTHORIZED", error(a).path("code").asString());
  }

  @Test
  @Order(1)
  void aCartoTokenIsJustUnauthorized() throws Exception {
    Wire.Answer a = wire.post("/mcp", Wire.bearer(CARTO_TOKEN), Wire.INIT);
    assertEquals(401, a.status(), a.everything());
    assertTrue(
        error(a).path("message").asString().contains("CARTO tokens are not accepted"), a.body());
    Wire.Answer q = wire.post("/mcp?access_token=" + CARTO_TOKEN, Map.of(), Wire.INIT);
    assertEquals(401, q.status(), q.everything());
  }

  @Test
  @Order(1)
  void anotherKeysSessionIsRefusedExactlyLikeAnUnknownOne() throws Exception {
    String alices = session(ALICE);
    String list = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    Map<String, String> bobWithAlices = new HashMap<>(Wire.bearer(BOB));
    bobWithAlices.put("Mcp-Session-Id", alices);
    Wire.Answer stolen = wire.post("/mcp", bobWithAlices, list);
    Map<String, String> bobWithNone = new HashMap<>(Wire.bearer(BOB));
    bobWithNone.put("Mcp-Session-Id", UUID.randomUUID().toString());
    Wire.Answer unknown = wire.post("/mcp", bobWithNone, list);
    assertEquals(404, stolen.status(), stolen.everything());
    assertEquals("SESSION_NOT_FOUND", error(stolen).path("code").asString());
    assertEquals(unknown.status(), stolen.status());
    assertEquals(unknown.body(), stolen.body(), "a stolen session id must look unknown");

    Map<String, String> alice = new HashMap<>(Wire.bearer(ALICE));
    alice.put("Mcp-Session-Id", alices);
    alice.put("Mcp-Protocol-Version", "2025-11-25");
    wire.post("/mcp", alice, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    Wire.Answer own = wire.post("/mcp", alice, list);
    assertEquals(200, own.status(), own.everything());
    assertTrue(own.body().contains("list_maps"), own.body());
  }

  @Test
  @Order(1)
  void sessionIdsAreRandomUuids() throws Exception {
    String a = session(ALICE);
    String b = session(ALICE);
    assertFalse(a.equals(b));
    assertEquals(
        4, UUID.fromString(a).version(), "type-4 (SecureRandom) UUID, 122 random bits: " + a);
  }

  @Test
  @Order(1)
  void anotherKeysLegacySseSessionIsRefused() throws Exception {
    HttpClient c = HttpClient.newHttpClient();
    HttpResponse<java.io.InputStream> stream =
        c.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sse"))
                .header("Authorization", "Bearer " + ALICE)
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    assertEquals(200, stream.statusCode());
    String endpoint = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("data:") && line.contains("sessionId=")) {
          endpoint = line.substring(5).trim();
          break;
        }
      }
      assertNotNull(endpoint);
      Wire.Answer stolen = wire.post(endpoint, Wire.bearer(BOB), Wire.INIT);
      assertEquals(404, stolen.status(), stolen.everything());
      assertEquals("SESSION_NOT_FOUND", error(stolen).path("code").asString());
      Wire.Answer own = wire.post(endpoint, Wire.bearer(ALICE), Wire.INIT);
      assertTrue(own.status() < 300, own.everything());
    }
  }

  @Test
  @Order(1)
  void anOversizedBodyIsRefusedWith413() throws Exception {
    String big =
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\""
            + "x".repeat(MAX)
            + "\"}}";
    Wire.Answer declared = wire.post("/mcp", Wire.bearer(ALICE), big);
    assertEquals(413, declared.status(), declared.everything());
    JsonNode e = error(declared);
    assertEquals("PAYLOAD_TOO_LARGE", e.path("code").asString());
    assertTrue(e.path("message").asString().contains(String.valueOf(MAX)), e.toString());

    HttpRequest chunked =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/mcp"))
            .header("Authorization", "Bearer " + ALICE)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
            .build();
    Wire.Answer streamed = wire.send(chunked);
    assertEquals(413, streamed.status(), streamed.everything());
    assertEquals("PAYLOAD_TOO_LARGE", error(streamed).path("code").asString());
  }

  @Test
  @Order(1)
  void unknownPathsAreAJson404() throws Exception {
    Wire.Answer a = wire.get("/admin", Map.of());
    assertEquals(404, a.status(), a.everything());
    assertEquals("NOT_FOUND", error(a).path("code").asString());
  }

  @Test
  @Order(1)
  void healthNeedsNoKeyAndTellsNoSecret() throws Exception {
    Wire.Answer a = wire.get("/health", Map.of());
    assertEquals(200, a.status(), a.everything());
    JsonNode h = Json.parse(a.body());
    assertEquals("ok", h.path("status").asString());
    assertTrue(h.path("version").isString());
  }

  @Test
  @Order(2)
  void noSecretEverComesBackOrIsLogged() throws Exception {
    // one more round with the secrets in every place a client could put them
    Map<String, String> h = new HashMap<>(Wire.bearer(CARTO_TOKEN));
    h.put("X-Carto-Token", CARTO_TOKEN);
    wire.post("/mcp?token=" + CARTO_TOKEN, h, Wire.INIT.replace("wire-test", CARTO_TOKEN));
    String id = session(ALICE);
    Map<String, String> alice = new HashMap<>(Wire.bearer(ALICE));
    alice.put("Mcp-Session-Id", id);
    wire.post(
        "/mcp?api_key=" + ALICE,
        alice,
        "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"tools/call\",\"params\":"
            + "{\"name\":\"list_maps\",\"arguments\":{\"search\":\""
            + CARTO_TOKEN
            + "\"}}}");
    Thread.sleep(200); // access log lines are written when the response completes
    List<String> lines = logs.lines();
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("method=POST path=/mcp status=401")),
        "access log is written: " + lines);
    for (String secret : List.of(ALICE, BOB, CARTO_TOKEN, KeyHash.sha256(ALICE))) {
      for (Wire.Answer a : wire.seen) {
        assertFalse(
            a.everything().contains(secret), "a response carries a secret: " + a.everything());
      }
      for (String line : lines) {
        assertFalse(line.contains(secret), "a log line carries a secret: " + line);
      }
    }
    assertTrue(wire.seen.size() > 15, "the answers checked: " + wire.seen.size());
  }
}
