package io.cartomaps.backend.cloud;

import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.ProfileKind;
import io.cartomaps.config.Secret;
import io.cartomaps.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;

/**
 * A CARTO organisation played by two local servers: the CARTO API host and the Workspace API host.
 */
final class MockCarto {

  static final String TOKEN = "test-token-0123456789";
  static final String TENANT_DOMAIN = "acme.app.carto.com";

  private MockCarto() {}

  static ProfileConfig profile(MockWebServer api, MockWebServer ws, String token) {
    return new ProfileConfig(
        "acme",
        ProfileKind.CARTO,
        api.url("/").toString(),
        ws.url("/").toString(),
        "gcp-us-east1",
        TENANT_DOMAIN,
        "Acme",
        Secret.ofNullable(token));
  }

  /** Tiny timeouts and instant retries so fault tests run fast. */
  static ClientLimits fast() {
    return new ClientLimits(
        Duration.ofSeconds(2),
        Duration.ofMillis(400),
        Duration.ofSeconds(5),
        3,
        Duration.ofMillis(100),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        64 * 1024);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }

  static MockResponse json(String body) {
    return json(200, body);
  }

  static MockResponse empty(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  static RecordedRequest take(MockWebServer server) throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request reached " + server);
    }
    return r;
  }

  static JsonNode body(RecordedRequest r) {
    return r.getBody() == null || r.getBody().size() == 0 ? null : Json.parse(r.getBody().utf8());
  }

  /** Records the waits between retries instead of sleeping. */
  static final class RecordingSleeper implements Sleeper {
    final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }
}
