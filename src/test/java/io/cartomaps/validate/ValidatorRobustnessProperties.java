package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.bundle.BundleInput;
import io.cartomaps.bundle.BundleInputException;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever the input, reading a bundle ends in a tree or a {@link BundleInputException}, and
 * validating a tree ends in a report: never an uncaught exception, never a rule that gave up, and
 * every finding points into the input. Inputs are random JSON trees, the example bundles with
 * random parts deleted, retyped or replaced (huge arrays, nesting near the limit, any unicode), and
 * corrupted JSON text.
 */
class ValidatorRobustnessProperties {

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final Tier1Validator VALIDATOR = Tier1Validator.rulesOnly();

  /** Keys of real bundles, so random trees hit the paths the rules read. */
  private static final List<String> KEYS = bundleKeys();

  /** Strings the rules compare against, so mutations reach the deeper branches. */
  private static final List<String> WORDS =
      List.of(
          "$ref:col",
          "$ref:boros",
          "$ref:shops",
          "col",
          "L1",
          "L_h3",
          "L_boros",
          "h3:geom",
          "quadbin:geom",
          "h3:h3",
          "geom",
          "table",
          "query",
          "tileset",
          "raster",
          "h3",
          "quadbin",
          "heatmapTile",
          "clusterTile",
          "point",
          "unknown",
          "tilejson",
          "json",
          "ordinal",
          "integer",
          "single",
          "multi",
          "Category",
          "DateRange",
          "2024-01-01",
          "2024-13-45",
          "{{d_from}}",
          "{{",
          "}}",
          "panel",
          "custom",
          "average",
          "count",
          "histogram",
          "timeseries",
          "table",
          "quarter",
          "dark-matter",
          "darkmatter",
          "custom:x",
          "oracle",
          "polygon",
          "carto::openai::gpt-4.1",
          "1 AS __aggregationValue",
          "~",
          "/",
          "a/b~c",
          "",
          " ",
          "\u0000",
          "\uD83D\uDDFA",
          "\uD800",
          "é",
          "v1",
          "v2",
          "layer",
          "group");

  enum Op {
    DELETE,
    REPLACE,
    WORD,
    SWAP_TYPE,
    HUGE_ARRAY,
    DEEP_NEST
  }

  record Mutation(int where, Op op, JsonNode value) {}

  @Property
  void validatingARandomTreeAlwaysGivesAReport(@ForAll("trees") JsonNode tree) {
    assertSound(tree, VALIDATOR.validate(tree));
  }

  @Property
  void validatingARandomObjectAlwaysGivesAReport(@ForAll("objects") JsonNode tree) {
    assertSound(tree, VALIDATOR.validate(tree));
  }

  @Property(tries = 1000)
  void validatingAMutatedBundleAlwaysGivesAReport(@ForAll("mutatedBundles") JsonNode bundle) {
    assertSound(bundle, VALIDATOR.validate(bundle));
  }

  @Property(tries = 200)
  void readingTheTextOfAMutatedBundleGivesTheTreeOrAClearError(
      @ForAll("mutatedBundles") JsonNode bundle) {
    String text = Json.compact(bundle);
    try {
      JsonNode parsed = BundleInput.parse(text, "fuzz");
      assertEquals(text, Json.compact(parsed));
      assertSound(parsed, VALIDATOR.validate(parsed));
    } catch (BundleInputException e) {
      assertTrue(
          e.getMessage().contains("levels of nesting")
              || e.getMessage().contains("MiB")
              || e.getMessage().contains("lone UTF-16 surrogate"),
          e.getMessage());
    }
  }

  @Property
  void readingCorruptedTextGivesATreeOrAnErrorWithLineAndColumn(
      @ForAll("corruptedTexts") String text) {
    JsonNode parsed;
    try {
      parsed = BundleInput.parse(text, "fuzz");
    } catch (BundleInputException e) {
      String m = e.getMessage();
      assertTrue(
          m.startsWith("Empty input")
              || m.contains("exceeds a limit")
              || m.matches("(?s).* at line \\d+, column \\d+.*")
              || m.matches("(?s).*lone UTF-16 surrogate .* at /.*"),
          m);
      return;
    }
    assertSound(parsed, VALIDATOR.validate(parsed));
  }

  @Property
  void readingAnyStringGivesATreeOrAClearError(@ForAll String text) {
    try {
      assertNotNull(BundleInput.parse(text, "fuzz"));
    } catch (BundleInputException e) {
      assertFalse(e.getMessage().isBlank());
    }
  }

  @Property
  void findingOrderIsAConsistentTotalOrder(
      @ForAll("pointers") String a, @ForAll("pointers") String b, @ForAll("pointers") String c) {
    int ab = Integer.signum(FindingOrder.comparePaths(a, b));
    assertEquals(-ab, Integer.signum(FindingOrder.comparePaths(b, a)));
    if (ab <= 0 && FindingOrder.comparePaths(b, c) <= 0) {
      assertTrue(FindingOrder.comparePaths(a, c) <= 0, a + " " + b + " " + c);
    }
    assertEquals(a.equals(b), FindingOrder.comparePaths(a, b) == 0);
  }

  @Example
  void nestingJustBelowTheLimitIsReadAndValidated() {
    int depth = Json.MAX_DEPTH - 5;
    String text =
        "{\"keplerMapConfig\":{\"config\":{\"visState\":{\"layers\":"
            + "[".repeat(depth - 4)
            + "]".repeat(depth - 4)
            + "}}}}";
    JsonNode parsed = BundleInput.parse(text, "fuzz");
    assertSound(parsed, VALIDATOR.validate(parsed));
  }

  @Example
  void nestingAboveTheLimitIsRefusedWithTheLimit() {
    String text = "[".repeat(Json.MAX_DEPTH + 1) + "]".repeat(Json.MAX_DEPTH + 1);
    BundleInputException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BundleInputException.class, () -> BundleInput.parse(text, "fuzz"));
    assertTrue(e.getMessage().contains(Json.MAX_DEPTH + " levels of nesting"), e.getMessage());
  }

  @Example
  void aHugeLayerListIsValidatedWithinTheReportCap() {
    ObjectNode bundle = ExampleBundles.load("minimal");
    ArrayNode layers = (ArrayNode) bundle.at("/keplerMapConfig/config/visState/layers");
    for (int i = 0; i < 20_000; i++) {
      layers.add(layers.get(0).deepCopy());
    }
    ValidationReport report = VALIDATOR.validate(bundle);
    assertSound(bundle, report);
    assertEquals("TOO_MANY_FINDINGS", report.warnings().get(report.warnings().size() - 1).code());
  }

  // ---- checks

  static void assertSound(JsonNode input, ValidationReport report) {
    assertNotNull(report);
    assertEquals(report.errors().isEmpty(), report.valid());
    assertTrue(
        report.errors().size() + report.warnings().size() <= Tier1Validator.MAX_FINDINGS + 1);
    for (Finding f : report.errors()) {
      assertTrue(f.isError());
      assertFalse(f.code().isBlank() || f.message().isBlank());
      ValidationCorpusTest.assertPointsIntoInput(input, f);
    }
    for (Finding f : report.warnings()) {
      assertFalse(f.code().equals("RULE_FAILED"), () -> "a rule gave up: " + f.message());
      if (!f.code().equals("TOO_MANY_FINDINGS")) {
        ValidationCorpusTest.assertPointsIntoInput(input, f);
      }
    }
  }

  // ---- generators

  @Provide
  Arbitrary<JsonNode> trees() {
    return tree(4);
  }

  @Provide
  Arbitrary<JsonNode> objects() {
    Arbitrary<JsonNode> config = object(3);
    return Combinators.combine(tree(3), tree(3), config, config)
        .as(
            (datasets, agent, visState, rest) -> {
              ObjectNode root = F.objectNode();
              root.set("datasets", datasets);
              root.set("agent", agent);
              ObjectNode conf = root.putObject("keplerMapConfig").putObject("config");
              conf.set("visState", visState);
              rest.properties().forEach(e -> conf.set(e.getKey(), e.getValue()));
              return root;
            });
  }

  @Provide
  Arbitrary<JsonNode> mutatedBundles() {
    Arbitrary<Mutation> mutation =
        Combinators.combine(
                Arbitraries.integers().greaterOrEqual(0), Arbitraries.of(Op.class), tree(3))
            .as(Mutation::new);
    return Combinators.combine(
            Arbitraries.of("minimal", "rich"), mutation.list().ofMinSize(1).ofMaxSize(5))
        .as(
            (name, mutations) -> {
              ObjectNode doc = ExampleBundles.load(name);
              for (Mutation m : mutations) {
                mutate(doc, m);
              }
              return doc;
            });
  }

  @Provide
  Arbitrary<String> corruptedTexts() {
    String rich = ExampleBundles.text("/bundles/rich.json");
    Arbitrary<String> junk =
        Arbitraries.oneOf(
            Arbitraries.of(
                "{",
                "}",
                "[",
                "]",
                ",",
                ":",
                "\"",
                "\\",
                "\\u12",
                "tru",
                "-",
                "1e9999999",
                "\u0000",
                "\uD800",
                "/*",
                "NaN"),
            Arbitraries.strings().ofMaxLength(3));
    return Combinators.combine(
            Arbitraries.integers().between(0, rich.length()),
            Arbitraries.integers().between(0, 40),
            junk,
            Arbitraries.of(true, false))
        .as(
            (at, cut, insert, truncate) -> {
              String head = rich.substring(0, at);
              if (truncate) {
                return head;
              }
              String tail = rich.substring(Math.min(rich.length(), at + cut));
              return head + insert + tail;
            });
  }

  @Provide
  Arbitrary<String> pointers() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of("0", "1", "2", "10", "02", "a", "b", "1a", "", "~0"),
            Arbitraries.strings().withCharRange('0', '9').ofMinLength(1).ofMaxLength(3),
            Arbitraries.strings().alpha().numeric().ofMaxLength(3));
    return segment.list().ofMaxSize(4).map(s -> s.isEmpty() ? "" : "/" + String.join("/", s));
  }

  private Arbitrary<JsonNode> leaves() {
    return Arbitraries.oneOf(
        Arbitraries.just(F.nullNode()),
        Arbitraries.of(true, false).map(F::booleanNode),
        Arbitraries.integers().map(F::numberNode),
        Arbitraries.longs().map(F::numberNode),
        Arbitraries.doubles().between(-1e12, 1e12).map(F::numberNode),
        Arbitraries.of(WORDS).map(F::stringNode),
        Arbitraries.strings().all().ofMaxLength(12).map(F::stringNode));
  }

  private Arbitrary<JsonNode> tree(int depth) {
    if (depth == 0) {
      return leaves();
    }
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, leaves()),
        net.jqwik.api.Tuple.of(
            1,
            Arbitraries.lazy(() -> tree(depth - 1))
                .list()
                .ofMaxSize(4)
                .map(
                    items -> {
                      ArrayNode a = F.arrayNode();
                      items.forEach(a::add);
                      return a;
                    })),
        net.jqwik.api.Tuple.of(1, object(depth)));
  }

  private Arbitrary<JsonNode> object(int depth) {
    Arbitrary<String> key =
        Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().all().ofMaxLength(5));
    return Arbitraries.maps(key, Arbitraries.lazy(() -> tree(depth - 1)))
        .ofMaxSize(5)
        .map(
            m -> {
              ObjectNode o = F.objectNode();
              m.forEach(o::set);
              return o;
            });
  }

  // ---- mutation

  private static void mutate(ObjectNode doc, Mutation m) {
    List<JsonPointer> pointers = pointersOf(doc);
    if (pointers.isEmpty()) {
      return;
    }
    JsonPointer target = pointers.get(m.where() % pointers.size());
    JsonNode parent = doc.at(target.head());
    JsonNode current = doc.at(target);
    JsonNode replacement =
        switch (m.op()) {
          case DELETE -> null;
          case REPLACE -> m.value();
          case WORD -> F.stringNode(WORDS.get(Math.floorMod(m.value().hashCode(), WORDS.size())));
          case SWAP_TYPE -> swapType(current);
          case HUGE_ARRAY -> {
            JsonNode a1 = current.isContainer() ? F.stringNode("x") : current;
            JsonNode a2 = m.value().isContainer() ? F.numberNode(1) : m.value();
            ArrayNode a = F.arrayNode();
            for (int i = 0; i < 5_000; i++) {
              a.add(i % 2 == 0 ? a1 : a2);
            }
            yield a;
          }
          case DEEP_NEST -> {
            // Wraps a leaf, not the current value, so repeated nesting stays below what can be
            // written as text.
            JsonNode n = m.value().isContainer() ? F.nullNode() : m.value();
            for (int i = 0; i < Json.MAX_DEPTH - 20; i++) {
              n = i % 2 == 0 ? F.arrayNode().add(n) : F.objectNode().set("layers", n);
            }
            yield n;
          }
        };
    String key = target.last().getMatchingProperty();
    if (parent instanceof ObjectNode o) {
      if (replacement == null) {
        o.remove(key);
      } else {
        o.set(key, replacement);
      }
    } else if (parent instanceof ArrayNode a) {
      int index = target.last().getMatchingIndex();
      if (replacement == null) {
        a.remove(index);
      } else {
        a.set(index, replacement);
      }
    }
  }

  private static JsonNode swapType(JsonNode n) {
    if (n.isObject()) {
      ArrayNode a = F.arrayNode();
      n.values().forEach(a::add);
      return a;
    }
    if (n.isArray()) {
      ObjectNode o = F.objectNode();
      for (int i = 0; i < n.size(); i++) {
        o.set(String.valueOf(i), n.get(i));
      }
      return o;
    }
    if (n.isString()) {
      return F.numberNode(n.stringValue().length());
    }
    if (n.isNumber() || n.isBoolean()) {
      return F.stringNode(n.toString());
    }
    return F.objectNode();
  }

  /** Every pointer in the document down to a bounded depth, root excluded. */
  private static List<JsonPointer> pointersOf(JsonNode doc) {
    List<JsonPointer> out = new ArrayList<>();
    Deque<JsonPointer> todo = new ArrayDeque<>();
    todo.add(JsonPointer.empty());
    while (!todo.isEmpty() && out.size() < 20_000) {
      JsonPointer p = todo.poll();
      JsonNode n = doc.at(p);
      if (p.length() > 12) {
        continue;
      }
      if (n.isObject()) {
        for (String k : n.propertyNames()) {
          JsonPointer child = p.appendProperty(k);
          out.add(child);
          todo.add(child);
        }
      } else if (n.isArray()) {
        for (int i = 0; i < Math.min(n.size(), 50); i++) {
          JsonPointer child = p.appendIndex(i);
          out.add(child);
          todo.add(child);
        }
      }
    }
    return out;
  }

  private static List<String> bundleKeys() {
    Set<String> keys = new TreeSet<>();
    for (String name : List.of("minimal", "rich")) {
      Deque<JsonNode> todo = new ArrayDeque<>(List.of(ExampleBundles.load(name)));
      while (!todo.isEmpty()) {
        JsonNode n = todo.poll();
        if (n.isObject()) {
          keys.addAll(n.propertyNames());
        }
        n.values().forEach(todo::add);
      }
    }
    keys.addAll(
        List.of(
            "splitMaps",
            "layers",
            "customMarkers",
            "customMarkersRange",
            "markerMap",
            "markerId",
            "markerUrl",
            "radiusScaleWithZoom",
            "radiusField",
            "items",
            "template",
            "templateMode",
            "selectionMode",
            "defaultValue",
            "providerId",
            "geomType",
            "aggregationExp",
            "isSplit",
            "children",
            "uiState",
            "filters",
            "crossFilteringDataSourceIds",
            "buckets",
            "operationColumn",
            "customBaseMaps",
            "customStyle",
            "model",
            "uniqueIdProperty"));
    return List.copyOf(keys);
  }
}
