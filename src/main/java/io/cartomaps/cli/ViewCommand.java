package io.cartomaps.cli;

import io.cartomaps.backend.BackendException;
import io.cartomaps.render.ViewerServer;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code view [map-id]}: serves the interactive viewer of local maps on 127.0.0.1 until stopped.
 */
@Command(
    name = "view",
    mixinStandardHelpOptions = true,
    description =
        "Open local maps in a browser: serves the viewer on 127.0.0.1 (the builderUrl/viewerUrl of local maps; `serve` serves them itself while it runs).")
final class ViewCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "<map-id>")
  String mapId;

  @Option(
      names = "--port",
      defaultValue = "8766",
      description = "Port on 127.0.0.1 (local maps' URLs point at 8766).")
  int port;

  @Override
  int run() {
    var previews = services().previews();
    if (mapId != null) {
      services().maps().bundle(global.profile, mapId); // unknown id → a clear error before serving
    }
    try (ViewerServer server =
        ViewerServer.start(
            port,
            id -> {
              try {
                return previews.input(global.profile, id);
              } catch (BackendException e) {
                return null;
              }
            })) {
      out()
          .println("Serving local maps on http://127.0.0.1:" + server.port() + " (Ctrl-C to stop)");
      if (mapId != null) {
        out().println("  " + server.viewUri(mapId));
      }
      out().flush();
      new CountDownLatch(1).await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
