package io.cartomaps.cli;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.mcp.stdio.StdioServer;
import io.cartomaps.mcp.stdio.StdioStart;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.LoggerFactory;

/**
 * The MCP server on stdio. Client configurations start {@code serve} with no option (or the program
 * with no argument) at the start of every agent session, so that command line is recognised here
 * and served without building the CLI's command model: picocli would reflect over every command
 * before the first answer. The services and the server are built on a second thread while this one
 * reads the client's first line and, when it is {@code initialize}, answers it ({@link
 * StdioStart}); logging starts on that second thread, so nothing here logs before it is built. Any
 * other command line, {@code serve --help} or {@code serve --read-only} included, goes through
 * {@link RootCommand}, which serves the same way through {@link ServeCommand}.
 */
public final class StdioServe {

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
    CompletableFuture<Built> building = new CompletableFuture<>();
    Thread build =
        new Thread(
            () -> {
              try {
                Services services = Wiring.open(ProfileOverrides.of(null, null, null), null);
                try {
                  building.complete(
                      new Built(
                          services,
                          new ServerFactory(services, new ToolSelection(false, null, null))));
                } catch (RuntimeException | Error e) {
                  services.close();
                  throw e;
                }
              } catch (Throwable e) {
                building.completeExceptionally(e);
              }
            },
            "start-up");
    build.setDaemon(true);
    build.start();
    StdioStart start = StdioStart.read(stdin, stdout);
    Built built;
    try {
      built = building.join();
    } catch (CompletionException e) {
      return report(e.getCause(), stdout, stderr);
    }
    try (Services services = built.services()) {
      return serve(services, built.factory(), start, stdout);
    } catch (RuntimeException e) {
      return report(e, stdout, stderr);
    }
  }

  private record Built(Services services, ServerFactory factory) {}

  private static int report(Throwable e, PrintStream stdout, PrintStream stderr) {
    if (e instanceof Error error) {
      throw error;
    }
    return CliErrors.report(
        e instanceof Exception ex ? ex : new IllegalStateException(e),
        false,
        new PrintWriter(stdout, true),
        new PrintWriter(stderr, true));
  }

  /** Serves {@code selection} of the tools of {@code services} on stdio until stdin ends. */
  static int serve(
      Services services, ToolSelection selection, InputStream stdin, PrintStream stdout) {
    ServerFactory factory = new ServerFactory(services, selection);
    return serve(services, factory, StdioStart.read(stdin, stdout), stdout);
  }

  private static int serve(
      Services services, ServerFactory factory, StdioStart start, PrintStream stdout) {
    services.serveLocalLinks().run();
    LoggerFactory.getLogger(StdioServe.class)
        .info(
            "carto-maps-mcp serving {} tools on stdio (profile {})",
            factory.tools().size(),
            services.maps().backends().defaultProfile());
    new StdioServer(factory, start, stdout).run();
    return 0;
  }
}
