package io.cartomaps.cli;

import io.cartomaps.app.Services;
import io.cartomaps.http.HttpSettings;
import io.cartomaps.http.McpHttpServer;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.server.ServerFactory;
import java.util.HashSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code serve}: the MCP server over stdio (the default command). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Run the MCP server on stdio, or over HTTP with --http.")
final class ServeCommand extends CliCommand {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Option(names = "--read-only", description = "Offer no tool that changes maps.")
  boolean readOnly;

  @Option(names = "--tools", split = ",", description = "Offer only these tools.")
  List<String> tools;

  @Option(names = "--exclude-tools", split = ",", description = "Do not offer these tools.")
  List<String> excludeTools;

  @Mixin HttpServeOptions http = new HttpServeOptions();

  @Override
  int run() {
    ToolSelection selection = selection();
    HttpSettings httpSettings = http.enabled ? http.settings(selection) : null;
    Services s = services();
    if (httpSettings == null) {
      return StdioServe.serve(s, selection, stdin(), root().stdout);
    }
    s.serveLocalLinks().run();
    return serveHttp(httpSettings, new ServerFactory(s, selection));
  }

  private int serveHttp(HttpSettings settings, ServerFactory factory) {
    McpHttpServer server = McpHttpServer.start(settings, factory).stopOnShutdown();
    LOG.info(
        "carto-maps-mcp serving {} tools on http://{}:{}{} ({}; {})",
        factory.tools().size(),
        settings.host(),
        server.port(),
        McpHttpServer.MCP,
        settings.stateless() ? "stateless" : "sessions, legacy SSE at /sse",
        settings.keys().isEmpty()
            ? "no authentication: loopback only"
            : settings.keys().keys().size() + " API key(s)");
    try {
      server.awaitStop();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  ToolSelection selection() {
    return new ToolSelection(
        readOnly,
        tools == null ? null : new HashSet<>(tools),
        excludeTools == null ? null : new HashSet<>(excludeTools));
  }
}
