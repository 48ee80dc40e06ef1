package io.cartomaps.config;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;

/**
 * Serves {@code /{tenant_domain}/config.yaml} for tenant domains the test registers; 404 for the
 * rest.
 */
final class ConfigYamlServer extends Dispatcher {

  final Map<String, String> yamlByDomain = new ConcurrentHashMap<>();

  static String yaml(String workspaceUrl, String baseUrl) {
    return "apis:\n  baseUrl: "
        + baseUrl
        + "\n  workspaceUrl: "
        + workspaceUrl
        + "\ncartoVersion:\n  selfHosted: ''\n";
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    for (Map.Entry<String, String> e : yamlByDomain.entrySet()) {
      if (path.equals("/" + e.getKey() + "/config.yaml")) {
        return new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "text/yaml")
            .body(e.getValue())
            .build();
      }
    }
    return new MockResponse.Builder().code(404).body("not found").build();
  }

  static TenantDiscovery discovery(MockWebServer server, Path cacheFile, Clock clock) {
    return new TenantDiscovery(
        new OkHttpClient(), cacheFile, domain -> server.url("/" + domain + "/config.yaml"), clock);
  }
}
