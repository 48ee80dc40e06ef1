package io.cartomaps.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.mcp.Args;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A string holding half a UTF-16 pair is refused at its JSON pointer instead of being stored as
 * '?'.
 */
class LoneSurrogateTest {

  @Test
  void cliTextNamesThePointer() {
    BundleInputException e =
        assertThrows(
            BundleInputException.class,
            () ->
                BundleInput.read(
                    "{\"title\":\"ok\",\"keplerMapConfig\":{\"config\":{\"visState\":{\"layers\":[{\"id\":\"a\\ud800b\"}]}}}}",
                    new ByteArrayInputStream(new byte[0])));
    assertTrue(
        e.getMessage().contains("/keplerMapConfig/config/visState/layers/0/id"), e.getMessage());
    assertTrue(e.getMessage().contains("\\ud800"), e.getMessage());
  }

  @Test
  void stdinLowSurrogateAloneInAKey() {
    BundleInputException e =
        assertThrows(
            BundleInputException.class,
            () ->
                BundleInput.read(
                    "-",
                    new ByteArrayInputStream(
                        "{\"a/b\":{\"x\\udc00\":1}}"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("/a~1b"), e.getMessage());
    assertTrue(e.getMessage().contains("\\udc00"), e.getMessage());
  }

  @Test
  void toolArgumentIsRefusedToo() {
    Args a = new Args(Map.of("bundle", Map.of("title", "map \ud800", "tags", List.of("ok"))));
    BundleInputException e = assertThrows(BundleInputException.class, () -> a.json("bundle"));
    assertTrue(e.getMessage().contains("/title"), e.getMessage());
  }

  @Test
  void fullPairsAndEmojiPass() {
    Args a = new Args(Map.of("bundle", Map.of("title", "caf\u00e9 \ud83d\uddfa")));
    assertEquals("caf\u00e9 \ud83d\uddfa", a.json("bundle").get("title").asString());
    assertEquals(
        "\ud83d\uddfa", BundleInput.parse("{\"t\":\"\\ud83d\\uddfa\"}", "x").get("t").asString());
  }
}
