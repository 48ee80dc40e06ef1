package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.http.ApiKeyFile;
import io.cartomaps.http.ApiKeys;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code keys create} prints a new key once and stores only its hash, with the profiles and rights
 * given.
 */
class KeysCreateCommandTest {

  @TempDir Path dir;

  int run(ByteArrayOutputStream out, String... args) {
    return RootCommand.commandLine(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new ByteArrayInputStream(new byte[0]),
            o -> {
              throw new AssertionError("keys create needs no services");
            })
        .execute(args);
  }

  @Test
  void printsTheKeyOnceAndStoresItsHash() throws Exception {
    Path file = dir.resolve("keys.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(
        0,
        run(
            out,
            "keys",
            "create",
            "--name",
            "ci",
            "--profile",
            "local,team",
            "--read-only",
            "--keys-file",
            file.toString()));
    String key = out.toString(StandardCharsets.UTF_8).trim();
    assertTrue(key.startsWith("cmk_"), key);
    assertFalse(Files.readString(file).contains(key));
    ApiKeys keys = ApiKeyFile.load(file);
    assertEquals("ci", keys.match(key).orElseThrow().name());
    assertEquals(java.util.List.of("local", "team"), keys.keys().get(0).profiles());
    assertTrue(keys.keys().get(0).readOnly());
  }

  @Test
  void aDuplicateNameFailsWithAClearMessageAndExitCode2() {
    Path file = dir.resolve("keys.json");
    assertEquals(
        0,
        run(
            new ByteArrayOutputStream(),
            "keys",
            "create",
            "--name",
            "ci",
            "--profile",
            "local",
            "--keys-file",
            file.toString()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(
        2,
        run(
            out,
            "keys",
            "create",
            "--name",
            "ci",
            "--profile",
            "local",
            "--keys-file",
            file.toString()));
    assertEquals(
        "", out.toString(StandardCharsets.UTF_8), "no key is printed when none was stored");
  }
}
