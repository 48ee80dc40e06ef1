package io.cartomaps.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.OfflineHome;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.render.BrowserCloudRenderEngine;
import io.cartomaps.render.BrowserSettings;
import io.cartomaps.render.ChromiumMapRenderer;
import io.cartomaps.render.MapPreviews;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshot tool's failures are tool errors that say what to do; nothing else depends on the
 * browser.
 */
class ScreenshotToolTest {

  @TempDir Path home;

  private CallToolResult call(Map<String, Object> args) {
    Environment env = OfflineHome.environment(home);
    try (Services s = Wiring.open(env, ProfileOverrides.none(), null)) {
      BrowserSettings missing =
          BrowserSettings.fromSystem().withChromium(home.resolve("no-chromium"));
      MapPreviews previews =
          new MapPreviews(
              s.maps(),
              () -> new ChromiumMapRenderer(missing),
              new BrowserCloudRenderEngine(),
              (p, id) -> null);
      ServerFactory factory =
          new ServerFactory(
              new Services(s.maps(), s.schemas(), previews, home.resolve("shots"), () -> {}),
              ToolSelection.ALL);
      McpTool tool =
          factory.tools().stream()
              .filter(t -> t.def().name().equals("screenshot"))
              .findFirst()
              .orElseThrow();
      return factory.call(
          tool,
          Caller.LOCAL,
          null,
          io.modelcontextprotocol.spec.McpSchema.CallToolRequest.builder("screenshot")
              .arguments(args)
              .build());
    }
  }

  private static String text(CallToolResult r) {
    return ((TextContent) r.content().get(0)).text();
  }

  @Test
  void missingChromiumIsAToolErrorNamingThePackage() {
    String bundle =
        "{\"title\":\"t\",\"keplerMapConfig\":{\"version\":\"v1\",\"config\":{\"visState\":{\"layers\":[]},"
            + "\"mapStyle\":{\"styleType\":\"positron\"}}}}";
    CallToolResult r =
        call(Map.of("bundle", io.cartomaps.json.Json.MAPPER.readValue(bundle, Map.class)));
    assertTrue(r.isError(), text(r));
    assertTrue(text(r).startsWith("RENDER_FAILED"), text(r));
    assertTrue(text(r).contains("apt-get install chromium"), text(r));
  }

  @Test
  void mapIdAndBundleTogetherAreRefused() {
    CallToolResult r = call(Map.of("map_id", "x", "bundle", Map.of()));
    assertTrue(r.isError());
    assertEquals(
        "INVALID_ARGUMENT",
        ((Map<?, ?>) ((Map<?, ?>) r.structuredContent()).get("error")).get("code"));
  }

  @Test
  void anOutOfRangeOptionNamesTheLimit() {
    CallToolResult r = call(Map.of("map_id", "x", "width", 10));
    assertTrue(r.isError());
    assertTrue(text(r).contains("64"), text(r));
  }
}
