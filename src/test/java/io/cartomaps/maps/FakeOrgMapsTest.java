package io.cartomaps.maps;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map service over {@link FakeOrgProfiles}, opened before and closed after each test; the local
 * workspace lives in one temporary home per test class.
 */
abstract class FakeOrgMapsTest {

  @TempDir static Path home;
  FakeOrgProfiles profiles;
  MapService maps;

  @BeforeEach
  void open() throws IOException {
    profiles = new FakeOrgProfiles(home);
    maps = profiles.maps;
  }

  @AfterEach
  void close() {
    profiles.close();
  }
}
