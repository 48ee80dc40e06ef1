package io.cartomaps.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfilesTest {

  static final Clock NOW = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @StartStop final MockWebServer server = new MockWebServer();
  final ConfigYamlServer configs = new ConfigYamlServer();
  final Map<String, String> vars = new HashMap<>();

  @TempDir Path home;
  Path credentials;

  @BeforeEach
  void setUp() throws Exception {
    server.setDispatcher(configs);
    configs.yamlByDomain.put(
        "carto.acme.com",
        ConfigYamlServer.yaml(
            "https://workspace-gcp-us-east1.app.carto.com", "https://gcp-us-east1.api.carto.com"));
    credentials = home.resolve("creds.json");
    vars.put(Environment.CREDENTIALS_FILE, credentials.toString());
  }

  Profiles profiles() {
    return new Profiles(
        Environment.of(vars, home), ConfigYamlServer.discovery(server, null, NOW), NOW);
  }

  void store(String json) throws Exception {
    Files.writeString(credentials, json);
  }

  void storeCliFile() throws Exception {
    store(CredentialsFileTest.CLI_FILE);
  }

  static String bearer(ProfileConfig p) {
    return p.token().bearerHeaderValue().substring("Bearer ".length());
  }

  @Test
  void localIsTheDefaultWhenNothingIsConfigured() {
    ProfileConfig p = profiles().resolve(null, ProfileOverrides.none());
    assertEquals("local", p.name());
    assertTrue(p.isLocal());
    assertNull(p.token());
    assertEquals(List.of("local"), profiles().names());
  }

  @Test
  void theCurrentProfileOfTheCartoCliIsTheDefault() throws Exception {
    storeCliFile();
    ProfileConfig p = profiles().resolve(null, ProfileOverrides.none());
    assertEquals("production", p.name());
    assertEquals(ProfileKind.CARTO, p.kind());
    assertEquals("https://gcp-us-east1.api.carto.com", p.apiBaseUrl());
    assertEquals("https://workspace-gcp-us-east1.app.carto.com", p.workspaceUrl());
    assertEquals("carto.acme.com", p.tenantDomain());
    assertEquals("carto-prod", p.organization());
    assertEquals("prod-token", bearer(p));
    assertEquals(List.of("local", "production", "staging"), profiles().names());
  }

  @Test
  void nameChoiceGoesExplicitThenFlagThenEnvThenFile() throws Exception {
    storeCliFile();
    vars.put(Environment.PROFILE, "staging");
    assertEquals("staging", profiles().resolve(null, ProfileOverrides.none()).name());
    assertEquals(
        "production",
        profiles().resolve(null, ProfileOverrides.of("production", null, null)).name());
    assertEquals(
        "local", profiles().resolve("local", ProfileOverrides.of("production", null, null)).name());
  }

  @Test
  void tokenChoiceGoesFlagThenEnvThenFile() throws Exception {
    storeCliFile();
    vars.put(Environment.API_TOKEN, "env-token");
    assertEquals("env-token", bearer(profiles().resolve(null, ProfileOverrides.none())));
    assertEquals(
        "flag-token",
        bearer(profiles().resolve(null, ProfileOverrides.of(null, "flag-token", null))));
  }

  @Test
  void baseUrlFlagOverridesTheApiHost() throws Exception {
    storeCliFile();
    ProfileConfig p =
        profiles().resolve(null, ProfileOverrides.of(null, null, "https://eu.example.com/api/"));
    assertEquals("https://eu.example.com/api", p.apiBaseUrl());
  }

  @Test
  void aPlainHttpBaseUrlIsRefused() throws Exception {
    storeCliFile();
    ProfileException e =
        assertThrows(
            ProfileException.class,
            () ->
                profiles()
                    .resolve(
                        null,
                        ProfileOverrides.of(null, null, "http://gcp-us-east1.api.carto.com")));
    assertTrue(e.getMessage().contains("https"));
  }

  @Test
  void anUnknownProfileListsTheKnownOnes() throws Exception {
    storeCliFile();
    ProfileException e =
        assertThrows(
            ProfileException.class, () -> profiles().resolve("prod", ProfileOverrides.none()));
    assertTrue(e.getMessage().contains("unknown profile 'prod'"));
    assertTrue(e.getMessage().contains("local, production, staging"), e.getMessage());
  }

  @Test
  void aProfileWithoutTokenSaysHowToGetOne() throws Exception {
    store("{\"current_profile\":\"p\",\"profiles\":{\"p\":{\"tenant_id\":\"gcp-us-east1\"}}}");
    ProfileException e = assertThrows(ProfileException.class, () -> profiles().resolve(null, null));
    assertTrue(
        e.getMessage().contains("run `carto auth login p` or set CARTO_API_TOKEN"), e.getMessage());
  }

  @Test
  void anExpiredStoredTokenSaysHowToRenewIt() throws Exception {
    String expired =
        SecretTest.jwt("{\"exp\":" + NOW.instant().minusSeconds(60).getEpochSecond() + "}");
    store(
        "{\"current_profile\":\"p\",\"profiles\":{\"p\":{\"token\":\""
            + expired
            + "\",\"tenant_id\":\"gcp-us-east1\"}}}");
    ProfileException e = assertThrows(ProfileException.class, () -> profiles().resolve(null, null));
    assertTrue(e.getMessage().contains("expired"));
    assertTrue(e.getMessage().contains("carto auth login p"));
    assertFalse(e.getMessage().contains(expired));
    vars.put(Environment.API_TOKEN, "fresh-token");
    assertEquals(
        "fresh-token", bearer(profiles().resolve(null, null)), "CARTO_API_TOKEN replaces it");
  }

  @Test
  void theOldSingleProfileFileWorks() throws Exception {
    store(
        "{\"token\":\"old\",\"tenant_id\":\"gcp-us-east1\",\"tenant_domain\":\"carto.acme.com\"}");
    ProfileConfig p = profiles().resolve(null, null);
    assertEquals("default", p.name());
    assertEquals("old", bearer(p));
  }

  @Test
  void aMalformedCredentialsFileIsAClearError() throws Exception {
    store("{\"profiles\": {");
    ProfileException e = assertThrows(ProfileException.class, () -> profiles().resolve(null, null));
    assertTrue(e.getMessage().contains(credentials.toString()));
  }

  @Test
  void aMalformedCredentialsFileDoesNotStopTheLocalProfile() throws Exception {
    store("{\"profiles\": {");
    assertTrue(profiles().resolve("local", null).isLocal());
    assertTrue(profiles().resolve(null, ProfileOverrides.of("local", null, null)).isLocal());
    assertEquals("local", profiles().chooseName(null, ProfileOverrides.of("local", null, null)));
    vars.put(Environment.PROFILE, "local");
    assertTrue(profiles().resolve(null, null).isLocal());
  }

  @Test
  void aTokenAloneNeedsABaseUrl() {
    vars.put(Environment.API_TOKEN, "ci-token");
    ProfileException e = assertThrows(ProfileException.class, () -> profiles().resolve(null, null));
    assertTrue(e.getMessage().contains("--base-url"), e.getMessage());
  }

  @Test
  void aTokenWithABaseUrlMakesATokenOnlyProfile() {
    vars.put(Environment.API_TOKEN, "ci-token");
    vars.put(Environment.TENANT_DOMAIN, "carto.acme.com");
    ProfileConfig p =
        profiles()
            .resolve(null, ProfileOverrides.of(null, null, "https://gcp-us-east1.api.carto.com"));
    assertEquals("token", p.name());
    assertEquals("gcp-us-east1", p.tenantId());
    assertEquals("https://workspace-gcp-us-east1.app.carto.com", p.workspaceUrl());
    assertEquals("ci-token", bearer(p));
  }

  @Test
  void workspaceFallsBackToTheRegionHostWhenDiscoveryFails() throws Exception {
    store(
        "{\"current_profile\":\"p\",\"profiles\":{\"p\":{\"token\":\"t\",\"tenant_id\":\"gcp-europe-west1\","
            + "\"tenant_domain\":\"nowhere.example.com\"}}}");
    assertEquals(
        "https://workspace-gcp-europe-west1.app.carto.com",
        profiles().resolve(null, null).workspaceUrl());
  }

  @Test
  void workspaceUrlVariableSkipsDiscovery() throws Exception {
    storeCliFile();
    vars.put(Environment.WORKSPACE_URL, "https://ws.internal.example.com/");
    assertEquals("https://ws.internal.example.com", profiles().resolve(null, null).workspaceUrl());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void severalProfilesWithoutACurrentOneAskForAChoice() throws Exception {
    store(
        "{\"profiles\":{\"a\":{\"token\":\"t\",\"tenant_id\":\"gcp-us-east1\"},"
            + "\"b\":{\"token\":\"t\",\"tenant_id\":\"gcp-us-east1\"}}}");
    ProfileException e = assertThrows(ProfileException.class, () -> profiles().resolve(null, null));
    assertTrue(e.getMessage().contains("--profile"));
    assertEquals("b", profiles().resolve("b", null).name());
  }

  @Test
  void toStringsNeverShowTheToken() throws Exception {
    storeCliFile();
    vars.put(Environment.API_TOKEN, "env-secret-token");
    ProfileConfig p =
        profiles().resolve(null, ProfileOverrides.of(null, "flag-secret-token", null));
    assertFalse(p.toString().contains("flag-secret-token"));
    assertFalse(
        ProfileOverrides.of(null, "flag-secret-token", null)
            .toString()
            .contains("flag-secret-token"));
    assertFalse(Environment.of(vars, home).toString().contains("env-secret-token"));
  }
}
