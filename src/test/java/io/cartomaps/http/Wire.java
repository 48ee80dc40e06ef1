package io.cartomaps.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP against the server, keeping every answer (status, headers, body) so a test can check
 * that a secret never comes back. Uses a plain socket-free JDK client; the Host header is the JDK's
 * unless a test forges one.
 */
final class Wire {

  static final String INIT =
      """
      {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},
       "clientInfo":{"name":"wire-test","version":"1"}}}""";

  record Answer(int status, Map<String, List<String>> headers, String body) {

    String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    String everything() {
      return status + " " + headers + " " + body;
    }
  }

  final List<Answer> seen = new ArrayList<>();
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final int port;

  Wire(int port) {
    this.port = port;
  }

  Answer post(String path, Map<String, String> headers, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, text/event-stream")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(b::header);
    return send(b.build());
  }

  Answer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .timeout(Duration.ofSeconds(30))
            .GET();
    headers.forEach(b::header);
    return send(b.build());
  }

  Answer send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
    Answer a = new Answer(r.statusCode(), r.headers().map(), r.body());
    seen.add(a);
    return a;
  }

  /** A hand-written HTTP/1.1 request (for headers the JDK client will not forge, such as Host). */
  Answer raw(String head, String body) throws IOException {
    try (java.net.Socket s = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
      s.setSoTimeout(30_000);
      byte[] b = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      String req = head + "Content-Length: " + b.length + "\r\nConnection: close\r\n\r\n";
      s.getOutputStream().write(req.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      s.getOutputStream().write(b);
      s.getOutputStream().flush();
      String text =
          new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      int status = Integer.parseInt(text.substring(9, 12));
      int split = text.indexOf("\r\n\r\n");
      Answer a =
          new Answer(
              status, Map.of("raw", List.of(text.substring(0, split))), text.substring(split + 4));
      seen.add(a);
      return a;
    }
  }

  static Map<String, String> bearer(String key) {
    return Map.of("Authorization", "Bearer " + key);
  }
}
