package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The MCP Inspector CLI lists and calls tools, resources and prompts of the jar
 * (e2e/inspector-smoke.sh).
 */
class InspectorCliE2ETest {

  @Test
  void inspectorCliListsAndCallsTheServer() throws Exception {
    Jar.requireNodeModules();
    Jar.Run r =
        Jar.run(
            List.of("bash", "inspector-smoke.sh", Jar.path().toString()), Map.of(), Jar.E2E, 300);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains("6 passed, 0 failed"), r.stdout());
  }
}
