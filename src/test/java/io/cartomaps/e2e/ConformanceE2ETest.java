package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official MCP conformance suite, server mode, against the jar over Streamable HTTP
 * (e2e/conformance/run.sh). Green only when exactly the fixture scenarios of
 * e2e/conformance/baseline.yml fail (docs/conformance.md).
 */
class ConformanceE2ETest {

  static final Path DIR = Jar.E2E.resolve("conformance");

  @Test
  void everyScenarioThatAppliesPassesAndOnlyTheFixtureOnesFail() throws Exception {
    assertTrue(
        Files.isDirectory(DIR.resolve("node_modules/@modelcontextprotocol/conformance")),
        "The conformance suite is missing: run `npm ci --prefix e2e/conformance` (mvn verify does it).");
    Jar.Run r = Jar.run(List.of("bash", "run.sh", Jar.path().toString()), Map.of(), DIR, 300);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains("Baseline check passed"), r.stdout());
    assertTrue(r.stdout().contains("dns-rebinding-protection: 2 passed, 0 failed"), r.stdout());
  }
}
