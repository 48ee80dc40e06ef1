package io.cartomaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TenantDiscoveryTest {

  static final Clock T0 = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @StartStop final MockWebServer server = new MockWebServer();
  final ConfigYamlServer configs = new ConfigYamlServer();

  @TempDir Path home;

  @BeforeEach
  void serve() {
    server.setDispatcher(configs);
    configs.yamlByDomain.put(
        "acme.app.carto.com",
        ConfigYamlServer.yaml(
            "https://workspace-gcp-us-east1.app.carto.com", "https://gcp-us-east1.api.carto.com"));
  }

  @Test
  void readsTheWorkspaceUrlFromConfigYaml() {
    Optional<TenantApis> apis =
        ConfigYamlServer.discovery(server, null, T0).discover("acme.app.carto.com");
    assertEquals(
        Optional.of(
            new TenantApis(
                "https://workspace-gcp-us-east1.app.carto.com",
                "https://gcp-us-east1.api.carto.com")),
        apis);
  }

  @Test
  void asksOnceAndRemembersInMemory() {
    TenantDiscovery d = ConfigYamlServer.discovery(server, null, T0);
    d.discover("acme.app.carto.com");
    d.discover("acme.app.carto.com");
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void remembersAcrossRunsInACacheFileWithUrlsOnly() throws Exception {
    Path cache = home.resolve("tenants.json");
    ConfigYamlServer.discovery(server, cache, T0).discover("acme.app.carto.com");
    String text = Files.readString(cache);
    assertTrue(text.contains("workspace-gcp-us-east1"));
    assertFalse(text.toLowerCase().contains("token"));

    TenantDiscovery nextRun = ConfigYamlServer.discovery(server, cache, T0);
    assertTrue(nextRun.discover("acme.app.carto.com").isPresent());
    assertEquals(1, server.getRequestCount(), "the second run reads the cache");
  }

  @Test
  void anOldCacheEntryIsFetchedAgain() {
    Path cache = home.resolve("tenants.json");
    ConfigYamlServer.discovery(server, cache, T0).discover("acme.app.carto.com");
    Clock later = Clock.offset(T0, Duration.ofDays(8));
    ConfigYamlServer.discovery(server, cache, later).discover("acme.app.carto.com");
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void failsSoftlyWhenTheTenantHasNoConfig() {
    assertTrue(
        ConfigYamlServer.discovery(server, null, T0).discover("unknown.example.com").isEmpty());
  }

  @Test
  void refusesAPlainHttpWorkspaceThatWouldExposeTheToken() {
    configs.yamlByDomain.put(
        "evil.example.com",
        ConfigYamlServer.yaml(
            "http://workspace.evil.example.com", "https://gcp-us-east1.api.carto.com"));
    assertTrue(ConfigYamlServer.discovery(server, null, T0).discover("evil.example.com").isEmpty());
  }

  @Test
  void ignoresYamlWithoutWorkspaceUrl() {
    assertTrue(TenantDiscovery.parse("apis:\n  baseUrl: https://x.api.carto.com\n", "d").isEmpty());
    assertTrue(TenantDiscovery.parse(": : :\n  - [", "d").isEmpty());
  }
}
