package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up loads only what the first answers need: the jar's classes as the JVM loads them ({@code
 * -Xlog:class+load}) show no JSON Schema validator, database, browser, HTTP client or server, and
 * no XML logging configuration until a call needs them. Pins the property, not a time.
 */
class StartupLoadingE2ETest {

  /**
   * What only a tool call, a data call or the HTTP transport may load: the JSON Schema validator,
   * the databases, the browser driver, the HTTP client (its URL parser checks profile URLs), the
   * HTTP server, Logback's XML configuration with the XML parser, and the YAML reader of tenant
   * configurations.
   */
  static final List<String> LATER =
      List.of(
          "com.networknt.",
          "org.h2.",
          "org.h2gis.",
          "com.zaxxer.hikari.",
          "org.postgresql.",
          "com.microsoft.playwright.",
          "okhttp3.OkHttpClient",
          "okhttp3.internal.",
          "org.apache.catalina.",
          "org.apache.tomcat.",
          "ch.qos.logback.classic.joran.",
          "ch.qos.logback.core.joran.action.",
          "ch.qos.logback.core.model.",
          "com.sun.org.apache.xerces.",
          "tools.jackson.dataformat.yaml.",
          "org.snakeyaml.");

  /** What a 2025 client never needs: the server of revision 2026-07-28. */
  static final List<String> REVISION_2026 =
      List.of(
          "io.cartomaps.mcp.server.Mcp2026", "io.modelcontextprotocol.modern.server.McpServer$");

  @TempDir Path dir;

  @Test
  void serveAnswersInitializeAndListsWithoutLoadingWhatOnlyCallsNeed() throws Exception {
    Path log = dir.resolve("classes.log");
    try (StdioSession s = new StdioSession(Jar.path(), env(log), "serve")) {
      s.initialize();
      for (String list : List.of("tools/list", "resources/list", "prompts/list")) {
        assertFalse(s.request(list, null).has("error"), list);
      }
      assertEquals(List.of(), loaded(log, LATER), "loaded before the first tool call");
      assertEquals(
          List.of(), loaded(log, List.of("picocli.")), "plain serve built the CLI's command model");
      assertEquals(
          List.of(), loaded(log, REVISION_2026), "a 2025 session built the 2026-07-28 server");

      s.tool("list_maps", "{}");
      assertEquals(
          List.of(),
          loaded(log, List.of("org.h2.")),
          "listing an empty workspace opened the store");
      s.tool("validate_bundle", "{\"bundle\":{\"title\":\"t\"}}");
      assertTrue(
          loaded(log, List.of("com.networknt.")).size() > 0,
          "the first validation loads the validator");
    }
  }

  @Test
  void cliCommandsWithoutDataLoadNoDatabase() throws Exception {
    Path log = dir.resolve("cli.log");
    for (List<String> args :
        List.of(List.of("maps", "list"), List.of("maps", "schema"), List.of("--help"))) {
      List<String> cmd = new java.util.ArrayList<>(List.of("java", "-jar", Jar.path().toString()));
      cmd.addAll(args);
      Jar.Run r = Jar.run(cmd, env(log), dir, 120);
      assertEquals(0, r.exit(), args + ": " + r.stderr());
      assertEquals(List.of(), loaded(log, LATER), args.toString());
    }
  }

  private Map<String, String> env(Path log) {
    return Map.of(
        "CARTO_MAPS_HOME",
        dir.resolve("home").toString(),
        "CARTO_CREDENTIALS_FILE",
        dir.resolve("none.json").toString(),
        "JAVA_TOOL_OPTIONS",
        "-Xlog:class+load=info:file=" + log);
  }

  /** Loaded classes whose names start with any of the prefixes. */
  static List<String> loaded(Path log, List<String> prefixes) throws Exception {
    return Files.readAllLines(log).stream()
        .map(line -> line.replaceFirst("^\\S+ ", "").replaceFirst(" source: .*$", ""))
        .filter(name -> prefixes.stream().anyMatch(name::startsWith))
        .collect(Collectors.toList());
  }
}
