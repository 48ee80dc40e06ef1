package io.cartomaps.mcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.render.MapPreviews;
import io.cartomaps.render.RenderEngine;
import io.cartomaps.render.RenderException;
import io.cartomaps.render.Screenshot;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screenshots are written only where asked: a map id never becomes a path, and an output link is
 * not followed.
 */
class ScreenshotFileSafetyTest {

  private static final byte[] PNG = png();

  private static byte[] png() {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      javax.imageio.ImageIO.write(
          new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB),
          "png",
          out);
      return out.toByteArray();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TempDir Path home;

  private CallToolResult callOnCartoProfile(String mapId) throws Exception {
    Path credentials = home.resolve("credentials.json");
    Files.writeString(
        credentials,
        """
        {"current_profile":"org","profiles":{"org":{"token":"t0ken-value","tenant_id":"gcp-us-east1",
         "tenant_domain":"org.example.test","organization_id":"ac_x","organization_name":"Org","user_email":"a@b.c"}}}
        """);
    Environment env =
        Environment.of(
            Map.of(
                "CARTO_MAPS_HOME",
                home.toString(),
                "CARTO_CREDENTIALS_FILE",
                credentials.toString(),
                "CARTO_WORKSPACE_URL",
                "http://127.0.0.1:8"),
            home);
    try (Services s =
        Wiring.open(env, ProfileOverrides.of(null, null, "http://127.0.0.1:9"), null)) {
      MapPreviews previews =
          new MapPreviews(
              s.maps(),
              () -> {
                throw new RenderException("no offline renderer here");
              },
              (ref, options) -> new Screenshot(PNG, 1, 1, RenderEngine.LIGHT, 1, false, List.of()),
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
          CallToolRequest.builder("screenshot")
              .arguments(Map.of("map_id", mapId, "profile", "org"))
              .build());
    }
  }

  @Test
  void aMapIdNamingAnAbsolutePathStaysInTheScreenshotsFolder() throws Exception {
    Path elsewhere = home.resolve("elsewhere");
    CallToolResult r = callOnCartoProfile(elsewhere.resolve("x").toString());
    assertFalse(r.isError(), String.valueOf(r.content()));
    assertFalse(Files.exists(elsewhere), "a folder was created outside the screenshots folder");
    assertOnlyInShots();
  }

  @Test
  void aMapIdClimbingOutOfTheFolderStaysInIt() throws Exception {
    Files.createDirectories(home.resolve("shots"));
    CallToolResult r = callOnCartoProfile("../dir/new/x");
    assertFalse(r.isError(), String.valueOf(r.content()));
    assertFalse(Files.exists(home.resolve("dir")));
    assertOnlyInShots();
  }

  private void assertOnlyInShots() throws Exception {
    try (Stream<Path> files = Files.list(home.resolve("shots"))) {
      List<Path> pngs = files.toList();
      assertEquals(1, pngs.size(), pngs.toString());
      assertTrue(pngs.get(0).getFileName().toString().endsWith(".png"));
      assertTrue(Files.isRegularFile(pngs.get(0)));
    }
  }

  @Test
  void writingOverASymlinkReplacesTheLinkNotItsTarget() throws Exception {
    Path target = home.resolve("precious.txt");
    Files.writeString(target, "keep me");
    Path link = home.resolve("link.png");
    Files.createSymbolicLink(link, target);
    Path saved = new Screenshot(PNG, 1, 1, RenderEngine.LIGHT, 1, false, List.of()).writeTo(link);
    assertEquals("keep me", Files.readString(target, StandardCharsets.UTF_8));
    assertFalse(Files.isSymbolicLink(link));
    assertArrayEquals(PNG, Files.readAllBytes(saved));
    try (Stream<Path> files = Files.list(home)) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }
}
