package io.cartomaps.cli;

import io.cartomaps.backend.local.workspace.H2Loopback;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What start-up and the commands without data load, run once: an MCP session over stdio that
 * initialises, lists its features and validates a bundle, and discovers the server as a client of
 * revision 2026-07-28 does, then help, {@code maps schema}, {@code maps validate} and {@code maps
 * list}. The launcher ({@code carto-maps-mcp} next to the jar) runs it with {@code
 * -XX:ArchiveClassesAtExit} (JDK 17–24) or {@code -XX:AOTCacheOutput} (JDK 25+) to record a
 * class-data archive or AOT cache that later starts use. Run it with {@code CARTO_MAPS_HOME} set to
 * a scratch folder: it reads the workspace as any command would.
 */
public final class StartupTraining {

  /** A small valid bundle: one table dataset and one layer. */
  static final String BUNDLE =
      """
      {"title":"Training","datasets":[{"$ref":"shops","type":"table","source":"samples.places",
       "connectionId":"local","geoColumn":"geom","columns":["geom","name"],"format":"tilejson","label":"Places"}],
       "keplerMapConfig":{"version":"v1","config":{
        "mapState":{"latitude":41.39,"longitude":2.17,"zoom":3,"pitch":0,"bearing":0},
        "mapStyle":{"styleType":"positron"},
        "visState":{"layers":[{"id":"L1","type":"tileset","config":{"dataId":"$ref:shops","label":"Places",
          "color":[200,60,40],"isVisible":true,"columns":{},"visConfig":{"filled":true,"opacity":0.8,"radius":4}},
          "visualChannels":{"colorField":null,"colorScale":"quantize"}}],"filters":[]}}}}""";

  /** What a client of revision 2026-07-28 sends with each request instead of a handshake. */
  private static final String META =
      "\"_meta\":{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
          + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"startup-training\",\"version\":\"1\"},"
          + "\"io.modelcontextprotocol/clientCapabilities\":{}}";

  private StartupTraining() {}

  public static void main(String[] args) {
    H2Loopback.apply();
    PrintStream sink =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    System.setOut(sink);
    Answers answers = new Answers();
    RootCommand.commandLine(
            new PrintStream(answers, true, StandardCharsets.UTF_8),
            sink,
            session(answers),
            RootCommand::openServices)
        .execute("serve");
    run(sink, InputStream.nullInputStream(), "--help");
    run(sink, InputStream.nullInputStream(), "maps", "--help");
    run(sink, InputStream.nullInputStream(), "maps", "schema");
    run(sink, InputStream.nullInputStream(), "maps", "schema", "layer.tileset");
    run(sink, InputStream.nullInputStream(), "maps", "validate", BUNDLE);
    run(sink, InputStream.nullInputStream(), "maps", "validate", "--json", "{\"title\":1}");
    run(sink, InputStream.nullInputStream(), "maps", "list");
    System.exit(0);
  }

  private static void run(PrintStream sink, InputStream stdin, String... args) {
    RootCommand.commandLine(sink, sink, stdin, RootCommand::openServices).execute(args);
  }

  /**
   * The requests an MCP client sends first, then a validation, then the first requests of a
   * 2026-07-28 client; stdin closes once the last is answered.
   */
  static InputStream session(Answers answers) {
    String compact = BUNDLE.replace("\n", "");
    String lines =
        String.join(
                "\n",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-11-25\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"startup-training\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"resources/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"prompts/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"validate_bundle\","
                    + "\"arguments\":{\"bundle\":"
                    + compact
                    + "}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"server/discover\",\"params\":{"
                    + META
                    + "}}",
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/list\",\"params\":{"
                    + META
                    + "}}")
            + "\n";
    return new SequenceInputStream(
        new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)),
        new InputStream() {
          @Override
          public int read() {
            answers.awaitLast();
            return -1;
          }
        });
  }

  /** The server's stdout; counts answer lines so stdin can close after the last one. */
  static final class Answers extends OutputStream {

    private static final int LAST = 7;
    private final CountDownLatch last = new CountDownLatch(LAST);

    @Override
    public void write(int b) {
      if (b == '\n') {
        last.countDown();
      }
    }

    void awaitLast() {
      try {
        last.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
