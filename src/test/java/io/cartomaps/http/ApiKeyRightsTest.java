package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapQuery;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapService;
import io.cartomaps.mcp.ToolSelection;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each key sees and calls only its tools and uses only its profiles; the server's own selection is
 * an upper bound. Checked on the session transport and on the stateless one.
 */
class ApiKeyRightsTest {

  static final String WRITER = KeyHash.newKey();
  static final String READER = KeyHash.newKey();
  static final String TEAM = KeyHash.newKey();
  static final ApiKeys KEYS =
      new ApiKeys(
          List.of(
              new ApiKey(
                  "writer", KeyHash.sha256(WRITER), List.of("local", "team"), false, null, null),
              new ApiKey(
                  "reader",
                  KeyHash.sha256(READER),
                  List.of("local"),
                  true,
                  null,
                  List.of("explore_data")),
              new ApiKey(
                  "team",
                  KeyHash.sha256(TEAM),
                  List.of("team"),
                  false,
                  List.of("list_maps", "create_map", "get_bundle", "delete_map"),
                  null)));

  static MapService maps;
  static McpHttpServer sessions;
  static McpHttpServer stateless;

  @BeforeAll
  static void start() {
    maps = TestServer.maps();
    ToolSelection server = new ToolSelection(false, null, Set.of("delete_map"));
    sessions =
        McpHttpServer.start(
            HttpSettings.local(TestServer.freePort()).withKeys(KEYS).withTools(server),
            TestServer.factory(maps, server));
    stateless =
        McpHttpServer.start(
            HttpSettings.local(TestServer.freePort())
                .withKeys(KEYS)
                .withTools(server)
                .withStateless(true),
            TestServer.factory(maps, server));
  }

  @AfterAll
  static void stop() {
    sessions.close();
    stateless.close();
  }

  static int port(boolean statelessMode) {
    return statelessMode ? stateless.port() : sessions.port();
  }

  static List<String> toolNames(McpSyncClient c) {
    return c.listTools().tools().stream().map(McpSchema.Tool::name).toList();
  }

  static String text(CallToolResult r) {
    return Json.compact(r.structuredContent()) + " " + r.content();
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void toolsListShowsEachKeyOnlyItsTools(boolean statelessMode) {
    try (McpSyncClient writer = Clients.connect(port(statelessMode), WRITER);
        McpSyncClient reader = Clients.connect(port(statelessMode), READER);
        McpSyncClient team = Clients.connect(port(statelessMode), TEAM)) {
      List<String> w = toolNames(writer);
      assertTrue(w.contains("create_map") && w.contains("explore_data"), w.toString());
      assertFalse(w.contains("delete_map"), "the server excludes delete_map for everyone: " + w);
      List<String> r = toolNames(reader);
      assertTrue(r.contains("list_maps") && r.contains("get_bundle"), r.toString());
      assertFalse(
          r.contains("create_map") || r.contains("update_map") || r.contains("explore_data"),
          r.toString());
      assertEquals(
          Set.of("list_maps", "create_map", "get_bundle"),
          Set.copyOf(toolNames(team)),
          "a key's include list is cut down by the server's exclude");
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aHiddenToolIsRefused(boolean statelessMode) {
    try (McpSyncClient reader = Clients.connect(port(statelessMode), READER)) {
      CallToolResult r =
          reader.callTool(
              new McpSchema.CallToolRequest("create_map", Map.of("bundle", Map.of("title", "x"))));
      assertTrue(r.isError(), text(r));
      assertTrue(text(r).contains("TOOL_NOT_ALLOWED") && text(r).contains("key 'reader'"), text(r));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void aProfileOutsideTheKeyIsRefusedNamingTheAllowedOnes(boolean statelessMode) {
    try (McpSyncClient reader = Clients.connect(port(statelessMode), READER)) {
      CallToolResult r =
          reader.callTool(new McpSchema.CallToolRequest("list_maps", Map.of("profile", "team")));
      assertTrue(r.isError(), text(r));
      assertTrue(
          text(r).contains("PROFILE_NOT_ALLOWED") && text(r).contains("may use: local"), text(r));
    }
  }

  @Test
  void withoutAProfileArgumentACallUsesTheKeysFirstProfile() {
    try (McpSyncClient team = Clients.connect(sessions.port(), TEAM)) {
      CallToolResult created =
          team.callTool(
              new McpSchema.CallToolRequest(
                  "create_map",
                  Map.of("bundle", Map.of("title", "Team only", "privacy", "private"))));
      assertFalse(created.isError(), text(created));
      String id = ((Map<?, ?>) created.structuredContent()).get("id").toString();
      assertTrue(
          maps.list("team", MapQuery.firstPage(100)).maps().stream()
              .anyMatch(m -> m.id().equals(id)));
      assertFalse(
          maps.list("local", MapQuery.firstPage(100)).maps().stream()
              .anyMatch(m -> m.id().equals(id)),
          "the server's default profile must not be used for a key restricted to another");
      CallToolResult listed = team.callTool(new McpSchema.CallToolRequest("list_maps", Map.of()));
      assertTrue(
          text(listed).contains(id) && text(listed).contains("\"profile\":\"team\""), text(listed));
    }
  }

  @Test
  void completionOffersOnlyTheKeysProfiles() {
    try (McpSyncClient reader = Clients.connect(sessions.port(), READER);
        McpSyncClient writer = Clients.connect(sessions.port(), WRITER)) {
      McpSchema.CompleteRequest req =
          new McpSchema.CompleteRequest(
              new McpSchema.PromptReference("promote_map"),
              new McpSchema.CompleteRequest.CompleteArgument("dest_profile", ""));
      assertEquals(List.of("local"), reader.completeCompletion(req).completion().values());
      assertEquals(List.of("local", "team"), writer.completeCompletion(req).completion().values());
    }
  }
}
