package io.cartomaps.backend.local;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * One local backend over a temporary workspace home, opened before and closed after all tests of a
 * class.
 */
abstract class SharedLocalBackendTest {

  @TempDir static Path home;

  static LocalBackend backend;

  @BeforeAll
  static void open() {
    backend = LocalBackend.open(home, null);
  }

  @AfterAll
  static void close() {
    backend.close();
  }
}
