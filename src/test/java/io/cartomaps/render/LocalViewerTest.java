package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.MapUrls;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.workspace.LocalHome;
import io.cartomaps.json.Json;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * While the server runs, a local map's links answer: the viewer starts with the first link, on
 * loopback.
 */
class LocalViewerTest {

  @TempDir Path home;

  private static HttpResponse<String> get(String url) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static ObjectNode map() {
    return (ObjectNode)
        Json.parse(
            """
        {"title":"Links","description":"","keplerMapConfig":{"version":"v1","config":{"visState":{"layers":[]},
         "mapState":{"latitude":0,"longitude":0,"zoom":1},"mapStyle":{"styleType":"positron"}}}}""");
  }

  @Test
  void theFirstLinkStartsTheViewerAndTheLinksAnswer() throws Exception {
    try (LocalViewer viewer = new LocalViewer(null, 0);
        LocalBackend backend = new LocalBackend(new LocalHome(home), viewer::baseUrl)) {
      viewer.serveOnDemand(
          id -> {
            try {
              ObjectNode bundle = backend.getMap(id);
              return RenderInput.fromBundle(bundle);
            } catch (RuntimeException e) {
              return null;
            }
          });
      String id = backend.createMap(map()).get("id").asString();
      assertNull(viewer.server(), "nothing listens before a link is handed out");
      MapUrls urls = backend.urls(id);
      assertTrue(
          urls.viewerUrl().startsWith("http://127.0.0.1:" + viewer.server().port() + "/maps/" + id),
          urls.viewerUrl());
      assertTrue(viewer.server().address().getAddress().isLoopbackAddress());
      HttpResponse<String> page = get(urls.viewerUrl());
      assertEquals(200, page.statusCode());
      assertTrue(page.body().contains("mapshot.js"));
      assertEquals(200, get(urls.builderUrl()).statusCode());
      HttpResponse<String> spec = get(urls.viewerUrl().replace("/view", "/spec.json"));
      assertTrue(spec.body().contains("\"Links\""), spec.body());
      assertEquals(
          404, get("http://127.0.0.1:" + viewer.server().port() + "/maps/nope/view").statusCode());
    }
  }

  @Test
  void aTakenPortFallsBackToAFreeOne() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        LocalViewer viewer = new LocalViewer(null, taken.getLocalPort())) {
      viewer.serveOnDemand(id -> null);
      String base = viewer.baseUrl();
      assertNotEquals("http://127.0.0.1:" + taken.getLocalPort(), base);
      assertEquals(404, get(base + "/maps/x/view").statusCode());
    }
  }

  @Test
  void withoutTheServerLinksNameTheDefaultAddressAndNothingStarts() {
    try (LocalViewer viewer = new LocalViewer(null, 0)) {
      assertEquals(LocalViewer.DEFAULT_BASE_URL, viewer.baseUrl());
      assertNull(viewer.server());
    }
    try (LocalViewer viewer = new LocalViewer("http://127.0.0.1:9999", 0)) {
      viewer.serveOnDemand(id -> null);
      assertEquals(
          "http://127.0.0.1:9999",
          viewer.baseUrl(),
          "an explicit address is someone else's to serve");
      assertNull(viewer.server());
    }
  }
}
