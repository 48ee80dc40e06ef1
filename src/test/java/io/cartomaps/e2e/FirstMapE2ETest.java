package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An agent's first map through the official TypeScript SDK client (e2e/first-map.mjs): author from
 * explore_data and an example, a broken bundle refused with the fields named and no map left, a
 * valid one created and published with Builder's boilerplate written, an H3 layer added by round
 * trip with layerOrder completed, and a copy; with at most 15,000 characters of guide, sections and
 * examples read before the first valid bundle.
 */
class FirstMapE2ETest {

  @Test
  void anAgentsFirstMapIsRightWithoutPastingAnything() throws Exception {
    Jar.requireNodeModules();
    Jar.Run r =
        Jar.run(List.of("node", "first-map.mjs", Jar.path().toString()), Map.of(), Jar.E2E, 240);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains(" passed, 0 failed"), r.stdout());
  }
}
