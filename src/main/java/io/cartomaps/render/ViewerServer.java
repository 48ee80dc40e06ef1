package io.cartomaps.render;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cartomaps.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a person open a local map in their own browser: a tiny HTTP server on 127.0.0.1 that serves
 * the same viewer page the renderer uses, interactive (pan/zoom), at {@code /maps/{id}/view} (and
 * {@code /maps/{id}, a local map's builderUrl}), and the map's render spec at {@code
 * /maps/{id}/spec.json}. It binds loopback only and answers only requests addressed to loopback (a
 * guard against DNS rebinding), so other machines and web pages cannot read the maps.
 */
public final class ViewerServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ViewerServer.class);
  private static final Pattern MAP_PATH =
      Pattern.compile("^/maps/([^/]+)(?:/(view|spec\\.json))?$");
  private static final Pattern VIEWER_PATH =
      Pattern.compile("^/viewer/([a-z0-9_-]+\\.(?:html|js|css|json))$");
  private static final Pattern MAP_ID = Pattern.compile("[A-Za-z0-9._:-]{1,200}");
  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data: blob:; worker-src 'self' blob:; connect-src 'self'; object-src 'none';"
          + " frame-ancestors 'none'";

  private final HttpServer server;
  private final ExecutorService executor;
  private final Function<String, RenderInput> maps;

  private ViewerServer(
      HttpServer server, ExecutorService executor, Function<String, RenderInput> maps) {
    this.server = server;
    this.executor = executor;
    this.maps = maps;
  }

  /**
   * Starts serving on 127.0.0.1.
   *
   * @param port the port, or 0 for any free port (see {@link #port()})
   * @param maps looks a map up by id; returns null when there is no such map
   */
  public static ViewerServer start(int port, Function<String, RenderInput> maps) {
    try {
      HttpServer http =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      ExecutorService executor =
          Executors.newFixedThreadPool(
              2,
              r -> {
                Thread t = new Thread(r, "map-viewer-http");
                t.setDaemon(true);
                return t;
              });
      ViewerServer viewer = new ViewerServer(http, executor, maps);
      http.createContext("/", viewer::handle);
      http.setExecutor(executor);
      http.start();
      return viewer;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the map viewer on 127.0.0.1:"
              + port
              + ": "
              + e.getMessage()
              + (port == 0
                  ? ""
                  : ". Is the port already in use? Try another port or 0 for any free one."),
          e);
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public InetSocketAddress address() {
    return server.getAddress();
  }

  /** The page where a person sees a map: {@code http://127.0.0.1:PORT/maps/ID/view}. */
  public URI viewUri(String mapId) {
    return URI.create(
        "http://127.0.0.1:" + port() + "/maps/" + URLEncoderPath.encode(mapId) + "/view");
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
      if (!method.equals("GET") && !method.equals("HEAD")) {
        send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are supported."));
        return;
      }
      if (!addressedToLoopback(exchange)) {
        send(
            exchange,
            403,
            "text/plain; charset=utf-8",
            bytes("This viewer only answers requests to 127.0.0.1."));
        return;
      }
      String path = exchange.getRequestURI().getRawPath();
      Matcher viewer = VIEWER_PATH.matcher(path);
      if (viewer.matches()) {
        var asset = ViewerAssets.find(viewer.group(1));
        if (asset.isPresent()) {
          send(exchange, 200, asset.get().contentType(), asset.get().body());
        } else {
          notFound(exchange, "There is no viewer file " + viewer.group(1) + ".");
        }
        return;
      }
      Matcher map = MAP_PATH.matcher(path);
      if (!map.matches()) {
        notFound(exchange, "Nothing here. Open a map at /maps/{map id}/view.");
        return;
      }
      String id = URLDecoder.decode(map.group(1), StandardCharsets.UTF_8);
      if (!MAP_ID.matcher(id).matches()) {
        notFound(exchange, "'" + id + "' is not a map id.");
        return;
      }
      RenderInput input;
      try {
        input = maps.apply(id);
      } catch (RenderException e) {
        send(
            exchange,
            422,
            "text/html; charset=utf-8",
            page("This map cannot be shown", e.getMessage()));
        return;
      }
      if (input == null) {
        notFound(
            exchange,
            "There is no map with id " + id + ". List the maps you have with `maps list`.");
        return;
      }
      if (map.group(2) == null || map.group(2).equals("view")) {
        send(exchange, 200, "text/html; charset=utf-8", ViewerAssets.require("view.html").body());
      } else {
        send(exchange, 200, "application/json", bytes(Json.compact(RenderSpec.forViewer(input))));
      }
    } catch (RuntimeException e) {
      LOG.warn("map viewer request failed: {}", e.toString());
      try {
        send(
            exchange,
            500,
            "text/html; charset=utf-8",
            page("The map could not be shown", "See the program's log."));
      } catch (IOException | RuntimeException ignored) {
        // the response was already started; nothing more to tell the browser
      }
    }
  }

  /**
   * The Host header must name loopback, so a hostile page cannot reach us through a rebound DNS
   * name.
   */
  private boolean addressedToLoopback(HttpExchange exchange) {
    String host = exchange.getRequestHeaders().getFirst("Host");
    if (host == null) {
      return true;
    }
    String name =
        host.startsWith("[")
            ? host.substring(0, host.indexOf(']') + 1)
            : host.replaceFirst(":\\d+$", "");
    return name.equals("127.0.0.1") || name.equalsIgnoreCase("localhost") || name.equals("[::1]");
  }

  private void notFound(HttpExchange exchange, String message) throws IOException {
    send(exchange, 404, "text/html; charset=utf-8", page("Map not found", message));
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("Content-Security-Policy", CSP);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Cache-Control", "no-store");
    boolean head = exchange.getRequestMethod().equalsIgnoreCase("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      exchange.getResponseBody().write(body);
    }
  }

  static byte[] page(String title, String message) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + escape(title)
            + "</title><link rel=\"icon\" href=\"data:,\"></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
            + escape(title)
            + "</h1><p>"
            + escape(message)
            + "</p></body></html>";
    return bytes(html);
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Percent-encodes a map id for a URL path segment. */
  private static final class URLEncoderPath {
    private URLEncoderPath() {}

    static String encode(String segment) {
      return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
  }
}
