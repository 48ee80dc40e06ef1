package io.cartomaps.http;

import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import java.net.http.HttpRequest;
import java.time.Duration;

/** The Java SDK's own Streamable HTTP client, with a bearer key. */
final class Clients {

  private Clients() {}

  static McpSyncClient connect(int port, String key) {
    HttpRequest.Builder headers = HttpRequest.newBuilder();
    if (key != null) {
      headers.header("Authorization", "Bearer " + key);
    }
    McpSyncClient client =
        McpClient.sync(
                HttpClientStreamableHttpTransport.builder("http://127.0.0.1:" + port)
                    .endpoint(McpHttpServer.MCP)
                    .requestBuilder(headers)
                    .build())
            .requestTimeout(Duration.ofSeconds(30))
            .build();
    client.initialize();
    return client;
  }
}
