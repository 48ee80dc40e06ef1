package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-code keywords of the schema check ({@link TypeDispatch}, {@link QuickIf}, {@link
 * LeafCheck}) change nothing but speed: on the example bundles with random parts deleted, retyped,
 * duplicated or replaced (other layer, widget and parameter types, values out of range, unknown
 * properties), the checker reports exactly the findings, in the same order, that the library
 * reports when it evaluates every keyword itself.
 */
class SchemaCheckInCodeProperties {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Schema LIBRARY_ONLY =
      SchemaCheck.registry(false).getSchema(SchemaLocation.of(SchemaSections.ID_BASE + "bundle"));

  /** Values that hit the dispatch, the conditions and the plain checks from both sides. */
  private static final List<JsonNode> VALUES =
      List.of(
          F.stringNode("x"),
          F.numberNode(-5),
          F.numberNode(1_000_000_000),
          F.numberNode(1.5),
          F.numberNode(2.0),
          F.numberNode(0),
          F.numberNode(255),
          F.numberNode(256),
          F.numberNode(12_345_678_901_234L),
          F.booleanNode(true),
          F.booleanNode(false),
          F.nullNode(),
          F.objectNode(),
          F.arrayNode(),
          F.stringNode(""),
          F.stringNode("tileset"),
          F.stringNode("h3"),
          F.stringNode("quadbin"),
          F.stringNode("raster"),
          F.stringNode("clusterTile"),
          F.stringNode("heatmapTile"),
          F.stringNode("point"),
          F.stringNode("formula"),
          F.stringNode("category"),
          F.stringNode("histogram"),
          F.stringNode("timeseries"),
          F.stringNode("table"),
          F.stringNode("Category"),
          F.stringNode("DateRange"),
          F.stringNode("NumericRange"),
          F.stringNode("layer"),
          F.stringNode("group"),
          F.stringNode("CARTO"),
          F.stringNode("avg"),
          F.stringNode("2024-13-01"),
          F.stringNode("darkmatter"),
          F.stringNode("a/b~c"),
          F.stringNode("\uD83D\uDE00"));

  @Property(tries = 300)
  void reportsWhatTheLibraryReportsOnItsOwn(@ForAll long seed) {
    Random random = new Random(seed);
    ObjectNode bundle = random.nextBoolean() ? TestBundles.rich() : TestBundles.minimal();
    int mutations = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 6);
    for (int i = 0; i < mutations; i++) {
      mutate(bundle, random);
    }
    List<Error> errors = LIBRARY_ONLY.validate(bundle);
    List<Finding> expected =
        errors.isEmpty()
            ? List.of()
            : List.copyOf(
                new SchemaFindings(SchemaSections.get(), "bundle")
                    .map(errors, SchemaCheck.MAX_FINDINGS));
    assertEquals(expected, SchemaCheck.get().check(bundle));
  }

  @Property(tries = 20)
  void mutationsDoBreakTheBundles(@ForAll long seed) {
    ObjectNode bundle = TestBundles.rich();
    Random random = new Random(seed);
    for (int i = 0; i < 50; i++) {
      mutate(bundle, random);
    }
    assertFalse(SchemaCheck.get().check(bundle).isEmpty());
  }

  static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    JsonNode value = VALUES.get(random.nextInt(VALUES.size())).deepCopy();
    if (target instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      int op = random.nextInt(5);
      if (names.isEmpty() || op == 0) {
        object.set(
            random.nextBoolean() || names.isEmpty() ? "unknownField" : names.get(0) + "s", value);
      } else if (op == 1) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), value);
      }
    } else if (target instanceof ArrayNode array) {
      int op = random.nextInt(4);
      if (array.isEmpty() || op == 0) {
        array.add(value);
      } else if (op == 1) {
        array.remove(random.nextInt(array.size()));
      } else if (op == 2) {
        array.add(array.get(random.nextInt(array.size())).deepCopy());
      } else {
        array.set(random.nextInt(array.size()), value);
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }
}
