package io.cartomaps.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The keys file holds hashes only, is written owner-only, and every mistake in it is named
 * precisely.
 */
class ApiKeyFileTest {

  @TempDir Path dir;

  static final String HASH = "a".repeat(64);

  @Test
  void appendedKeysLoadBackAndMatchOnlyTheirOwnKey() throws Exception {
    Path file = dir.resolve("keys.json");
    String key = KeyHash.newKey();
    ApiKeyFile.append(
        file,
        new ApiKey(
            "ci", KeyHash.sha256(key), List.of("local", "team"), true, List.of("list_maps"), null));
    ApiKeyFile.append(
        file,
        new ApiKey("ops", KeyHash.sha256(KeyHash.newKey()), List.of("team"), false, null, null));
    ApiKeys keys = ApiKeyFile.load(file);
    assertEquals(2, keys.keys().size());
    assertEquals("ci", keys.match(key).orElseThrow().name());
    assertTrue(keys.match(key + "x").isEmpty());
    assertTrue(keys.keys().get(0).readOnly());
    String text = Files.readString(file);
    assertFalse(text.contains(key), "the key itself is never stored");
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void aTakenNameIsRefused() {
    Path file = dir.resolve("keys.json");
    ApiKeyFile.append(file, new ApiKey("ci", HASH, List.of("local"), false, null, null));
    HttpSetupException e =
        assertThrows(
            HttpSetupException.class,
            () ->
                ApiKeyFile.append(
                    file, new ApiKey("ci", "b".repeat(64), List.of("local"), false, null, null)));
    assertTrue(e.getMessage().contains("already exists"), e.getMessage());
  }

  @Test
  void aMissingFileSaysHowToCreateOne() {
    HttpSetupException e =
        assertThrows(HttpSetupException.class, () -> ApiKeyFile.load(dir.resolve("none.json")));
    assertTrue(e.getMessage().contains("keys create"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{}                                                                              | must hold a JSON array",
        "[{\"name\":\"ci\",\"keySha256\":\"HASH\",\"profiles\":[\"local\"],\"role\":\"x\"}]   | unknown field 'role'",
        "[{\"name\":\"ci\",\"keySha256\":\"abc\",\"profiles\":[\"local\"]}]                  | 64 lowercase hex",
        "[{\"name\":\"ci\",\"key\":\"cmk_x\",\"profiles\":[\"local\"]}]                      | unknown field 'key'",
        "[{\"name\":\"ci\",\"keySha256\":\"HASH\",\"profiles\":[]}]                          | at least one profile",
        "[{\"name\":\"ci\",\"keySha256\":\"HASH\",\"profiles\":[\"local\"],\"readOnly\":\"yes\"}] | 'readOnly' must be true or false",
        "[{\"name\":\"ci\",\"keySha256\":\"HASH\",\"profiles\":[\"local\"],\"tools\":\"list_maps\"}] | 'tools' must be an array",
        "[{\"name\":\"a b\",\"keySha256\":\"HASH\",\"profiles\":[\"local\"]}]                 | 'name' must be",
        "[{\"name\":\"ci\",\"keySha256\":\"HASH\",\"profiles\":[\"local\"]},{\"name\":\"ci\",\"keySha256\":\"HASH2\",\"profiles\":[\"local\"]}] | appears twice",
        "not json                                                                        | not readable JSON"
      })
  void mistakesAreNamed(String json, String expected) throws Exception {
    Path file = dir.resolve("keys.json");
    Files.writeString(file, json.replace("HASH2", "b".repeat(64)).replace("HASH", HASH));
    HttpSetupException e = assertThrows(HttpSetupException.class, () -> ApiKeyFile.load(file));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void keysAreRandomAndRecognisable() {
    String a = KeyHash.newKey();
    assertTrue(a.startsWith(KeyHash.PREFIX) && a.length() >= 40, a);
    assertFalse(a.equals(KeyHash.newKey()));
  }
}
