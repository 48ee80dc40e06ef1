package io.cartomaps.render;

import java.io.UncheckedIOException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where local maps' {@code builderUrl} and {@code viewerUrl} point. While the MCP server runs, the
 * first link it hands out starts the viewer ({@link ViewerServer}, loopback only) in the same
 * process, on {@value #DEFAULT_PORT} or, when that port is taken, on a free one, so the links
 * answer without a second command. Elsewhere (CLI commands that exit) the links name the default
 * address, served by {@code view}.
 */
public final class LocalViewer implements AutoCloseable {

  public static final int DEFAULT_PORT = 8766;
  public static final String DEFAULT_BASE_URL = "http://127.0.0.1:" + DEFAULT_PORT;
  private static final Logger LOG = LoggerFactory.getLogger(LocalViewer.class);

  private final String configuredBaseUrl;
  private final int preferredPort;
  private Function<String, RenderInput> maps;
  private boolean onDemand;
  private ViewerServer server;

  /**
   * @param configuredBaseUrl an explicit viewer address (someone else serves it), or null for the
   *     default
   */
  public LocalViewer(String configuredBaseUrl) {
    this(configuredBaseUrl, DEFAULT_PORT);
  }

  /** The same, trying {@code preferredPort} first (0: any free port). */
  public LocalViewer(String configuredBaseUrl, int preferredPort) {
    this.configuredBaseUrl = configuredBaseUrl;
    this.preferredPort = preferredPort;
  }

  /**
   * Serve the viewer in this process from the first link on; {@code maps} finds a local map by id
   * (null: none).
   */
  public synchronized void serveOnDemand(Function<String, RenderInput> maps) {
    this.maps = maps;
    this.onDemand = configuredBaseUrl == null;
  }

  /** The base URL for links; starts the viewer first when serving on demand. */
  public synchronized String baseUrl() {
    if (configuredBaseUrl != null) {
      return configuredBaseUrl;
    }
    if (!onDemand) {
      return DEFAULT_BASE_URL;
    }
    if (server == null) {
      server = start();
    }
    return server == null ? DEFAULT_BASE_URL : "http://127.0.0.1:" + server.port();
  }

  /** The running viewer, or null before the first link. */
  public synchronized ViewerServer server() {
    return server;
  }

  private ViewerServer start() {
    try {
      return ViewerServer.start(preferredPort, maps);
    } catch (UncheckedIOException busy) {
      LOG.info("port {} is taken; serving local maps on a free port instead", preferredPort);
    }
    try {
      ViewerServer s = ViewerServer.start(0, maps);
      LOG.info("serving local maps on http://127.0.0.1:{}", s.port());
      return s;
    } catch (UncheckedIOException e) {
      LOG.warn("could not serve local maps: {}", e.getMessage());
      onDemand = false;
      return null;
    }
  }

  @Override
  public synchronized void close() {
    if (server != null) {
      server.close();
      server = null;
    }
  }
}
