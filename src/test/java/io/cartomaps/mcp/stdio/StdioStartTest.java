package io.cartomaps.mcp.stdio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.server.InitializeAnswer;
import io.cartomaps.mcp.server.ServerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The {@code initialize} answer written at start-up, before the SDK's server exists, is the answer
 * the SDK's session gives to the same request, and the session behind it then serves as if it had
 * answered itself: one answer per request, the handshake done, the tools listed.
 */
class StdioStartTest {

  static final String LIST =
      "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n";

  static String initialize(String id, String version, String capabilities) {
    return "{\"jsonrpc\":\"2.0\",\"id\":"
        + id
        + ",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\""
        + version
        + "\",\"capabilities\":"
        + capabilities
        + ",\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n";
  }

  @ParameterizedTest(name = "protocol {0}")
  @ValueSource(strings = {"2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25", "2099-01-01"})
  void theStartUpAnswerIsTheSessionsAnswer(String version) throws Exception {
    for (String id : List.of("1", "\"init\"")) {
      String request =
          initialize(
              id,
              version,
              "{\"roots\":{},\"extensions\":{\"io.modelcontextprotocol/ui\":{\"mimeTypes\":[\"text/html;profile=mcp-app\"]}}}");
      JsonNode sessions = lines(serveWithoutStart(request + LIST)).get(0);
      String early = InitializeAnswer.to(request.trim().getBytes(StandardCharsets.UTF_8));
      assertNotNull(early, request);
      assertEquals(sessions, Json.parse(early), "version " + version + ", id " + id);
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
        "{\"jsonrpc\":\"2.0\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":99999999999,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}",
        "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":7}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":[]}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\",\"_meta\":{}}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}} x",
        "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"}}]",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\"",
        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"server/discover\"}",
        "not json"
      })
  void anythingButAPlainInitializeIsLeftToTheServer(String line) {
    assertNull(InitializeAnswer.to(line.getBytes(StandardCharsets.UTF_8)), line);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2025-11-25", "2024-11-05"})
  void aSessionAfterTheStartUpAnswerSendsEachAnswerOnceAndServes(String version) throws Exception {
    String input = initialize("\"init\"", version, "{}") + LIST;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StdioStart start =
        StdioStart.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    assertNotNull(start.answered, "a plain initialize is answered at start-up");
    assertTrue(out.size() > 0, "the answer is written before the server exists");
    new StdioServer(factory(), start, out).run();

    List<JsonNode> answers = lines(out);
    assertEquals(2, answers.size(), answers.toString());
    assertEquals("\"init\"", answers.get(0).get("id").toString());
    assertEquals(version, answers.get(0).at("/result/protocolVersion").asString());
    assertEquals(2, answers.get(1).get("id").asInt());
    assertTrue(answers.get(1).at("/result/tools").size() > 10, answers.get(1).toString());
  }

  @ParameterizedTest(name = "first input {index}")
  @ValueSource(strings = {"", "\n", "garbage\n"})
  void aFirstLineThatIsNoInitializeIsAnsweredByTheServer(String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StdioStart start =
        StdioStart.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    assertNull(start.answered);
    assertEquals(0, out.size());
    new StdioServer(factory(), start, out).run();
    List<JsonNode> answers = lines(out);
    assertEquals(input.startsWith("garbage") ? 1 : 0, answers.size(), answers.toString());
    if (!answers.isEmpty()) {
      assertEquals(-32700, answers.get(0).at("/error/code").asInt());
    }
    assertFalse(out.toString(StandardCharsets.UTF_8).contains("\"result\""));
  }

  private static ByteArrayOutputStream serveWithoutStart(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new StdioServer(
            factory(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out)
        .run();
    return out;
  }

  private static ServerFactory factory() {
    return StdioPipe.factory();
  }

  private static List<JsonNode> lines(ByteArrayOutputStream out) {
    List<JsonNode> all = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        all.add(Json.parse(line));
      }
    }
    return all;
  }
}
