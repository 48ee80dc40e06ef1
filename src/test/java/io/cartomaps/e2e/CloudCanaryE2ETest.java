package io.cartomaps.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.cloud.fakeorg.Failure;
import io.cartomaps.backend.cloud.fakeorg.FakeCartoOrg;
import io.cartomaps.backend.cloud.fakeorg.Fault;
import io.cartomaps.backend.cloud.fakeorg.Host;
import io.cartomaps.backend.cloud.fakeorg.RecordedCall;
import io.cartomaps.backend.cloud.fakeorg.TableCatalogue;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The real jar over stdio against a fake CARTO organisation running in this JVM: a credentials file
 * names a profile on it, {@code CARTO_WORKSPACE_URL} and {@code --base-url} point both hosts at it,
 * and its token ends in a unique canary. Every tool is driven against that profile, in success and
 * through the failures the organisation injects (401, 429 with Retry-After, 500, malformed JSON, a
 * dropped connection). The canary reaches the organisation only in the Authorization header, and
 * appears in no stdout or stderr line, no file, no returned URL; stdout carries JSON-RPC only.
 */
class CloudCanaryE2ETest {

  static final String ORG_LOCAL = "0c0c0c0c-0000-4000-8000-00000000e001";
  static final String ORG_WAREHOUSE = "0c0c0c0c-0000-4000-8000-00000000e002";

  @TempDir Path home;
  String canary;
  String token;
  FakeCartoOrg org;
  Path credentials;
  final List<JsonNode> results = new ArrayList<>();

  @BeforeEach
  void startOrganisation() throws Exception {
    canary = "canary-" + UUID.randomUUID();
    // A login token (JWT) whose subject owns the organisation's maps and whose signature is the
    // canary.
    token =
        b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}")
            + "."
            + b64("{\"sub\":\"" + FakeCartoOrg.OWNER + "\",\"exp\":4102444800}")
            + "."
            + canary;
    org =
        FakeCartoOrg.start(token)
            .addConnection(
                ORG_LOCAL, LocalConnection.NAME, "postgres", TableCatalogue.localSamples())
            .addConnection(ORG_WAREHOUSE, "warehouse", "postgres", TableCatalogue.localSamples());
    credentials = home.resolve("credentials.json");
    Files.writeString(
        credentials,
        """
        {"current_profile":"fakeorg","profiles":{"fakeorg":{"token":"%s","tenant_id":"%s","tenant_domain":"%s",
         "organization_id":"ac_fakeorg","organization_name":"Fake Org","user_email":"me@fake-org.test"}}}
        """
            .formatted(token, FakeCartoOrg.TENANT_ID, FakeCartoOrg.TENANT_DOMAIN));
  }

  @AfterEach
  void stopOrganisation() throws Exception {
    org.close();
  }

  static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyToolOnTheCloudProfileKeepsTheTokenToTheAuthorizationHeader() throws Exception {
    Map<String, String> env =
        Map.of(
            "CARTO_MAPS_HOME",
            home.toString(),
            "CARTO_CREDENTIALS_FILE",
            credentials.toString(),
            "CARTO_WORKSPACE_URL",
            org.workspaceUrl(),
            "CARTO_API_TOKEN",
            "",
            "CARTO_PROFILE",
            "",
            "CARTO_TENANT_DOMAIN",
            "");
    String bundle =
        Files.readString(Path.of("src/test/resources/bundles/samples.json"))
            .replace(LocalConnection.ID, ORG_LOCAL);
    try (StdioSession s = new StdioSession(Jar.path(), env, "serve", "--base-url", org.apiUrl())) {
      s.initialize();
      results.add(s.request("tools/list", null));

      JsonNode connections = ok(s, "explore_data", "{}");
      assertEquals(
          List.of("local", "warehouse"), names(connections.at("/structuredContent/connections")));
      ok(s, "explore_data", "{\"connection\":\"local\"}");
      JsonNode table =
          ok(s, "explore_data", "{\"connection\":\"local\",\"table\":\"samples.places\"}");
      assertEquals(9062, table.at("/structuredContent/table/rowCount").asLong(), table.toString());
      JsonNode agents = ok(s, "agents_status", "{}");
      assertTrue(agents.at("/structuredContent/enabled").asBoolean(), agents.toString());
      JsonNode valid = ok(s, "validate_bundle", "{\"bundle\":" + bundle + ",\"remote\":true}");
      assertTrue(valid.at("/structuredContent/valid").asBoolean(), valid.toString());
      JsonNode unknownTable =
          ok(
              s,
              "validate_bundle",
              "{\"bundle\":"
                  + bundle.replace("samples.places", "samples.nowhere")
                  + ",\"remote\":true}");
      assertTrue(
          unknownTable.toString().contains("relation \\\"samples.nowhere\\\" does not exist"),
          unknownTable.toString());

      JsonNode created = ok(s, "create_map", "{\"bundle\":" + bundle + "}");
      String id = created.at("/structuredContent/id").asString();
      assertEquals(
          "https://" + FakeCartoOrg.TENANT_DOMAIN + "/builder/" + id,
          created.at("/structuredContent/builderUrl").asString());
      assertTrue(org.mapIds().contains(id));
      assertEquals(1, ok(s, "list_maps", "{}").at("/structuredContent/maps").size());
      assertEquals(
          1,
          ok(s, "list_maps", "{\"mine\":true,\"tags\":[\"samples\"],\"search\":\"places\"}")
              .at("/structuredContent/maps")
              .size());
      JsonNode got = ok(s, "get_bundle", "{\"map_id\":\"" + id + "\"}");
      String datasetId = got.at("/structuredContent/bundle/datasets/0/id").asString();
      ok(
          s,
          "update_map",
          "{\"map_id\":\"" + id + "\",\"bundle\":{\"title\":\"Dry\"},\"dry_run\":true}");
      ok(s, "update_map", "{\"map_id\":\"" + id + "\",\"bundle\":{\"title\":\"Large places\"}}");
      assertEquals("Large places", org.map(id).get("title").asString());
      ok(
          s,
          "update_dataset",
          "{\"map_id\":\""
              + id
              + "\",\"dataset_id\":\""
              + datasetId
              + "\",\"fields\":{\"label\":\"Big places\"}}");
      ok(s, "publish_map", "{\"map_id\":\"" + id + "\"}");
      assertTrue(org.snapshot(id) != null, "published");

      JsonNode toLocal =
          ok(s, "copy_map", "{\"map_id\":\"" + id + "\",\"dest_profile\":\"local\"}");
      String localId = toLocal.at("/structuredContent/id").asString();
      JsonNode toCloud =
          ok(
              s,
              "copy_map",
              "{\"map_id\":\""
                  + localId
                  + "\",\"source_profile\":\"local\","
                  + "\"dest_profile\":\"fakeorg\",\"connection_mapping\":{\"local\":\"warehouse\"}}");
      String copyId = toCloud.at("/structuredContent/id").asString();
      assertEquals(ORG_WAREHOUSE, org.datasets(copyId).get(0).get("connectionId").asString());

      // Failures the organisation injects.
      org.inject(Fault.nth(1, "GET /maps/*", Failure.status(401)));
      assertError(
          s,
          "get_bundle",
          "{\"map_id\":\"" + id + "\"}",
          "UNAUTHORIZED",
          "token expired or invalid");
      org.inject(Fault.nth(1, "GET /v3/organization-maps", Failure.rateLimited(1)));
      assertEquals(
          2, ok(s, "list_maps", "{}").at("/structuredContent/maps").size(), "a 429 is waited out");
      assertAnswered("GET /v3/organization-maps", 429);
      org.inject(Fault.nth(1, "POST /maps/*/publish", Failure.rateLimited(1)));
      assertError(s, "publish_map", "{\"map_id\":\"" + id + "\"}", "RATE_LIMITED", "wait 1 s");
      org.inject(Fault.nth(1, "GET /maps/*/datasets", Failure.status(500)));
      ok(s, "get_bundle", "{\"map_id\":\"" + id + "\"}");
      assertAnswered("GET /maps/*/datasets", 500);
      org.inject(Fault.fromNth(1, "GET /settings/carto-ai", Failure.status(500)));
      assertError(s, "agents_status", "{}", "UNAVAILABLE", "try again later");
      org.clearFaults();
      org.inject(Fault.nth(1, "GET /maps/*", Failure.malformedJson()));
      assertError(
          s,
          "get_bundle",
          "{\"map_id\":\"" + id + "\"}",
          "BAD_RESPONSE",
          "malformed or truncated JSON");
      org.inject(Fault.nth(1, "GET /connections", Failure.dropped()));
      ok(s, "explore_data", "{}");
      assertAnswered("GET /connections", 0);
      org.inject(Fault.nth(1, "PATCH /maps/*", Failure.status(500)));
      assertError(
          s,
          "create_map",
          "{\"bundle\":" + bundle + "}",
          "WRITE_FAILED",
          "the partial map was removed");
      org.clearFaults();

      ok(s, "delete_map", "{\"map_id\":\"" + id + "\"}");
      ok(s, "delete_map", "{\"map_id\":\"" + copyId + "\"}");
      ok(s, "delete_map", "{\"map_id\":\"" + localId + "\",\"profile\":\"local\"}");
      assertEquals(List.of(), List.copyOf(org.mapIds()), "the organisation is empty again");
      assertEquals(0, s.finish(), "exit code after stdin closed");

      assertStdoutIsJsonRpcOnly(s);
      assertTheCanaryStayedInTheAuthorizationHeader(s);
    }
  }

  private JsonNode ok(StdioSession s, String tool, String args) throws Exception {
    JsonNode r = s.tool(tool, args);
    results.add(r);
    assertFalse(r.path("isError").asBoolean(), tool + " " + args + " failed: " + r);
    return r;
  }

  private void assertError(StdioSession s, String tool, String args, String code, String says)
      throws Exception {
    JsonNode r = s.tool(tool, args);
    results.add(r);
    assertTrue(r.path("isError").asBoolean(), tool + " should have failed: " + r);
    assertEquals(code, r.at("/structuredContent/error/code").asString(), r.toString());
    assertTrue(r.at("/structuredContent/error/message").asString().contains(says), r.toString());
  }

  /**
   * The organisation did answer {@code route} with {@code status} (0: dropped the connection) at
   * some point.
   */
  private void assertAnswered(String route, int status) {
    assertTrue(
        org.requests().stream().anyMatch(c -> c.route().equals(route) && c.status() == status),
        route + " was answered with " + status);
  }

  private static List<String> names(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.get("name").asString()));
    return out;
  }

  private static void assertStdoutIsJsonRpcOnly(StdioSession s) {
    assertFalse(s.stdoutLines.isEmpty());
    for (String line : s.stdoutLines) {
      assertEquals(
          "2.0", Json.parse(line).path("jsonrpc").asString(), "not JSON-RPC on stdout: " + line);
    }
  }

  private void assertTheCanaryStayedInTheAuthorizationHeader(StdioSession s) throws Exception {
    List<RecordedCall> calls = org.requests();
    assertTrue(calls.size() > 60, "the organisation was exercised: " + calls.size() + " requests");
    assertTrue(
        calls.stream().anyMatch(c -> c.host() == Host.API)
            && calls.stream().anyMatch(c -> c.host() == Host.WORKSPACE));
    for (RecordedCall c : calls) {
      assertEquals("Bearer " + token, c.authorization(), "authorised: " + c.route());
      assertFalse(
          c.exceptAuth().contains(canary),
          "the token left the Authorization header in " + c.route());
    }
    for (String secret : List.of(canary, token)) {
      for (String line : s.stdoutLines) {
        assertFalse(line.contains(secret), "the token is on stdout: " + line);
      }
      assertFalse(s.stderr.toString().contains(secret), "the token is on stderr");
      try (Stream<Path> files = Files.walk(home)) {
        for (Path f :
            files.filter(Files::isRegularFile).filter(f -> !f.equals(credentials)).toList()) {
          String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
          assertFalse(text.contains(secret), "the token was written to " + f);
        }
      }
    }
    List<String> urls = new ArrayList<>();
    results.forEach(r -> collectUrls(r, urls));
    assertTrue(
        urls.stream()
            .anyMatch(u -> u.startsWith("https://" + FakeCartoOrg.TENANT_DOMAIN + "/map/")),
        urls.toString());
    for (String url : urls) {
      assertFalse(url.contains(canary), "the token is in a returned URL: " + url);
    }
  }

  private static void collectUrls(JsonNode node, List<String> out) {
    if (node.isString() && node.asString().startsWith("http")) {
      out.add(node.asString());
    }
    node.forEach(child -> collectUrls(child, out));
  }
}
