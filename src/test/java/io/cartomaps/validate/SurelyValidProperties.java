package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The quick "surely valid" tests never contradict the library: on the example bundles with random
 * parts deleted, duplicated or replaced, a bundle they call valid is one the library, evaluating
 * every keyword itself, finds nothing wrong with, and one they call invalid is one it reports.
 */
class SurelyValidProperties {

  private static final Schema LIBRARY_ONLY =
      SchemaCheck.registry(false).getSchema(SchemaLocation.of(SchemaSections.ID_BASE + "bundle"));
  private static final SurelyValid.Test BUNDLE =
      SchemaCheck.surelyValid(SchemaSections.get(), SchemaCheck.registry(false))
          .document(URI.create(SchemaSections.ID_BASE + "bundle"));

  @Example
  void certifiesTheExampleBundles() {
    assertEquals(SurelyValid.VALID, BUNDLE.apply(TestBundles.rich()));
    assertEquals(SurelyValid.VALID, BUNDLE.apply(TestBundles.minimal()));
  }

  @Property(tries = 400)
  @StatisticsReport(onFailureOnly = true)
  void neverContradictsTheLibrary(@ForAll long seed) {
    Random random = new Random(seed);
    ObjectNode bundle = random.nextBoolean() ? TestBundles.rich() : TestBundles.minimal();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      if (random.nextInt(3) == 0) {
        SchemaCheckInCodeProperties.mutate(bundle, random);
      } else {
        reshuffle(bundle, random);
      }
    }
    int verdict = BUNDLE.apply(bundle);
    Statistics.collect(verdict);
    boolean libraryFindsNothing = LIBRARY_ONLY.validate(bundle).isEmpty();
    if (verdict == SurelyValid.VALID) {
      assertTrue(libraryFindsNothing, "certified valid, but the library reports errors");
    } else if (verdict == SurelyValid.INVALID) {
      assertFalse(libraryFindsNothing, "called invalid, but the library reports nothing");
    }
    // Both verdicts must come up, or the property would hold for a test that always says UNKNOWN.
    Statistics.coverage(
        coverage -> {
          coverage.check(SurelyValid.VALID).count(n -> n > 0);
          coverage.check(SurelyValid.INVALID).count(n -> n > 0);
        });
  }

  /**
   * Changes that often keep a bundle valid, so that valid verdicts get tested too: drop an object
   * property, or copy, drop or reorder array items.
   */
  private static void reshuffle(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      object.remove(names.get(random.nextInt(names.size())));
    } else if (target instanceof ArrayNode array && !array.isEmpty()) {
      int i = random.nextInt(array.size());
      switch (random.nextInt(3)) {
        case 0 -> array.add(array.get(i).deepCopy());
        case 1 -> array.remove(i);
        default -> array.insert(0, array.remove(i));
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
