package io.cartomaps.http;

import io.cartomaps.mcp.Caller;
import io.cartomaps.mcp.ToolDef;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.mcp.server.ToolCatalog;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.modern.server.McpServer;
import io.modelcontextprotocol.modern.server.transport.HttpServletMcpTransport;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.McpTransportContextExtractor;
import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.HttpServletSseServerTransportProvider;
import io.modelcontextprotocol.server.transport.HttpServletStatelessServerTransport;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.LifecycleState;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server over HTTP on embedded Tomcat: Streamable HTTP at {@value #MCP} in MCP 2026-07-28
 * (stateless) and in 2025-11-25 (sessions, or the stateless variant) side by side ({@link
 * ProtocolEraServlet}), legacy HTTP+SSE at {@value #SSE} + {@value #MESSAGE}, and {@value #HEALTH}.
 * In front of the SDK's servlets, in order: access log, JSON errors, drain, then on the MCP
 * endpoints the bounded body read, Host/Origin checks, bearer keys, session ownership and the
 * JSON-RPC shape check. It refuses to start where it would be unsafe (a reachable address without
 * keys).
 */
public final class McpHttpServer implements AutoCloseable {

  public static final String MCP = "/mcp";
  public static final String SSE = "/sse";
  public static final String MESSAGE = "/message";
  public static final String HEALTH = "/health";

  private static final Logger LOG = LoggerFactory.getLogger(McpHttpServer.class);

  /**
   * Tomcat logs through JUL; keep it to warnings (held here so the setting is not
   * garbage-collected).
   */
  private static final java.util.logging.Logger TOMCAT_LOG =
      java.util.logging.Logger.getLogger("org.apache");

  /** Logs a failed bind as a stack trace; the start reports it as one clear line instead. */
  private static final java.util.logging.Logger TOMCAT_LIFECYCLE_LOG =
      java.util.logging.Logger.getLogger("org.apache.catalina.util.LifecycleBase");

  private static final Duration SESSION_SWEEP = Duration.ofMinutes(60);

  /**
   * Idle time between two reads (and for keep-alive); a whole body is bounded by {@link
   * BodyLimitFilter}.
   */
  private static final int CONNECTION_TIMEOUT_MS = 20_000;

  private static final JsonRpcErrorMapper JSON =
      new JsonRpcErrorMapper(McpJsonDefaults.getMapper());

  private final HttpSettings settings;
  private final Tomcat tomcat;
  private final Path baseDir;
  private final Drain drain = new Drain();
  private final SessionOwners owners = new SessionOwners(SESSION_SWEEP.multipliedBy(3));
  private final ScheduledExecutorService sweeper;
  private final List<AutoCloseable> mcpServers = new ArrayList<>();
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final int port;

  private McpHttpServer(HttpSettings settings, ServerFactory factory) throws IOException {
    this.settings = settings;
    BindAddress bind = BindAddress.of(settings.host(), settings.port());
    refuseUnsafe(bind, settings, factory);
    DefaultServerTransportSecurityValidator validator =
        bind.validator(settings.allowedOrigins(), settings.allowedHosts());

    TOMCAT_LOG.setLevel(Level.WARNING);
    baseDir = Files.createTempDirectory("carto-maps-http");
    tomcat = new Tomcat();
    tomcat.setBaseDir(baseDir.toString());
    Connector connector = connector(settings);
    tomcat.setConnector(connector);
    Context ctx = rootContext(tomcat);

    String[] endpoints =
        settings.stateless()
            ? statelessTransport(ctx, factory, validator)
            : sessionTransports(ctx, factory, validator);
    servlet(ctx, "health", new HealthServlet(drain, settings.stateless()), HEALTH);
    servlet(ctx, "none", new NotFoundServlet(), "/");
    filterChain(ctx, validator, endpoints);

    sweeper = sessionOwnersSweeper();
    port = listen(connector);
  }

  /**
   * Refuses a reachable address without keys, and keys that name a profile or tool that does not
   * exist.
   */
  private static void refuseUnsafe(BindAddress bind, HttpSettings settings, ServerFactory factory) {
    if (!bind.loopback() && settings.keys().isEmpty()) {
      throw new HttpSetupException(
          "Refusing to listen on "
              + settings.host()
              + " without authentication: anyone who "
              + "can reach it could use this server's CARTO credentials. Create a key with 'carto-maps-mcp keys create "
              + "--name NAME --profile PROFILE' and pass --keys-file, or listen on 127.0.0.1.");
    }
    checkKeys(settings, factory);
  }

  /**
   * HTTP/1.1 on the configured address, bound when Tomcat initialises so a taken port fails the
   * start.
   */
  private static Connector connector(HttpSettings settings) {
    Connector connector = new Connector("HTTP/1.1");
    connector.setPort(settings.port());
    connector.setProperty("address", settings.host());
    connector.setProperty("bindOnInit", "true");
    connector.setMaxPostSize(settings.maxRequestBytes());
    connector.setProperty("connectionTimeout", String.valueOf(CONNECTION_TIMEOUT_MS));
    connector.setProperty("keepAliveTimeout", String.valueOf(CONNECTION_TIMEOUT_MS));
    return connector;
  }

  /** The one web application at {@code /}, whose error pages are JSON. */
  private static Context rootContext(Tomcat tomcat) {
    ((StandardHost) tomcat.getHost())
        .setErrorReportValveClass(JsonErrorReportValve.class.getName());
    Context ctx = tomcat.addContext("", null);
    ctx.setLoader(new AppClassLoader());
    return ctx;
  }

  /** Stateless mode: only {@value #MCP}, in both eras. Returns the MCP paths. */
  private String[] statelessTransport(
      Context ctx, ServerFactory factory, DefaultServerTransportSecurityValidator validator) {
    McpTransportContextExtractor<HttpServletRequest> callerContext = McpHttpServer::callerContext;
    HttpServletStatelessServerTransport transport =
        HttpServletStatelessServerTransport.builder()
            .jsonMapper(JSON)
            .messageEndpoint(MCP)
            .contextExtractor(callerContext)
            .securityValidator(validator)
            .maxRequestSize(settings.maxRequestBytes())
            .build();
    McpStatelessSyncServer server = factory.stateless(transport);
    mcpServers.add(server::closeGracefully);
    servlet(ctx, "mcp", bothEras(factory, callerContext, validator, transport), MCP);
    return new String[] {MCP};
  }

  /**
   * Session mode: {@value #MCP} in both eras, and legacy HTTP+SSE at {@value #SSE} + {@value
   * #MESSAGE}.
   */
  private String[] sessionTransports(
      Context ctx, ServerFactory factory, DefaultServerTransportSecurityValidator validator) {
    McpTransportContextExtractor<HttpServletRequest> callerContext = McpHttpServer::callerContext;
    HttpServletStreamableServerTransportProvider streamable =
        HttpServletStreamableServerTransportProvider.builder()
            .jsonMapper(JSON)
            .mcpEndpoint(MCP)
            .contextExtractor(callerContext)
            .securityValidator(validator)
            .maxRequestSize(settings.maxRequestBytes())
            .sessionSweepInterval(SESSION_SWEEP)
            .build();
    McpSyncServer server = factory.streamable(streamable);
    mcpServers.add(server::closeGracefully);
    servlet(ctx, "mcp", bothEras(factory, callerContext, validator, streamable), MCP);

    HttpServletSseServerTransportProvider sse =
        HttpServletSseServerTransportProvider.builder()
            .jsonMapper(JSON)
            .sseEndpoint(SSE)
            .messageEndpoint(MESSAGE)
            .contextExtractor(callerContext)
            .httpHeaderValidator(validator)
            .maxRequestSize(settings.maxRequestBytes())
            .build();
    McpSyncServer legacy = factory.sessions(sse);
    mcpServers.add(legacy::closeGracefully);
    servlet(ctx, "sse", sse, SSE, MESSAGE);
    return new String[] {MCP, SSE, MESSAGE};
  }

  /**
   * The filters in the order a request meets them: on every path access log, JSON errors and drain;
   * then on the MCP {@code endpoints} (also on async dispatches) the bounded body read, Host/Origin
   * checks, bearer keys, session ownership and the JSON-RPC shape check.
   */
  private void filterChain(
      Context ctx, DefaultServerTransportSecurityValidator validator, String[] endpoints) {
    String[] all = {"/*"};
    filter(ctx, "access-log", new AccessLogFilter(), all);
    filter(ctx, "json-errors", new JsonErrorsFilter(), all);
    filter(ctx, "drain", new DrainFilter(drain), all);
    filter(ctx, "body-read", new BodyLimitFilter(settings.maxRequestBytes()), endpoints)
        .setDispatcher("ASYNC");
    filter(ctx, "transport-security", new TransportSecurityFilter(validator), endpoints)
        .setDispatcher("ASYNC");
    filter(ctx, "bearer-auth", new BearerAuthFilter(settings.keys(), settings.tools()), endpoints)
        .setDispatcher("ASYNC");
    if (!settings.stateless()) {
      filter(ctx, "session-ownership", new SessionOwnershipFilter(owners), endpoints)
          .setDispatcher("ASYNC");
    }
    filter(ctx, "json-rpc", new JsonRpcBodyFilter(), endpoints).setDispatcher("ASYNC");
  }

  /** Every ten minutes, drops the owners of sessions idle for too long. */
  private ScheduledExecutorService sessionOwnersSweeper() {
    ScheduledExecutorService executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "http-session-owners-sweeper");
              t.setDaemon(true);
              return t;
            });
    executor.scheduleAtFixedRate(owners::sweep, 10, 10, TimeUnit.MINUTES);
    return executor;
  }

  /** Starts Tomcat and returns the port it listens on; a failed start closes what was set up. */
  private int listen(Connector connector) {
    try {
      TOMCAT_LIFECYCLE_LOG.setLevel(Level.OFF);
      tomcat.start();
    } catch (LifecycleException e) {
      close();
      throw new HttpSetupException("Cannot start the HTTP server: " + e.getMessage());
    } finally {
      TOMCAT_LIFECYCLE_LOG.setLevel(Level.WARNING);
    }
    if (connector.getState() != LifecycleState.STARTED || connector.getLocalPort() < 0) {
      close();
      throw new HttpSetupException(
          "Cannot listen on "
              + settings.host()
              + ":"
              + settings.port()
              + ": the port is in use or the address is not on this machine. Choose another --port or --host.");
    }
    return connector.getLocalPort();
  }

  /**
   * {@value #MCP} in MCP 2026-07-28 (stateless, any instance answers) beside the 2025 servlet
   * {@code legacy}.
   */
  private HttpServlet bothEras(
      ServerFactory factory,
      McpTransportContextExtractor<HttpServletRequest> callerContext,
      DefaultServerTransportSecurityValidator validator,
      HttpServlet legacy) {
    McpServer modern = factory.modern();
    mcpServers.add(modern::closeGracefully);
    HttpServletMcpTransport transport =
        HttpServletMcpTransport.builder(modern)
            .jsonMapper(JSON)
            .endpoint(MCP)
            .contextExtractor(callerContext)
            .httpHeaderValidator(validator)
            .maxRequestSize(settings.maxRequestBytes())
            .build();
    return new ProtocolEraServlet(transport, legacy);
  }

  /** Starts the server; it listens when this returns. */
  public static McpHttpServer start(HttpSettings settings, ServerFactory factory) {
    try {
      return new McpHttpServer(settings, factory);
    } catch (IOException e) {
      throw new HttpSetupException("Cannot prepare the HTTP server: " + e.getMessage());
    }
  }

  public int port() {
    return port;
  }

  /** Calls being answered right now (tests and the stop message). */
  int inFlight() {
    return drain.inFlight();
  }

  /** On SIGTERM / SIGINT: stop taking calls, let those in flight finish (bounded), then exit. */
  public McpHttpServer stopOnShutdown() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close, "http-graceful-stop"));
    return this;
  }

  /** Blocks until the server has stopped. */
  public void awaitStop() throws InterruptedException {
    stopped.await();
  }

  /**
   * Graceful stop: refuse new calls, wait for calls in flight (up to the drain timeout), close
   * sessions, stop.
   */
  @Override
  public void close() {
    if (!stopping.compareAndSet(false, true)) {
      try {
        stopped.await(settings.drainTimeout().plusSeconds(10).toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return;
    }
    try {
      int busy = drain.inFlight();
      if (busy > 0) {
        LOG.info(
            "Stopping: waiting up to {} s for {} call(s) in flight",
            settings.drainTimeout().toSeconds(),
            busy);
      }
      if (!drain.drain(settings.drainTimeout())) {
        LOG.warn(
            "Stopping with {} call(s) still running after {} s",
            drain.inFlight(),
            settings.drainTimeout().toSeconds());
      }
      for (AutoCloseable s : mcpServers) {
        try {
          s.close();
        } catch (Exception e) {
          LOG.debug("closing an MCP server: {}", e.toString());
        }
      }
      if (sweeper != null) {
        sweeper.shutdownNow();
      }
      if (tomcat != null) {
        tomcat.stop();
        tomcat.destroy();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (LifecycleException e) {
      LOG.warn("Stopping the HTTP server: {}", e.getMessage());
    } finally {
      deleteQuietly(baseDir);
      stopped.countDown();
    }
  }

  private static McpTransportContext callerContext(HttpServletRequest request) {
    Caller caller = RequestAttributes.caller(request);
    if (caller == null) {
      // Every MCP path is behind the authentication filter; a request without a caller must not run
      // as anyone.
      throw new IllegalStateException("request reached the MCP endpoint without authentication");
    }
    return caller.context();
  }

  private static void checkKeys(HttpSettings settings, ServerFactory factory) {
    List<String> profiles = factory.maps().backends().profiles();
    List<ToolDef> known = new ArrayList<>(ToolCatalog.definitions());
    factory.tools().forEach(t -> known.add(t.def()));
    for (ApiKey k : settings.keys().keys()) {
      for (String p : k.profiles()) {
        if (!profiles.contains(p)) {
          throw new HttpSetupException(
              "Key '"
                  + k.name()
                  + "' names profile '"
                  + p
                  + "', which does not exist. "
                  + "Profiles: "
                  + String.join(", ", profiles)
                  + ".");
        }
      }
      try {
        k.selection().requireKnown(known);
      } catch (IllegalArgumentException e) {
        throw new HttpSetupException("Key '" + k.name() + "': " + e.getMessage());
      }
    }
  }

  private static void servlet(Context ctx, String name, HttpServlet servlet, String... paths) {
    Tomcat.addServlet(ctx, name, servlet).setAsyncSupported(true);
    for (String p : paths) {
      ctx.addServletMappingDecoded(p, name);
    }
  }

  /** Adds a filter for requests; the map returned can add dispatcher types. */
  private static FilterMap filter(Context ctx, String name, Filter filter, String... paths) {
    FilterDef def = new FilterDef();
    def.setFilterName(name);
    def.setFilter(filter);
    def.setAsyncSupported("true");
    ctx.addFilterDef(def);
    FilterMap map = new FilterMap();
    map.setFilterName(name);
    for (String p : paths) {
      map.addURLPatternDecoded(p);
    }
    map.setDispatcher("REQUEST");
    ctx.addFilterMap(map);
    return map;
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (var files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder
    }
  }
}
