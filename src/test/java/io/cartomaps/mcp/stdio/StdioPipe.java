package io.cartomaps.mcp.stdio;

import io.cartomaps.app.Services;
import io.cartomaps.json.Json;
import io.cartomaps.maps.TestMaps;
import io.cartomaps.mcp.ToolSelection;
import io.cartomaps.mcp.server.ServerFactory;
import io.cartomaps.validate.SchemaSections;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A {@link StdioServer} in this JVM on pipes: the test writes raw bytes to its stdin and reads its
 * stdout lines.
 */
final class StdioPipe implements AutoCloseable {

  final PipedOutputStream stdin = new PipedOutputStream();
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  final Thread server;

  StdioPipe() throws IOException {
    this(StdioServer.MAX_LINE_BYTES);
  }

  StdioPipe(int maxLineBytes) throws IOException {
    PipedInputStream serverIn = new PipedInputStream(stdin, 1 << 16);
    PipedInputStream testIn = new PipedInputStream(1 << 16);
    PipedOutputStream serverOut = new PipedOutputStream(testIn);
    StdioServer s = new StdioServer(factory(), serverIn, serverOut, maxLineBytes);
    server =
        new Thread(
            () -> {
              s.run();
              try {
                serverOut.close();
              } catch (IOException e) {
                // test over
              }
            },
            "stdio-server-under-test");
    server.start();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(testIn, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  lines.add(line);
                }
              } catch (IOException e) {
                // server gone
              }
            },
            "stdio-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** A server with every tool over a local test workspace. */
  static ServerFactory factory() {
    Services services =
        new Services(
            TestMaps.service("local"),
            SchemaSections.get(),
            null,
            Path.of("target/screenshots"),
            () -> {});
    return new ServerFactory(services, ToolSelection.ALL);
  }

  void send(String text) throws IOException {
    send(text.getBytes(StandardCharsets.UTF_8));
  }

  void send(byte[] bytes) throws IOException {
    stdin.write(bytes);
    stdin.flush();
  }

  /** The next stdout line as JSON (bounded wait); every line must be JSON. */
  JsonNode next() throws InterruptedException {
    String line = lines.poll(30, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("no answer on stdout within 30 s");
    }
    return Json.parse(line);
  }

  JsonNode initialize() throws Exception {
    send(
        "{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
            + "\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}\n");
    JsonNode r = next();
    send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
    return r;
  }

  /** Closes stdin and says whether the server returned within the bound. */
  boolean closeAndAwaitExit() throws Exception {
    stdin.close();
    server.join(TimeUnit.SECONDS.toMillis(40));
    return !server.isAlive();
  }

  @Override
  public void close() throws IOException {
    stdin.close();
  }
}
