package io.cartomaps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewerServerTest {

  private ViewerServer server;

  @BeforeEach
  void start() {
    Map<String, RenderInput> maps = Map.of("m-1", TestMaps.withOverlays());
    server =
        ViewerServer.start(
            0,
            id -> {
              if (id.equals("broken")) {
                throw new RenderException("keplerMapConfig.version must be \"v1\"");
              }
              return maps.get(id);
            });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private record Response(int status, String contentType, String body) {}

  private Response get(String path) throws IOException {
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create("http://127.0.0.1:" + server.port() + path).toURL().openConnection();
    int status = c.getResponseCode();
    InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream();
    String body = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    return new Response(status, c.getContentType(), body);
  }

  @Test
  void bindsToLoopbackOnly() {
    assertTrue(server.address().getAddress().isLoopbackAddress(), server.address().toString());
  }

  @Test
  void servesTheMapSpecAsJson() throws IOException {
    Response r = get("/maps/m-1/spec.json");
    assertEquals(200, r.status());
    assertEquals("application/json", r.contentType());
    var spec = Json.parse(r.body());
    assertEquals("positron", spec.get("basemap").asString());
    assertEquals("v1", spec.get("map").get("keplerMapConfig").get("version").asString());
    assertEquals("Madrid <overview>", spec.get("overlays").get("title").asString());
    assertEquals(3, spec.get("map").get("datasets").size());
  }

  @Test
  void servesTheInteractiveViewerPage() throws IOException {
    Response r = get("/maps/m-1/view");
    assertEquals(200, r.status());
    assertTrue(
        r.body().contains("/viewer/mapshot.js") && r.body().contains("/viewer/view.js"), r.body());
    assertEquals(200, get("/viewer/mapshot.js").status());
    assertEquals(200, get("/viewer/viewer.css").status());
  }

  @Test
  void answersUnknownMapWithA404Page() throws IOException {
    Response r = get("/maps/nope/view");
    assertEquals(404, r.status());
    assertTrue(r.body().contains("There is no map with id nope"), r.body());
    assertEquals(404, get("/maps/nope/spec.json").status());
  }

  @Test
  void escapesWhatItEchoesBack() throws IOException {
    Response r = get("/maps/%3Cscript%3Ex%3C%2Fscript%3E/view");
    assertEquals(404, r.status());
    assertFalse(r.body().contains("<script>"), r.body());
    assertTrue(r.body().contains("&lt;script&gt;"), r.body());
  }

  @Test
  void explainsAMapThatCannotBeShown() throws IOException {
    Response r = get("/maps/broken/view");
    assertEquals(422, r.status());
    assertTrue(r.body().contains("v1"), r.body());
  }

  @Test
  void answersOtherPathsWithA404() throws IOException {
    assertEquals(404, get("/").status());
    assertEquals(404, get("/viewer/../pom.xml").status());
  }

  @Test
  void refusesRequestsForAnotherHostName() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET /maps/m-1/spec.json HTTP/1.1\r\nHost: evil.example:"
                  + server.port()
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(response.startsWith("HTTP/1.1 403"), response);
    }
  }

  @Test
  void refusesWrites() throws IOException {
    HttpURLConnection c =
        (HttpURLConnection)
            URI.create("http://127.0.0.1:" + server.port() + "/maps/m-1/spec.json")
                .toURL()
                .openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.getOutputStream().write(1);
    assertEquals(405, c.getResponseCode());
  }

  @Test
  void buildsTheViewAddress() {
    assertEquals(
        "http://127.0.0.1:" + server.port() + "/maps/m-1/view", server.viewUri("m-1").toString());
  }
}
