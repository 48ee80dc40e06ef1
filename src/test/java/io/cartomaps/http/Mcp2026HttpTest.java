package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.ToolSelection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * MCP 2026-07-28 on the same {@code /mcp} as 2025-11-25: stateless requests with {@code _meta} and
 * {@code Mcp-*} headers, the same keys, per-key tools and Origin checks, and the spec's errors for
 * a missing or unknown version and for headers that disagree with the body
 * (https://modelcontextprotocol.io/specification/2026-07-28).
 */
class Mcp2026HttpTest {

  static final String ADMIN = KeyHash.newKey();
  static final String READER = KeyHash.newKey();
  static final String META =
      """
      "_meta":{"io.modelcontextprotocol/protocolVersion":"%s","io.modelcontextprotocol/clientInfo":{"name":"t",
      "version":"1"},"io.modelcontextprotocol/clientCapabilities":{}}""";

  static McpHttpServer server;
  static Wire wire;

  @BeforeAll
  static void start() {
    ApiKeys keys =
        new ApiKeys(
            List.of(
                new ApiKey("admin", KeyHash.sha256(ADMIN), List.of("local"), false, null, null),
                new ApiKey("reader", KeyHash.sha256(READER), List.of("local"), true, null, null)));
    server =
        TestServer.start(
            HttpSettings.local(TestServer.freePort()).withKeys(keys).withTools(ToolSelection.ALL));
    wire = new Wire(server.port());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static String request(int id, String method, String params, String version) {
    String meta = version == null ? "" : META.formatted(version);
    String inner = params.isEmpty() ? meta : meta.isEmpty() ? params : params + "," + meta;
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\""
        + method
        + "\",\"params\":{"
        + inner
        + "}}";
  }

  static Map<String, String> headers(String key, String method, String name) {
    Map<String, String> h = new HashMap<>(Wire.bearer(key));
    h.put("MCP-Protocol-Version", "2026-07-28");
    h.put("Mcp-Method", method);
    if (name != null) {
      h.put("Mcp-Name", name);
    }
    return h;
  }

  static JsonNode answer(Wire.Answer a) {
    String body = a.body().trim();
    if (body.startsWith("event:") || body.startsWith("data:") || body.startsWith("id:")) {
      body =
          body.lines()
              .filter(l -> l.startsWith("data:"))
              .reduce((x, y) -> y)
              .orElseThrow()
              .substring(5)
              .trim();
    }
    assertFalse(body.contains("stackTrace"), body);
    return Json.parse(body);
  }

  @Test
  void discoverAndListWithoutASessionAndAnotherKeysToolsAreNotShown() throws Exception {
    Wire.Answer discover =
        wire.post(
            "/mcp",
            headers(ADMIN, "server/discover", null),
            request(1, "server/discover", "", "2026-07-28"));
    assertEquals(200, discover.status(), discover.everything());
    assertEquals(null, discover.header("Mcp-Session-Id"), "no session in 2026-07-28");
    JsonNode d = answer(discover);
    assertTrue(d.at("/result/supportedVersions").toString().contains("2026-07-28"), d.toString());
    assertEquals(
        "carto-maps-mcp",
        d.at("/result/_meta/io.modelcontextprotocol~1serverInfo/name").asString(),
        d.toString());

    JsonNode all =
        answer(
            wire.post(
                "/mcp",
                headers(ADMIN, "tools/list", null),
                request(2, "tools/list", "", "2026-07-28")));
    JsonNode read =
        answer(
            wire.post(
                "/mcp",
                headers(READER, "tools/list", null),
                request(3, "tools/list", "", "2026-07-28")));
    assertTrue(all.at("/result/tools").toString().contains("\"create_map\""), all.toString());
    assertTrue(all.at("/result/ttlMs").isNumber(), "lists say how long they may be kept: " + all);
    assertFalse(
        read.at("/result/tools").toString().contains("\"create_map\""), "a read-only key: " + read);
    JsonNode refused =
        answer(
            wire.post(
                "/mcp",
                headers(READER, "tools/call", "create_map"),
                request(
                    4,
                    "tools/call",
                    "\"name\":\"create_map\",\"arguments\":{\"bundle\":{\"title\":\"x\"}}",
                    "2026-07-28")));
    assertTrue(
        refused.at("/result/isError").asBoolean()
            && refused.toString().contains("TOOL_NOT_ALLOWED"),
        refused.toString());
  }

  @Test
  void aMissingKeyAndAForeignOriginAreRefusedAsIn2025() throws Exception {
    Map<String, String> noKey = new HashMap<>(headers(ADMIN, "tools/list", null));
    noKey.remove("Authorization");
    assertEquals(
        401, wire.post("/mcp", noKey, request(1, "tools/list", "", "2026-07-28")).status());
    Map<String, String> foreign = new HashMap<>(headers(ADMIN, "tools/list", null));
    foreign.put("Origin", "https://evil.example");
    assertEquals(
        403, wire.post("/mcp", foreign, request(1, "tools/list", "", "2026-07-28")).status());
  }

  @Test
  void malformed2026RequestsGetTheSpecsErrors() throws Exception {
    JsonNode noVersion =
        answer(
            wire.post(
                "/mcp", headers(ADMIN, "tools/list", null), request(1, "tools/list", "", null)));
    assertTrue(noVersion.has("error"), "a request without its _meta version: " + noVersion);

    Map<String, String> old = headers(ADMIN, "tools/list", null);
    old.put("MCP-Protocol-Version", "2099-01-01");
    JsonNode unknown = answer(wire.post("/mcp", old, request(2, "tools/list", "", "2099-01-01")));
    assertEquals(-32022, unknown.at("/error/code").asInt(), "unsupported version: " + unknown);
    assertTrue(
        unknown.at("/error/data/supported").toString().contains("2026-07-28"), unknown.toString());

    JsonNode mismatch =
        answer(
            wire.post(
                "/mcp",
                headers(ADMIN, "tools/list", null),
                request(
                    3,
                    "tools/call",
                    "\"name\":\"schema_section\",\"arguments\":{}",
                    "2026-07-28")));
    assertEquals(
        -32020,
        mismatch.at("/error/code").asInt(),
        "Mcp-Method disagrees with the body: " + mismatch);

    JsonNode wrongName =
        answer(
            wire.post(
                "/mcp",
                headers(ADMIN, "tools/call", "list_maps"),
                request(
                    4,
                    "tools/call",
                    "\"name\":\"schema_section\",\"arguments\":{}",
                    "2026-07-28")));
    assertEquals(
        -32020,
        wrongName.at("/error/code").asInt(),
        "Mcp-Name disagrees with the body: " + wrongName);

    JsonNode missingResource =
        answer(
            wire.post(
                "/mcp",
                headers(ADMIN, "resources/read", "carto-maps://nope"),
                request(5, "resources/read", "\"uri\":\"carto-maps://nope\"", "2026-07-28")));
    assertEquals(
        -32602,
        missingResource.at("/error/code").asInt(),
        "resource not found: " + missingResource);
  }

  @Test
  void a2025SessionStillWorksOnTheSameEndpoint() throws Exception {
    Wire.Answer init = wire.post("/mcp", Wire.bearer(ADMIN), Wire.INIT);
    assertEquals(200, init.status(), init.everything());
    assertTrue(init.header("Mcp-Session-Id") != null, init.everything());
    assertEquals("2025-11-25", answer(init).at("/result/protocolVersion").asString());
  }
}
