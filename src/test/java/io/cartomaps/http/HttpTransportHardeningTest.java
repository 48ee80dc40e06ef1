package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.ToolSelection;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Every answer to a malformed MCP message is a JSON-RPC error object without a stack trace, in
 * session and stateless mode; slow request bodies tie up no worker thread, so /health and /mcp keep
 * answering while they last.
 */
class HttpTransportHardeningTest {

  static final String KEY = KeyHash.newKey();

  static McpHttpServer start(boolean stateless) {
    ApiKeys keys =
        new ApiKeys(
            List.of(new ApiKey("alice", KeyHash.sha256(KEY), List.of("local"), false, null, null)));
    return TestServer.start(
        HttpSettings.local(TestServer.freePort())
            .withKeys(keys)
            .withStateless(stateless)
            .withTools(ToolSelection.ALL));
  }

  static JsonNode jsonRpcError(Wire.Answer a, int status) {
    assertEquals(status, a.status(), a.everything());
    assertFalse(
        a.body().contains("stackTrace")
            || a.body().contains("Exception")
            || a.body().contains("at io."),
        "no stack trace: " + a.body());
    JsonNode m = Json.parse(a.body());
    assertEquals("2.0", m.path("jsonrpc").asString(), a.body());
    assertTrue(
        m.has("id") && m.at("/error/code").isInt() && m.at("/error/message").isString(), a.body());
    return m;
  }

  @ParameterizedTest(name = "stateless={0}")
  @ValueSource(booleans = {false, true})
  void malformedMessagesGetJsonRpcErrorsWithoutStackTraces(boolean stateless) throws Exception {
    try (McpHttpServer server = start(stateless)) {
      Wire wire = new Wire(server.port());
      Map<String, String> key = Wire.bearer(KEY);
      assertEquals(
          -32700, jsonRpcError(wire.post("/mcp", key, "hello"), 400).at("/error/code").asInt());
      assertEquals(
          -32700,
          jsonRpcError(
                  wire.post("/mcp", key, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\""), 400)
              .at("/error/code")
              .asInt());
      assertEquals(
          -32600,
          jsonRpcError(
                  wire.post("/mcp", key, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"),
                  400)
              .at("/error/code")
              .asInt());
      assertEquals(
          -32600,
          jsonRpcError(
                  wire.post("/mcp", key, "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}"),
                  400)
              .at("/error/code")
              .asInt());
      assertEquals(
          -32700,
          jsonRpcError(wire.post("/mcp", key, "[".repeat(900) + "]".repeat(900)), 400)
              .at("/error/code")
              .asInt());
      if (!stateless) {
        // a request of the 2025 protocol without its session, and the event stream without one
        jsonRpcError(
            wire.post("/mcp", key, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}"),
            400);
        jsonRpcError(
            wire.get(
                "/mcp", Map.of("Authorization", "Bearer " + KEY, "Accept", "text/event-stream")),
            400);
      }
      Wire.Answer noAccept =
          wire.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://127.0.0.1:" + server.port() + "/mcp"))
                  .header("Authorization", "Bearer " + KEY)
                  .header("Content-Type", "application/json")
                  .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Wire.INIT))
                  .build());
      assertTrue(noAccept.status() >= 400, noAccept.everything());
      assertFalse(noAccept.body().contains("stackTrace"), noAccept.body());
      assertEquals(200, wire.post("/mcp", key, Wire.INIT).status(), "still serving");
    }
  }

  @ParameterizedTest(name = "with key={0}")
  @ValueSource(booleans = {true, false})
  void healthAndMcpAnswerWhileManySlowBodiesAreOpen(boolean withKey) throws Exception {
    int slow = 220;
    try (McpHttpServer server = start(false)) {
      List<Socket> sockets = new ArrayList<>();
      try {
        for (int i = 0; i < slow; i++) {
          Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port());
          OutputStream out = s.getOutputStream();
          out.write(
              ("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1:"
                      + server.port()
                      + "\r\nContent-Type: application/json\r\n"
                      + "Accept: application/json, text/event-stream\r\n"
                      + (withKey ? "Authorization: Bearer " + KEY + "\r\n" : "")
                      + "Content-Length: 100000\r\n\r\n{")
                  .getBytes(StandardCharsets.UTF_8));
          out.flush();
          sockets.add(s);
        }
        for (Socket s : sockets) {
          s.getOutputStream().write(' '); // one more byte each: still far from done
          s.getOutputStream().flush();
        }
        Wire wire = new Wire(server.port());
        Wire.Answer health = wire.get("/health", Map.of());
        assertEquals(200, health.status(), health.everything());
        Wire.Answer init = wire.post("/mcp", Wire.bearer(KEY), Wire.INIT);
        assertEquals(200, init.status(), init.everything());
        for (Socket s : sockets) {
          assertFalse(s.isClosed());
        }
      } finally {
        for (Socket s : sockets) {
          s.close();
        }
      }
    }
  }
}
