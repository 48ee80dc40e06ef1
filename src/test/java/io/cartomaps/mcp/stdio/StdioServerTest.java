package io.cartomaps.mcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * A malformed line gets the JSON-RPC error the spec names and the stdio server keeps serving; when
 * stdin ends the server returns (so the process exits) even after bad input.
 */
class StdioServerTest {

  static Stream<Arguments> malformedLines() {
    String deep = "[".repeat(900) + "]".repeat(900);
    return Stream.of(
        Arguments.of("garbage", "garbage\n".getBytes(StandardCharsets.UTF_8), -32700, null),
        Arguments.of(
            "truncated JSON",
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"\n".getBytes(StandardCharsets.UTF_8),
            -32700,
            null),
        Arguments.of(
            "batch",
            "[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}]\n"
                .getBytes(StandardCharsets.UTF_8),
            -32600,
            null),
        Arguments.of(
            "id null",
            "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}\n"
                .getBytes(StandardCharsets.UTF_8),
            -32600,
            null),
        Arguments.of(
            "no jsonrpc",
            "{\"id\":5,\"method\":\"ping\"}\n".getBytes(StandardCharsets.UTF_8),
            -32600,
            "5"),
        Arguments.of(
            "invalid UTF-8",
            new byte[] {'{', '"', (byte) 0xff, (byte) 0xfe, '"', '}', '\n'},
            -32700,
            null),
        Arguments.of(
            "900-deep bundle",
            ("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":"
                    + "\"validate_bundle\",\"arguments\":{\"bundle\":"
                    + deep
                    + "}}}\n")
                .getBytes(StandardCharsets.UTF_8),
            -32700,
            null),
        Arguments.of(
            "method not a string",
            "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":7}\n".getBytes(StandardCharsets.UTF_8),
            -32600,
            "5"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformedLines")
  void aMalformedLineGetsItsErrorAndTheServerKeepsServing(
      String what, byte[] line, int code, String id) throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.initialize();
      pipe.send(line);
      JsonNode error = pipe.next();
      assertEquals(code, error.at("/error/code").asInt(), what + ": " + error);
      assertEquals(id == null ? "null" : id, error.get("id").toString(), what + ": " + error);
      assertTrue(error.at("/error/message").asString().length() > 20, error.toString());
      assertToolsListAnswered(pipe);
      assertTrue(pipe.closeAndAwaitExit(), "the server returns when stdin ends");
    }
  }

  @Test
  void aBlankLineIsIgnored() throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.initialize();
      pipe.send("\n  \r\n");
      assertToolsListAnswered(pipe);
      assertTrue(pipe.closeAndAwaitExit());
    }
  }

  static Stream<Arguments> oversizedLines() {
    String params = ",\"method\":\"tools/call\",\"params\":{\"x\":\"";
    return Stream.of(
        Arguments.of(
            "id before the cut", "{\"jsonrpc\":\"2.0\",\"id\":9" + params, "\"}}\n", -32600, "9"),
        Arguments.of(
            "string id before the cut",
            "{\"jsonrpc\":\"2.0\",\"id\":\"call-9\"" + params,
            "\"}}\n",
            -32600,
            "\"call-9\""),
        Arguments.of(
            "id after the cut", "{\"jsonrpc\":\"2.0\"" + params, "\"},\"id\":9}\n", -32700, "null"),
        Arguments.of("not JSON", "", "\n", -32700, "null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("oversizedLines")
  void aLineOverTheLimitIsDroppedWithoutBufferingAndTheServerKeepsServing(
      String what, String start, String end, int code, String id) throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.initialize();
      byte[] chunk = new byte[1 << 20];
      java.util.Arrays.fill(chunk, (byte) 'a');
      pipe.send(start);
      for (int i = 0; i < StdioServer.MAX_LINE_BYTES / chunk.length + 1; i++) {
        pipe.send(chunk);
      }
      pipe.send(end);
      JsonNode error = pipe.next();
      assertEquals(code, error.at("/error/code").asInt(), error.toString());
      assertEquals(id, error.get("id").toString(), error.toString());
      assertTrue(
          error
              .at("/error/message")
              .asString()
              .contains(String.valueOf(StdioServer.MAX_LINE_BYTES)),
          error.toString());
      assertToolsListAnswered(pipe);
      assertTrue(pipe.closeAndAwaitExit());
    }
  }

  @Test
  void theServerReturnsWhenStdinEndsAfterBadInput() throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.initialize();
      pipe.send("garbage\n{\"jsonrpc\":\"2.0\",\"id\":");
      pipe.next();
      assertTrue(pipe.closeAndAwaitExit(), "still running after stdin closed");
      JsonNode last = pipe.next();
      assertEquals(
          -32700,
          last.at("/error/code").asInt(),
          "a last line cut short by EOF is answered: " + last);
    }
  }

  @Test
  void
      aRequestBeforeInitializeWithoutItsVersionIsRefusedAndOneWithoutTheInitializedNotificationIsAnswered()
          throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\"}\n");
      JsonNode early = pipe.next();
      assertEquals(
          -32602, early.at("/error/code").asInt(), "a 2026 request without _meta: " + early);
      assertEquals(1, early.get("id").asInt());
      pipe.send(
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
              + "\"capabilities\":{},\"clientInfo\":{\"name\":\"x\",\"version\":\"0\"}}}\n");
      assertEquals(2, pipe.next().get("id").asInt());
      assertToolsListAnswered(pipe);
      assertTrue(pipe.closeAndAwaitExit());
    }
  }

  static final String META =
      "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"%s\","
          + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"t\",\"version\":\"1\"},"
          + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

  @Test
  void serverDiscoverIsAnsweredAtOnceAndBothErasShareOneProcess() throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.send(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\",\"params\":{"
              + META.formatted("2026-07-28")
              + "}}\n");
      JsonNode discover = pipe.next();
      assertTrue(
          discover.at("/result/supportedVersions").toString().contains("2026-07-28"),
          discover.toString());
      pipe.send(
          "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\",\"params\":{"
              + META.formatted("2026-07-28")
              + "}}\n");
      JsonNode tools = pipe.next();
      assertTrue(tools.at("/result/tools").size() > 5, tools.toString());
      assertTrue(
          pipe.initialize().at("/result/protocolVersion").asString().startsWith("2025-"),
          "then a 2025 session");
      assertToolsListAnswered(pipe);
      assertTrue(pipe.closeAndAwaitExit());
    }
  }

  @Test
  void a2026RequestWithAnUnknownVersionGetsTheSupportedOnes() throws Exception {
    try (StdioPipe pipe = new StdioPipe()) {
      pipe.send(
          "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":{"
              + META.formatted("2099-01-01")
              + "}}\n");
      JsonNode error = pipe.next();
      assertEquals(-32022, error.at("/error/code").asInt(), error.toString());
      assertTrue(
          error.at("/error/data/supported").toString().contains("2026-07-28"), error.toString());
      assertTrue(pipe.closeAndAwaitExit());
    }
  }

  private static void assertToolsListAnswered(StdioPipe pipe) throws Exception {
    pipe.send("{\"jsonrpc\":\"2.0\",\"id\":\"after\",\"method\":\"tools/list\"}\n");
    JsonNode answer = pipe.next();
    assertEquals("after", answer.path("id").asString(), answer.toString());
    assertTrue(answer.at("/result/tools").size() > 5, answer.toString());
  }
}
