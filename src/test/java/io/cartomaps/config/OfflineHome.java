package io.cartomaps.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The environment of a test home: its own {@code CARTO_MAPS_HOME} and a credentials file that does
 * not exist there, so a test never reads the machine's CARTO credentials.
 */
public final class OfflineHome {

  private OfflineHome() {}

  public static Environment environment(Path home) {
    return Environment.of(
        Map.of(
            "CARTO_MAPS_HOME",
            home.toString(),
            "CARTO_CREDENTIALS_FILE",
            home.resolve("none.json").toString()),
        home);
  }
}
