package io.cartomaps.mcp.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.OfflineHome;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.McpTool;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.render.BrowserCloudRenderEngine;
import io.cartomaps.render.MapPreviews;
import io.cartomaps.render.MapRenderer;
import io.cartomaps.render.RenderException;
import io.cartomaps.render.RenderInput;
import io.cartomaps.render.Screenshot;
import io.cartomaps.render.ScreenshotOptions;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The screenshot browser starts in the background when an agent first calls a tool: not when the
 * server is built, once only, and never when the screenshot tool is not offered.
 */
class BrowserWarmUpTest {

  @TempDir Path home;

  private final AtomicInteger created = new AtomicInteger();
  private final AtomicInteger warmUps = new AtomicInteger();

  /** A renderer that only counts what it is asked to do. */
  private final class CountingRenderer implements MapRenderer {
    @Override
    public Screenshot render(RenderInput input, ScreenshotOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void prepare(int width, int height) {
      warmUps.incrementAndGet();
    }

    @Override
    public void close() {}
  }

  private void run(ToolSelection selection, int calls) {
    Environment env = OfflineHome.environment(home);
    try (Services s = Wiring.open(env, ProfileOverrides.none(), null)) {
      MapPreviews previews =
          new MapPreviews(
              s.maps(),
              () -> {
                created.incrementAndGet();
                return new CountingRenderer();
              },
              new BrowserCloudRenderEngine(),
              (p, id) -> null);
      ServerFactory factory =
          new ServerFactory(
              new Services(s.maps(), s.schemas(), previews, home.resolve("shots"), () -> {}),
              selection);
      assertEquals(0, created.get(), "building the server starts no browser");
      McpTool schema =
          factory.tools().stream()
              .filter(t -> t.def().name().equals("schema_section"))
              .findFirst()
              .orElseThrow();
      for (int i = 0; i < calls; i++) {
        factory.call(
            schema,
            Caller.LOCAL,
            null,
            CallToolRequest.builder(schema.def().name())
                .arguments(Map.of("section", "widgets"))
                .build());
      }
    }
  }

  @Test
  void theFirstToolCallStartsTheBrowserOnce() {
    run(ToolSelection.ALL, 3);
    assertEquals(1, created.get());
    assertEquals(1, warmUps.get());
  }

  @Test
  void withoutTheScreenshotToolNoBrowserStarts() {
    run(new ToolSelection(false, Set.of(), Set.of("screenshot")), 2);
    assertEquals(0, created.get());
    assertEquals(0, warmUps.get());
  }

  @Test
  void aBrowserThatCannotStartDoesNotFailTheCallThatWarmsItUp() {
    Environment env = OfflineHome.environment(home);
    try (Services s = Wiring.open(env, ProfileOverrides.none(), null)) {
      MapPreviews previews =
          new MapPreviews(
              s.maps(),
              () -> {
                throw new RenderException("Chromium was not found");
              },
              new BrowserCloudRenderEngine(),
              (p, id) -> null);
      ServerFactory factory =
          new ServerFactory(
              new Services(s.maps(), s.schemas(), previews, home.resolve("shots"), () -> {}),
              ToolSelection.ALL);
      McpTool schema =
          factory.tools().stream()
              .filter(t -> t.def().name().equals("schema_section"))
              .findFirst()
              .orElseThrow();
      CallToolResult r =
          factory.call(
              schema,
              Caller.LOCAL,
              null,
              CallToolRequest.builder(schema.def().name())
                  .arguments(Map.of("section", "widgets"))
                  .build());
      assertFalse(r.isError(), String.valueOf(r));
    }
  }

  @Test
  void noCallNoBrowser() {
    run(ToolSelection.ALL, 0);
    assertFalse(created.get() > 0);
  }
}
