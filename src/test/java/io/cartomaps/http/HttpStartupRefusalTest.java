package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.mcp.ToolSelection;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The server refuses to start where it would be unsafe or could not work, with a message that says
 * what to do.
 */
class HttpStartupRefusalTest {

  static HttpSettings settings(String host, ApiKeys keys, List<String> allowedHosts) {
    return new HttpSettings(
        host,
        TestServer.freePort(),
        false,
        List.of(),
        allowedHosts,
        keys,
        ToolSelection.ALL,
        HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
        Duration.ofSeconds(1));
  }

  static ApiKeys oneKey(String profile) {
    return new ApiKeys(
        List.of(
            new ApiKey(
                "ci", KeyHash.sha256(KeyHash.newKey()), List.of(profile), false, null, null)));
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutKeys() {
    HttpSetupException e =
        assertThrows(
            HttpSetupException.class,
            () -> TestServer.start(settings("0.0.0.0", ApiKeys.NONE, List.of("mcp.example.com"))));
    assertTrue(
        e.getMessage().contains("without authentication") && e.getMessage().contains("keys create"),
        e.getMessage());
  }

  @Test
  void refusesEveryInterfaceWithoutTheHostNamesClientsUse() {
    HttpSetupException e =
        assertThrows(
            HttpSetupException.class,
            () -> TestServer.start(settings("0.0.0.0", oneKey("local"), List.of())));
    assertTrue(e.getMessage().contains("--allowed-host"), e.getMessage());
  }

  @Test
  void refusesAKeyForAProfileThatDoesNotExist() {
    HttpSetupException e =
        assertThrows(
            HttpSetupException.class,
            () -> TestServer.start(settings("127.0.0.1", oneKey("prod"), List.of())));
    assertTrue(
        e.getMessage().contains("'prod'") && e.getMessage().contains("local, team"),
        e.getMessage());
  }

  @Test
  void refusesAKeyNamingAToolThatDoesNotExist() {
    ApiKeys keys =
        new ApiKeys(
            List.of(
                new ApiKey(
                    "ci",
                    KeyHash.sha256("x"),
                    List.of("local"),
                    false,
                    List.of("list_mpas"),
                    null)));
    HttpSetupException e =
        assertThrows(
            HttpSetupException.class,
            () -> TestServer.start(settings("127.0.0.1", keys, List.of())));
    assertTrue(e.getMessage().contains("list_mpas"), e.getMessage());
  }

  @Test
  void refusesAPortInUse() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      HttpSettings s =
          new HttpSettings(
              "127.0.0.1",
              taken.getLocalPort(),
              false,
              null,
              null,
              null,
              null,
              HttpSettings.DEFAULT_MAX_REQUEST_BYTES,
              Duration.ofSeconds(1));
      HttpSetupException e = assertThrows(HttpSetupException.class, () -> TestServer.start(s));
      assertTrue(e.getMessage().contains(String.valueOf(taken.getLocalPort())), e.getMessage());
    }
  }

  @Test
  void refusesAnUnknownHost() {
    HttpSetupException e =
        assertThrows(
            HttpSetupException.class,
            () -> TestServer.start(settings("no-such-host.invalid", oneKey("local"), List.of())));
    assertTrue(e.getMessage().contains("--host"), e.getMessage());
  }
}
