package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official TypeScript SDK client drives the jar over stdio through a whole map lifecycle
 * (e2e/lifecycle.mjs): 1.x in 2025-11-25 with initialize, and 2.x in 2026-07-28, probing with
 * server/discover ({@code auto}) and pinned.
 */
class TypeScriptClientE2ETest {

  @ParameterizedTest(name = "client {0}")
  @ValueSource(strings = {"v1", "auto", "2026-07-28"})
  void officialTypeScriptClientRunsTheWholeLifecycle(String client) throws Exception {
    Jar.requireNodeModules();
    Jar.Run r =
        Jar.run(
            List.of("node", "lifecycle.mjs", Jar.path().toString(), "stdio", client),
            Map.of(),
            Jar.E2E,
            240);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains(" passed, 0 failed"), r.stdout());
  }
}
