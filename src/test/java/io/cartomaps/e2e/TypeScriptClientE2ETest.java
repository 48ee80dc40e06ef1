package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The official TypeScript SDK client drives the jar over stdio through a whole map lifecycle (e2e/lifecycle.mjs). */
class TypeScriptClientE2ETest {

  @Test
  void officialTypeScriptClientRunsTheWholeLifecycle() throws Exception {
    Jar.requireNodeModules();
    Jar.Run r = Jar.run(List.of("node", "lifecycle.mjs", Jar.path().toString()), Map.of(), Jar.E2E, 240);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains(" passed, 0 failed"), r.stdout());
  }
}
