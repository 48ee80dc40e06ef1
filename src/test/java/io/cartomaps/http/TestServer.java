package io.cartomaps.http;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.TestMaps;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.validate.SchemaSections;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;

/**
 * A real HTTP server on a free loopback port, over in-memory profiles {@code local} and {@code
 * team}.
 */
final class TestServer {

  static final List<String> PROFILES = List.of("local", "team");

  private TestServer() {}

  static MapService maps() {
    return TestMaps.service(PROFILES.toArray(String[]::new));
  }

  static ServerFactory factory(MapService maps, ToolSelection tools) {
    return new ServerFactory(services(maps), tools);
  }

  static io.cartomaps.app.Services services(MapService maps) {
    return new io.cartomaps.app.Services(
        maps, SchemaSections.get(), null, java.nio.file.Path.of("target/screenshots"), () -> {});
  }

  static McpHttpServer start(HttpSettings settings) {
    return McpHttpServer.start(settings, factory(maps(), settings.tools()));
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
