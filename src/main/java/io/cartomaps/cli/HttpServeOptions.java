package io.cartomaps.cli;

import io.cartomaps.http.ApiKeyFile;
import io.cartomaps.http.ApiKeys;
import io.cartomaps.http.HttpSettings;
import io.cartomaps.mcp.ToolSelection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of {@code serve --http}. */
final class HttpServeOptions {

  @Option(
      names = "--http",
      description =
          "Serve MCP over HTTP (Streamable HTTP at /mcp, legacy SSE at /sse) instead of stdio.")
  boolean enabled;

  @Option(
      names = "--host",
      defaultValue = HttpSettings.DEFAULT_HOST,
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}). Any other than loopback needs --keys-file.")
  String host;

  @Option(
      names = "--port",
      defaultValue = "" + HttpSettings.DEFAULT_PORT,
      description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--stateless",
      description = "No sessions: any instance can answer any request (no legacy SSE).")
  boolean stateless;

  @Option(
      names = "--allowed-origin",
      split = ",",
      description = "Browser Origin allowed besides the server's own address.")
  List<String> allowedOrigins;

  @Option(
      names = "--allowed-host",
      split = ",",
      description = "Host header allowed besides the server's own address (a name behind a proxy).")
  List<String> allowedHosts;

  @Option(
      names = "--keys-file",
      description =
          "This server's API keys (hashes; see 'keys create'). "
              + "Default: CARTO_MAPS_KEYS_FILE, or "
              + KeysCommand.DEFAULT_FILE_DESCRIPTION
              + " if it exists.")
  Path keysFile;

  @Option(
      names = "--max-request-bytes",
      defaultValue = "" + HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
      description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
  int maxRequestBytes;

  @Option(
      names = "--drain-seconds",
      defaultValue = "20",
      description = "On stop, how long calls in flight may finish (default: ${DEFAULT-VALUE}).")
  int drainSeconds;

  HttpSettings settings(ToolSelection tools) {
    return new HttpSettings(
        host,
        port,
        stateless,
        allowedOrigins,
        allowedHosts,
        keys(),
        tools,
        maxRequestBytes,
        Duration.ofSeconds(Math.max(0, drainSeconds)));
  }

  private ApiKeys keys() {
    if (keysFile != null) {
      return ApiKeyFile.load(keysFile);
    }
    Path fallback = KeysCommand.defaultFile();
    return Files.isRegularFile(fallback) ? ApiKeyFile.load(fallback) : ApiKeys.NONE;
  }
}
