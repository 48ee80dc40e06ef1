package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.local.store.TestPostgres;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one PostgreSQL store (stateless HTTP, as behind a load balancer): a map made
 * through one is read, updated and published through the other, and an instance killed with SIGKILL
 * in the middle of a stream of writes loses none that it had acknowledged.
 */
class SharedStoreE2ETest {

  static Map<String, String> env() throws Exception {
    Path home = Files.createTempDirectory("carto-maps-shared");
    Map<String, String> env = new HashMap<>(TestPostgres.freshStoreEnvironment());
    env.put("CARTO_MAPS_HOME", home.toString());
    env.put("CARTO_CREDENTIALS_FILE", home.resolve("none.json").toString());
    return env;
  }

  /** A keplerMapConfig with no layer, complete enough to validate. */
  static final String EMPTY_MAP =
      """
      {"version":"v1","config":{
        "mapState":{"latitude":20,"longitude":0,"zoom":1,"pitch":0,"bearing":0},
        "mapStyle":{"styleType":"positron"},"basemapConfig":{"styleId":"positron"},
        "uiState":{"commentsVisible":true,"controlsPaneOpen":false,"descriptionOpen":false,"descriptionPreview":false},
        "spatialFilter":null,
        "visState":{"layers":[],"filters":[],"layerBlending":"normal","splitMaps":[],
          "animationConfig":{"currentTime":null,"speed":1},
          "interactionConfig":{"tooltip":{"enabled":true,"compareMode":false,"compareType":"absolute"},
            "brush":{"enabled":false,"size":0.5},"coordinate":{"enabled":false},"geocoder":{"enabled":false}}}}}""";

  static Map<String, Object> bundle(String title) {
    return Map.of(
        "title",
        title,
        "privacy",
        "shared",
        "tags",
        List.of("shared-store"),
        "keplerMapConfig",
        io.cartomaps.json.Json.MAPPER.convertValue(
            io.cartomaps.json.Json.parse(EMPTY_MAP), Map.class));
  }

  static Map<?, ?> ok(CallToolResult r) {
    assertFalse(r.isError(), String.valueOf(r));
    return (Map<?, ?>) r.structuredContent();
  }

  @Test
  void aMapMadeThroughOneInstanceIsReadUpdatedAndPublishedThroughTheOther() throws Exception {
    Map<String, String> env = env();
    try (HttpServerProcess a = HttpServerProcess.start(env, "--stateless");
        HttpServerProcess b = HttpServerProcess.start(env, "--stateless");
        McpSyncClient viaA = a.client();
        McpSyncClient viaB = b.client()) {
      String id =
          ok(viaA.callTool(
                  new CallToolRequest("create_map", Map.of("bundle", bundle("Two instances")))))
              .get("id")
              .toString();
      Map<?, ?> got = ok(viaB.callTool(new CallToolRequest("get_bundle", Map.of("map_id", id))));
      Map<?, ?> bundle = (Map<?, ?>) got.get("bundle");
      assertEquals("Two instances", bundle.get("title"));

      ok(
          viaB.callTool(
              new CallToolRequest(
                  "update_map", Map.of("map_id", id, "bundle", Map.of("title", "Edited via B")))));
      ok(viaB.callTool(new CallToolRequest("publish_map", Map.of("map_id", id))));
      Map<?, ?> back = ok(viaA.callTool(new CallToolRequest("get_bundle", Map.of("map_id", id))));
      assertEquals("Edited via B", ((Map<?, ?>) back.get("bundle")).get("title"));
      assertFalse(
          String.valueOf(back.get("warnings")).contains("UNPUBLISHED_SHARED_MAP"), back.toString());
      Map<?, ?> listed =
          ok(
              viaA.callTool(
                  new CallToolRequest("list_maps", Map.of("tags", List.of("shared-store")))));
      assertTrue(String.valueOf(listed.get("maps")).contains(id), listed.toString());
    }
  }

  /**
   * MCP 2026-07-28 needs no session affinity, even in the default (session) mode: the official
   * TypeScript client 2.x sends each request to the other instance in turn (e2e/round-robin.mjs),
   * as a round-robin proxy would.
   */
  @Test
  void a2026ClientIsServedByTwoInstancesInTurn() throws Exception {
    Jar.requireNodeModules();
    Map<String, String> env = env();
    try (HttpServerProcess a = HttpServerProcess.start(env);
        HttpServerProcess b = HttpServerProcess.start(env)) {
      Jar.Run r =
          Jar.run(
              List.of(
                  "node",
                  "round-robin.mjs",
                  "http://127.0.0.1:" + a.port + "/mcp",
                  "http://127.0.0.1:" + b.port + "/mcp"),
              Map.of(),
              Jar.E2E,
              240);
      assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr() + "\n" + a.log() + b.log());
      assertTrue(r.stdout().contains(" passed, 0 failed"), r.stdout());
    }
  }

  @Test
  void anInstanceKilledMidWriteLosesNoAcknowledgedWrite() throws Exception {
    Map<String, String> env = env();
    List<String> acknowledged = new CopyOnWriteArrayList<>();
    try (HttpServerProcess survivor = HttpServerProcess.start(env, "--stateless")) {
      HttpServerProcess victim = HttpServerProcess.start(env, "--stateless");
      Thread writer =
          new Thread(
              () -> {
                try (McpSyncClient c = victim.client()) {
                  for (int i = 0; ; i++) {
                    CallToolResult r =
                        c.callTool(
                            new CallToolRequest(
                                "create_map", Map.of("bundle", bundle("write " + i))));
                    if (!r.isError()) {
                      acknowledged.add(((Map<?, ?>) r.structuredContent()).get("id").toString());
                    }
                  }
                } catch (RuntimeException e) {
                  // the server was killed: the write in flight was never acknowledged
                }
              });
      writer.setDaemon(true);
      writer.start();
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (acknowledged.size() < 25 && System.nanoTime() < deadline && writer.isAlive()) {
        Thread.sleep(10);
      }
      victim.kill();
      writer.join(60_000);
      assertTrue(
          acknowledged.size() >= 25,
          "writes acknowledged before the kill: " + acknowledged.size() + "\n" + victim.log());

      try (McpSyncClient c = survivor.client()) {
        for (String id : acknowledged) {
          Map<?, ?> got = ok(c.callTool(new CallToolRequest("get_bundle", Map.of("map_id", id))));
          assertTrue(
              String.valueOf(((Map<?, ?>) got.get("bundle")).get("title")).startsWith("write "),
              got.toString());
        }
        CallToolResult after =
            c.callTool(
                new CallToolRequest("create_map", Map.of("bundle", bundle("after the kill"))));
        assertFalse(after.isError(), String.valueOf(after));
      }
    }
  }
}
