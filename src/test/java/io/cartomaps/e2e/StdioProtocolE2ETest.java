package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Drives every tool of the real jar over stdio with a canary CARTO credential configured
 * (environment and credentials file), and checks that stdout carried JSON-RPC only and that the
 * canary appears in no output, log or file.
 */
class StdioProtocolE2ETest {

  @TempDir Path home;

  @Test
  void malformedLinesGetJsonRpcErrorsTheServerKeepsServingAndExitsWhenStdinCloses()
      throws Exception {
    Map<String, String> env =
        Map.of(
            "CARTO_MAPS_HOME",
            home.toString(),
            "CARTO_CREDENTIALS_FILE",
            home.resolve("none.json").toString());
    try (StdioSession s = new StdioSession(Jar.path(), env, "serve")) {
      s.initialize();
      String deep = "[".repeat(900) + "]".repeat(900);
      List<byte[]> bad =
          List.of(
              "\n".getBytes(StandardCharsets.UTF_8),
              "garbage\n".getBytes(StandardCharsets.UTF_8),
              "{\"jsonrpc\":\"2.0\",\"id\":5\n".getBytes(StandardCharsets.UTF_8),
              "[{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}]\n"
                  .getBytes(StandardCharsets.UTF_8),
              "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}\n"
                  .getBytes(StandardCharsets.UTF_8),
              "{\"id\":5,\"method\":\"ping\"}\n".getBytes(StandardCharsets.UTF_8),
              new byte[] {'"', (byte) 0xff, '"', '\n'},
              ("{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"validate_bundle\","
                      + "\"arguments\":{\"bundle\":"
                      + deep
                      + "}}}\n")
                  .getBytes(StandardCharsets.UTF_8));
      for (byte[] line : bad) {
        s.sendRaw(line);
      }
      List<Integer> codes = new ArrayList<>();
      for (int i = 1; i < bad.size(); i++) { // the blank line has no answer
        JsonNode error = s.nextMessage();
        assertTrue(error.has("error") && error.has("id"), error.toString());
        codes.add(error.at("/error/code").asInt());
      }
      assertEquals(List.of(-32700, -32700, -32600, -32600, -32600, -32700, -32700), codes);
      assertTrue(s.request("tools/list", null).at("/result/tools").size() > 5, "still serving");
      assertEquals(0, s.finish(), "exit code after stdin closed");
    }
  }

  @Test
  void everyToolKeepsStdoutJsonRpcAndNeverLeaksTheCredential() throws Exception {
    String canary = "canary-" + UUID.randomUUID();
    String fileCanary = "filecanary-" + UUID.randomUUID();
    Path creds = home.resolve("credentials.json");
    Files.writeString(
        creds,
        """
        {"current_profile":"org","profiles":{"org":{"token":"%s","tenant_id":"gcp-us-east1",
         "tenant_domain":"org.example.test","organization_id":"ac_test","organization_name":"Org","user_email":"a@b.c"}}}
        """
            .formatted(fileCanary));
    Map<String, String> env =
        Map.of(
            "CARTO_MAPS_HOME",
            home.toString(),
            "CARTO_CREDENTIALS_FILE",
            creds.toString(),
            "CARTO_API_TOKEN",
            canary,
            "CARTO_WORKSPACE_URL",
            "http://127.0.0.1:9");
    List<JsonNode> results = new ArrayList<>();
    try (StdioSession s =
        new StdioSession(
            Jar.path(), env, "serve", "--profile", "local", "--base-url", "http://127.0.0.1:9")) {
      JsonNode init = s.initialize();
      assertEquals("carto-maps-mcp", init.at("/result/serverInfo/name").asString());
      results.add(s.request("tools/list", null));
      results.add(s.request("resources/list", null));
      results.add(s.request("prompts/list", null));
      JsonNode unknown = s.request("no/such/method", null);
      assertEquals(-32601, unknown.at("/error/code").asInt(), unknown.toString());

      JsonNode conns = s.tool("explore_data", "{}");
      String connectionId = conns.at("/structuredContent/connections/0/id").asString();
      JsonNode tables = s.tool("explore_data", "{\"connection\":\"local\"}");
      String table = tables.at("/structuredContent/tables/0/name").asString();
      results.add(s.tool("explore_data", "{\"connection\":\"local\",\"table\":\"" + table + "\"}"));
      results.add(s.tool("schema_section", "{\"section\":\"privacy\"}"));
      results.add(s.tool("agents_status", "{}"));
      String bundle =
          Files.readString(Path.of("src/test/resources/bundles/minimal.json"))
              .replace("00000000-0000-0000-0000-000000000001", connectionId);
      results.add(s.tool("validate_bundle", "{\"bundle\":" + bundle + "}"));
      results.add(s.tool("create_map", "{\"bundle\":" + bundle + "}"));
      JsonNode created =
          s.tool("create_map", "{\"bundle\":{\"title\":\"Empty\",\"privacy\":\"public\"}}");
      results.add(created);
      String id = created.at("/structuredContent/id").asString();
      results.add(s.tool("get_bundle", "{\"map_id\":\"" + id + "\"}"));
      results.add(
          s.tool(
              "update_map",
              "{\"map_id\":\"" + id + "\",\"bundle\":{\"title\":\"T\"},\"dry_run\":true}"));
      results.add(s.tool("update_map", "{\"map_id\":\"" + id + "\",\"bundle\":{\"title\":\"T\"}}"));
      results.add(s.tool("publish_map", "{\"map_id\":\"" + id + "\"}"));
      results.add(s.tool("list_maps", "{}"));
      results.add(
          s.tool(
              "update_dataset",
              "{\"map_id\":\"" + id + "\",\"dataset_id\":\"nope\",\"fields\":{}}"));
      results.add(s.tool("copy_map", "{\"map_id\":\"" + id + "\",\"dest_profile\":\"local\"}"));
      // The CARTO profile cannot be reached here: its failures must not echo the token either.
      results.add(s.tool("list_maps", "{\"profile\":\"org\"}"));
      results.add(s.tool("agents_status", "{\"profile\":\"org\"}"));
      results.add(s.tool("copy_map", "{\"map_id\":\"" + id + "\",\"dest_profile\":\"org\"}"));
      results.add(s.tool("delete_map", "{\"map_id\":\"" + id + "\"}"));
      assertEquals(0, s.finish(), "exit code after stdin closed");

      for (String line : s.stdoutLines) {
        JsonNode msg = Json.parse(line);
        assertEquals("2.0", msg.path("jsonrpc").asString(), "not JSON-RPC on stdout: " + line);
      }
      assertTrue(s.stdoutLines.size() >= results.size(), "responses on stdout");
      String everything = String.join("\n", s.stdoutLines) + s.stderr;
      for (String secret : List.of(canary, fileCanary)) {
        assertFalse(everything.contains(secret), "credential leaked to stdout/stderr");
        try (Stream<Path> files = Files.walk(home)) {
          for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.equals(creds)).toList()) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            assertFalse(text.contains(secret), "credential written to " + f);
          }
        }
      }
      assertTrue(
          results.get(results.size() - 4).path("isError").asBoolean(),
          "unreachable CARTO profile is a tool error");
    }
  }
}
