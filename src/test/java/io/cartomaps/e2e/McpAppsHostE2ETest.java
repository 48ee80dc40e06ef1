package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The interactive map view works in a real MCP Apps host: the official TypeScript client announces
 * the extension, and ext-apps' AppBridge in headless Chromium loads the ui:// resource in a
 * sandboxed iframe, feeds it the screenshot result and sees the map, legend and widgets drawn and
 * panning (e2e/mcp-app-host.mjs); a client without the extension keeps the PNG and gets no view.
 */
class McpAppsHostE2ETest {

  @Test
  void theViewDrawsTheMapInsideAHost() throws Exception {
    Jar.requireNodeModules();
    Path png = Path.of("target", "mcp-app-view.png").toAbsolutePath();
    Files.deleteIfExists(png);
    Jar.Run r =
        Jar.run(
            List.of("node", "mcp-app-host.mjs", Jar.path().toString(), png.toString()),
            Map.of(),
            Jar.E2E,
            580);
    assertEquals(0, r.exit(), r.stdout() + "\n" + r.stderr());
    assertTrue(r.stdout().contains("\"formula\":\"2.4B\""), r.stdout());
    assertTrue(r.stdout().trim().endsWith("OK"), r.stdout());
    assertTrue(Files.size(png) > 10_000, "the host's screenshot of the view was saved: " + png);
  }
}
