package io.cartomaps.cli;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.json.Json;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.mcp.stdio.StdioServer;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MCP server on stdio. Client configurations start {@code serve} with no option (or the program
 * with no argument) at the start of every agent session, so that command line is recognised here
 * and served without building the CLI's command model: picocli would reflect over every command
 * before the first answer. Any other command line, {@code serve --help} or {@code serve
 * --read-only} included, goes through {@link RootCommand}, which serves the same way through {@link
 * ServeCommand}.
 */
public final class StdioServe {

  private static final Logger LOG = LoggerFactory.getLogger(StdioServe.class);

  private StdioServe() {}

  /** Whether {@code args} is the plain stdio server: no argument, or {@code serve} alone. */
  public static boolean isPlainServe(String[] args) {
    return args.length == 0 || args.length == 1 && "serve".equals(args[0]);
  }

  /**
   * Serves with default options until stdin ends; returns the exit code. A failure before serving
   * (a profile that cannot be read, say) is reported on stderr as every command reports it.
   */
  public static int plain(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    warmJsonInBackground();
    Services services;
    try {
      services = Wiring.open(ProfileOverrides.of(null, null, null), null);
    } catch (RuntimeException e) {
      return CliErrors.report(
          e, false, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }
    try (services) {
      return serve(services, new ToolSelection(false, null, null), stdin, stdout);
    } catch (RuntimeException e) {
      return CliErrors.report(
          e, false, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }
  }

  /**
   * Builds the JSON mapper on the second core while this thread sets up logging and the services:
   * every answer needs the mapper, and building it is a tenth of the way to the first one. Jackson
   * shares no class with logging, so the two cannot wait on each other's class initialisation.
   */
  private static void warmJsonInBackground() {
    Thread warm = new Thread(() -> Json.compact(Json.parse("{\"warm\":[1]}")), "json-warm-up");
    warm.setDaemon(true);
    warm.start();
  }

  /** Serves {@code selection} of the tools of {@code services} on stdio until stdin ends. */
  static int serve(
      Services services, ToolSelection selection, InputStream stdin, PrintStream stdout) {
    services.serveLocalLinks().run();
    ServerFactory factory = new ServerFactory(services, selection);
    LOG.info(
        "carto-maps-mcp serving {} tools on stdio (profile {})",
        factory.tools().size(),
        services.maps().backends().defaultProfile());
    new StdioServer(factory, stdin, stdout).run();
    return 0;
  }
}
