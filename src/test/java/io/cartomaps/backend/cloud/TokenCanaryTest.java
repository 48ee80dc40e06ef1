package io.cartomaps.backend.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.MapQuery;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.ProfileException;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.config.Profiles;
import io.cartomaps.config.TenantDiscovery;
import io.cartomaps.json.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Drives every backend method, in success and in failure, with a unique canary token and checks it
 * leaks nowhere: not in results, exceptions, toString, URLs, log lines or files under the home
 * directory — while it does reach CARTO in the Authorization header.
 */
class TokenCanaryTest {

  static final String CANARY = "canary-7f3a9c1e5b20d4e8";

  /** A JWT whose signature part is the canary, so the subject can be read for --mine. */
  static final String TOKEN =
      b64("{\"alg\":\"none\"}") + "." + b64("{\"sub\":\"auth0|me\"}") + "." + CANARY;

  @StartStop final MockWebServer api = new MockWebServer();
  @StartStop final MockWebServer ws = new MockWebServer();
  @StartStop final MockWebServer tenant = new MockWebServer();

  @TempDir Path home;
  @TempDir Path elsewhere;

  final CartoAnswers answers = new CartoAnswers();
  final List<String> seen = new ArrayList<>();
  final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  Level rootLevel;

  @BeforeEach
  void setUp() {
    api.setDispatcher(answers);
    ws.setDispatcher(answers);
    tenant.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest r) {
            return new MockResponse.Builder()
                .code(200)
                .body(
                    "apis:\n  workspaceUrl: " + ws.url("/") + "\n  baseUrl: " + api.url("/") + "\n")
                .build();
          }
        });
    logs.start();
    root.addAppender(logs);
    rootLevel = root.getLevel();
    root.setLevel(Level.TRACE);
  }

  @AfterEach
  void tearDown() {
    root.detachAppender(logs);
    root.setLevel(rootLevel);
  }

  static String b64(String s) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  Profiles profiles(Map<String, String> extraVars) throws Exception {
    Path creds = elsewhere.resolve("carto_credentials.json");
    Files.writeString(
        creds,
        "{\"current_profile\":\"acme\",\"profiles\":{\"acme\":{\"token\":\""
            + TOKEN
            + "\",\"tenant_id\":\"gcp-us-east1\",\"tenant_domain\":\"acme.app.carto.com\","
            + "\"organization_name\":\"Acme\",\"user_email\":\"me@acme.com\"}}}");
    Map<String, String> vars = new java.util.HashMap<>(extraVars);
    vars.put(Environment.CREDENTIALS_FILE, creds.toString());
    Environment env = Environment.of(vars, home);
    TenantDiscovery discovery =
        new TenantDiscovery(
            new OkHttpClient(),
            env.cartoMapsHome().resolve("tenants.json"),
            domain -> tenant.url("/config.yaml"),
            Clock.systemUTC());
    seen.add(env.toString());
    return new Profiles(env, discovery, Clock.systemUTC());
  }

  @Test
  void theTokenReachesCartoAndNothingElse() throws Exception {
    Profiles profiles = profiles(Map.of());
    ProfileConfig profile =
        profiles.resolve(null, ProfileOverrides.of(null, null, api.url("/").toString()));
    seen.add(profile.toString());
    seen.add(String.valueOf(profiles.names()));
    try (CartoBackend backend = new CartoBackend(profile, MockCarto.fast(), d -> {})) {
      seen.add(backend.toString());
      answers.failing = false;
      driveEverything(backend);
      for (int status : new int[] {400, 401, 403, 404, 409, 429, 500}) {
        answers.failing = true;
        answers.failStatus = status;
        driveEverything(backend);
      }
      answers.failing = true;
      answers.failStatus = 200;
      driveEverything(backend);
    }
    ProfileConfig viaFlag =
        profiles(Map.of(Environment.API_TOKEN, TOKEN))
            .resolve(null, ProfileOverrides.of(null, TOKEN, api.url("/").toString()));
    seen.add(viaFlag.toString());
    seen.add(ProfileOverrides.of(null, TOKEN, null).toString());

    assertTrue(seen.size() > 100, "enough was driven to mean something: " + seen.size());
    for (String s : seen) {
      assertFalse(s != null && s.contains(CANARY), "the token leaked into: " + s);
    }
    assertFalse(logs.list.isEmpty(), "logging was captured");
    for (ILoggingEvent e : logs.list) {
      assertFalse(e.getFormattedMessage().contains(CANARY), "the token leaked into a log line");
      for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
        assertFalse(
            String.valueOf(t.getMessage()).contains(CANARY),
            "the token leaked into a logged exception");
      }
    }
    assertTrue(
        Files.exists(home.resolve(".carto-maps-mcp/tenants.json")), "discovery wrote its cache");
    try (Stream<Path> files = Files.walk(home)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f).contains(CANARY), "the token leaked into " + f);
      }
    }
    assertTrue(answers.authorizations.stream().allMatch(("Bearer " + TOKEN)::equals));
    assertTrue(answers.authorizations.size() > 50);
    assertTrue(answers.hosts.contains(api.getPort()) && answers.hosts.contains(ws.getPort()));
  }

  @Test
  void failingProfileResolutionDoesNotLeakTheToken() throws Exception {
    Profiles profiles = profiles(Map.of(Environment.API_TOKEN, TOKEN));
    for (Supplier<Object> attempt :
        List.<Supplier<Object>>of(
            () -> profiles.resolve("nope", ProfileOverrides.of(null, TOKEN, null)),
            () ->
                profiles.resolve(
                    null, ProfileOverrides.of(null, TOKEN, "http://insecure.example.com")),
            () -> profiles.resolve(null, ProfileOverrides.of(null, TOKEN, "not a url " + TOKEN)))) {
      try {
        seen.add(String.valueOf(attempt.get()));
      } catch (ProfileException e) {
        seen.add(e.getMessage());
      }
    }
    assertEquals(3, seen.size() - 1);
    seen.forEach(s -> assertFalse(s.contains(CANARY), s));
  }

  private void driveEverything(CartoBackend b) {
    ObjectNode newMap =
        (ObjectNode) Json.parse("{\"title\":\"t\",\"description\":\"\",\"keplerMapConfig\":{}}");
    ObjectNode dataset =
        (ObjectNode)
            Json.parse(
                "{\"type\":\"query\",\"source\":\"SELECT 1\",\"connectionName\":"
                    + "\"carto_dw\",\"geoColumn\":\"quadbin:q\",\"columns\":[\"q\"]}");
    List<Supplier<Object>> calls =
        List.of(
            () -> b.listMaps(MapQuery.firstPage(10)),
            () ->
                b.listMaps(new MapQuery("x", "public", List.of("t"), true, "title", "ASC", 1, 10)),
            () -> b.getMap("m1"),
            () -> b.createMap(newMap),
            () -> b.patchMap("m1", Json.object().put("title", "x")),
            () -> b.setPrivacy("m1", Json.object().put("privacy", "public")),
            () -> b.publish("m1"),
            () -> b.publishedSnapshot("m1"),
            () -> {
              b.deleteMap("m1");
              return "deleted";
            },
            () -> b.listDatasets("m1"),
            () -> b.createDataset("m1", dataset),
            () -> b.patchDataset("m1", "d1", Json.object().put("label", "x")),
            () -> {
              b.deleteDataset("m1", "d1");
              return "deleted";
            },
            b::connections,
            () -> b.probeSource("c1", SourceKind.query, "SELECT 1"),
            () -> b.probeSource("c1", SourceKind.table, "p.d.t"),
            () -> b.probeSource("c1", SourceKind.tileset, "p.d.tiles"),
            () -> b.probeRender("c1", dataset),
            () -> b.listTables("c1", null),
            () -> b.describeTable("c1", "p.d.t"),
            b::agentsStatus,
            () -> b.urls("m1"));
    for (Supplier<Object> call : calls) {
      try {
        Object result = call.get();
        seen.add(
            result instanceof tools.jackson.databind.JsonNode n
                ? Json.compact(n)
                : String.valueOf(result));
      } catch (BackendException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
          seen.add(t.getMessage());
          seen.add(t.toString());
        }
      }
    }
  }

  /**
   * Answers like CARTO, or fails with a body that echoes the token back, as a careless server
   * might.
   */
  static final class CartoAnswers extends Dispatcher {
    volatile boolean failing;
    volatile int failStatus;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    final List<Integer> hosts = new CopyOnWriteArrayList<>();

    @Override
    public MockResponse dispatch(RecordedRequest r) {
      authorizations.add(r.getHeaders().get("Authorization"));
      hosts.add(r.getUrl().port());
      String echo = "invalid token " + r.getHeaders().get("Authorization");
      if (failing) {
        if (failStatus == 200) {
          return new MockResponse.Builder().code(200).body("{\"id\": \"" + echo + "\", ").build();
        }
        return new MockResponse.Builder()
            .code(failStatus)
            .setHeader("Retry-After", "0")
            .body("{\"error\":\"" + echo + "\",\"detail\":\"" + echo + "\"}")
            .build();
      }
      String path = r.getUrl().encodedPath();
      String map = CartoBackendRequestsTest.MAP;
      String body =
          switch (r.getMethod() + " " + path) {
            case "GET /v3/organization-maps" -> "{\"data\":[" + map + "],\"total\":1}";
            case "GET /maps/m1",
                "POST /maps",
                "PATCH /maps/m1",
                "POST /maps/m1/privacy",
                "POST /maps/m1/publish" ->
                map;
            case "GET /v3/maps/public/m1" ->
                "{\"id\":\"m1\",\"keplerMapConfig\":{},\"datasets\":[],\"token\":\"t\"}";
            case "GET /maps/m1/datasets" -> "[{\"id\":\"d1\"}]";
            case "POST /maps/m1/datasets", "PATCH /maps/m1/datasets/d1" -> "{\"id\":\"d1\"}";
            case "GET /connections" -> CartoBackendRequestsTest.CONNECTIONS;
            case "POST /v3/sql/carto_dw/query" ->
                "{\"rows\":[{\"row_count\":1}],\"schema\":[{\"name\":\"a\","
                    + "\"type\":\"string\"}]}";
            case "GET /v3/maps/carto_dw/query", "GET /v3/maps/carto_dw/tileset" ->
                "{\"schema\":[]}";
            case "GET /connections/c1/resources" ->
                "{\"children\":[{\"name\":\"t\",\"type\":\"table\"}]}";
            case "GET /connections/c1/resources/p.d.t" ->
                "{\"schema\":[{\"name\":\"geom\",\"type\":\"GEOGRAPHY\"}]}";
            case "GET /settings/carto-ai" -> "{\"enabled\":true,\"defaultModel\":\"m\"}";
            default -> null;
          };
      if (body == null) {
        return new MockResponse.Builder().code(r.getMethod().equals("DELETE") ? 204 : 404).build();
      }
      return new MockResponse.Builder()
          .code(200)
          .setHeader("Content-Type", "application/json")
          .body(body)
          .build();
    }
  }
}
