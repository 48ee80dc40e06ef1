package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Clients we did not write, over HTTP with an API key: the official TypeScript SDK client runs the
 * whole lifecycle over Streamable HTTP (e2e/lifecycle.mjs http) in 2025-11-25 (1.x) and 2026-07-28
 * (2.x, probing and pinned), and the MCP Inspector CLI lists and calls the server over Streamable
 * HTTP and over the legacy HTTP+SSE endpoint (e2e/inspector-smoke.sh).
 */
class HttpClientsE2ETest {

  /**
   * v1: TS SDK 1.x (2025-11-25 with a session); auto and 2026-07-28: TS client 2.x probing, or
   * pinned.
   */
  @ParameterizedTest(name = "client {0}")
  @ValueSource(strings = {"v1", "auto", "2026-07-28"})
  void officialTypeScriptClientRunsTheWholeLifecycleOverStreamableHttp(String client)
      throws Exception {
    Jar.requireNodeModules();
    Jar.Run r =
        Jar.run(
            List.of("node", "lifecycle.mjs", Jar.path().toString(), "http", client),
            Map.of(),
            Jar.E2E,
            300);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains(" passed, 0 failed"), r.stdout());
    assertTrue(r.stdout().contains("a request without the key is refused with 401"), r.stdout());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "sse"})
  void inspectorCliListsAndCallsTheServerOverHttp(String transport) throws Exception {
    Jar.requireNodeModules();
    Jar.Run r =
        Jar.run(
            List.of("bash", "inspector-smoke.sh", Jar.path().toString(), transport),
            Map.of(),
            Jar.E2E,
            300);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains("7 passed, 0 failed"), r.stdout());
  }
}
