package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The example bundles of the test resources, and small helpers to break them at a JSON Pointer. */
final class TestBundles {

  static final String LAYERS = "/keplerMapConfig/config/visState/layers";
  static final String CONFIG = "/keplerMapConfig/config";

  private TestBundles() {}

  static ObjectNode minimal() {
    return (ObjectNode) Json.parse(resource("/bundles/minimal.json"));
  }

  static ObjectNode rich() {
    return (ObjectNode) Json.parse(resource("/bundles/rich.json"));
  }

  static String resource(String name) {
    try (InputStream in = TestBundles.class.getResourceAsStream(name)) {
      assertNotNull(in, name + " is missing");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sets (or adds) the value at a pointer whose parent exists. */
  static ObjectNode set(ObjectNode root, String pointer, Object value) {
    JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String last =
        pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
    JsonNode tree = Json.tree(value);
    if (parent instanceof ArrayNode array) {
      int index = Integer.parseInt(last);
      if (index == array.size()) {
        array.add(tree);
      } else {
        array.set(index, tree);
      }
    } else {
      ((ObjectNode) parent).set(last, tree);
    }
    return root;
  }

  static ObjectNode remove(ObjectNode root, String pointer) {
    JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent instanceof ArrayNode array) {
      array.remove(Integer.parseInt(last));
    } else {
      ((ObjectNode) parent).remove(last);
    }
    return root;
  }

  static List<Finding> check(JsonNode bundle) {
    return SchemaCheck.get().check(bundle);
  }

  /** Asserts the check found exactly one problem, with this code and path, and returns it. */
  static Finding single(List<Finding> findings, String code, String path) {
    assertEquals(1, findings.size(), () -> "expected one finding, got:\n" + describe(findings));
    Finding f = findings.get(0);
    assertEquals(code, f.code(), () -> describe(findings));
    assertEquals(path, f.path(), () -> describe(findings));
    assertTrue(f.isError());
    return f;
  }

  static String describe(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.code() + " " + f.path() + " | " + f.message() + " | " + f.suggestion())
        .collect(Collectors.joining("\n"));
  }
}
