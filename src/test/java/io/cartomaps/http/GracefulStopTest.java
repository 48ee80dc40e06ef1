package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.mcp.Args;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.Results;
import io.cartomaps.mcp.ToolDef;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.server.ServerFactory;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A stop lets calls in flight finish while new calls are turned away (503) and health says
 * draining.
 */
class GracefulStopTest {

  /** A tool that holds its call until the test releases it. */
  static final class HeldTool implements McpTool {

    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public ToolDef def() {
      return ToolDef.builder("held_call", "Held call")
          .description("Waits until released.")
          .inputSchema("{\"type\":\"object\"}")
          .outputSchema("{\"type\":\"object\"}")
          .readOnly()
          .idempotent()
          .build();
    }

    @Override
    public CallToolResult call(Args args, McpSyncServerExchange exchange) {
      started.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return Results.ok("finished", Map.of("finished", true));
    }
  }

  @Test
  void callsInFlightFinishWhileNewOnesAreRefused() throws Exception {
    HeldTool held = new HeldTool();
    ServerFactory factory =
        new ServerFactory(TestServer.services(TestServer.maps()), List.of(held), ToolSelection.ALL);
    McpHttpServer server = McpHttpServer.start(HttpSettings.local(TestServer.freePort()), factory);
    Wire wire = new Wire(server.port());
    // Both tasks block, so each needs its own thread: the default async pool (the common
    // ForkJoinPool) has a single
    // worker on a 2-CPU machine from JDK 25 on, and the stop would wait behind the held call.
    ExecutorService threads = Executors.newCachedThreadPool();
    try (McpSyncClient client = Clients.connect(server.port(), null)) {
      CompletableFuture<CallToolResult> inFlight =
          CompletableFuture.supplyAsync(
              () -> client.callTool(new McpSchema.CallToolRequest("held_call", Map.of())), threads);
      assertTrue(held.started.await(30, TimeUnit.SECONDS), "the call reached the tool");
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close, threads);

      Wire.Answer health = waitForDraining(wire);
      assertEquals(503, health.status(), health.everything());
      assertEquals("draining", Json.parse(health.body()).path("status").asString());
      Wire.Answer refused = wire.post("/mcp", Map.of(), Wire.INIT);
      assertEquals(503, refused.status(), refused.everything());
      assertEquals("UNAVAILABLE", Json.parse(refused.body()).path("error").path("code").asString());
      assertFalse(stopping.isDone(), "the stop waits for the call in flight");

      held.release.countDown();
      CallToolResult r = inFlight.get(30, TimeUnit.SECONDS);
      assertFalse(r.isError(), String.valueOf(r));
      assertEquals(true, ((Map<?, ?>) r.structuredContent()).get("finished"));
      stopping.get(30, TimeUnit.SECONDS);
    } finally {
      held.release.countDown();
      server.close();
      threads.shutdownNow();
    }
  }

  private static Wire.Answer waitForDraining(Wire wire) throws Exception {
    Wire.Answer last = null;
    for (int i = 0; i < 300; i++) {
      last = wire.get("/health", Map.of());
      if (last.status() == 503) {
        return last;
      }
      Thread.sleep(20);
    }
    return last;
  }
}
