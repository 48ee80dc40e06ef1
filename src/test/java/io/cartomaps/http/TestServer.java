package io.cartomaps.http;

import io.cartomaps.maps.MapService;
import io.cartomaps.maps.TestMaps;
import io.cartomaps.mcp.SchemaCatalog;
import io.cartomaps.mcp.ServerFactory;
import io.cartomaps.mcp.ToolSelection;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/** A real HTTP server on a free loopback port, over in-memory profiles {@code local} and {@code team}. */
final class TestServer {

  static final List<String> PROFILES = List.of("local", "team");

  private TestServer() {
  }

  static MapService maps() {
    return TestMaps.service(PROFILES.toArray(String[]::new));
  }

  static ServerFactory factory(MapService maps, ToolSelection tools) {
    return new ServerFactory(maps, new OneSection(), List.of(), tools);
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

  /** A schema catalog with one section, enough for the resources and the schema tool. */
  static final class OneSection implements SchemaCatalog {

    @Override
    public List<String> names() {
      return List.of("privacy");
    }

    @Override
    public String description(String name) {
      return "Who can see the map";
    }

    @Override
    public Object schema(String name) {
      if (!"privacy".equals(name)) {
        throw new IllegalArgumentException("Unknown section '" + name + "'. Sections: privacy.");
      }
      return Map.of("$schema", "https://json-schema.org/draft/2020-12/schema", "type", "string");
    }

    @Override
    public String text(String name) {
      schema(name);
      return "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"type\":\"string\"}";
    }
  }
}
