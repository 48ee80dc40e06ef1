package io.cartomaps.validate.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.cartomaps.json.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

class PointerTest {

  @Test
  void escapesTildeBeforeSlash() {
    assertEquals("/layers/a~1b/~0c~01", Pointer.of("/layers", "a/b", "~c~1"));
  }

  @Test
  void writesIndexesAsNumbers() {
    assertEquals("/datasets/3/columns/0", Pointer.of(Pointer.DATASETS, 3, "columns", 0));
  }

  @Test
  void pointsAtTheKeyItEscaped() {
    JsonNode doc = Json.parse("{\"popup\":{\"a/b~c\":{\"x\":1}}}");
    assertEquals(1, doc.at(JsonPointer.compile(Pointer.of("/popup", "a/b~c", "x"))).intValue());
  }
}
