package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import io.cartomaps.validate.finding.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Walks the corpus in {@code src/test/resources/validation/}: one file per rule (or family), each a
 * list of named cases. A case is a bundle, or an example bundle ({@code base}) changed by a JSON
 * Patch ({@code patch}); it lists the findings it expects as {@code code → [JSON Pointer…]}. For
 * every code the file is about, the report must carry exactly the expected pointers (none in a
 * valid case); a case that expects no error must be valid, and one that does may only fail with the
 * codes it expects.
 */
class ValidationCorpusTest {

  private static final Tier1Validator VALIDATOR = Tier1Validator.rulesOnly();

  /** Codes tested outside the corpus: they concern the input as a whole or the report itself. */
  private static final Set<RuleCode> NOT_IN_CORPUS =
      EnumSet.of(
          RuleCode.BUNDLE_NOT_OBJECT,
          RuleCode.INPUT_UNREADABLE,
          RuleCode.TOO_MANY_FINDINGS,
          RuleCode.RULE_FAILED);

  record Corpus(String file, JsonNode doc) {
    Set<String> codes() {
      Set<String> codes = new TreeSet<>();
      doc.path("codes").values().forEach(c -> codes.add(c.stringValue()));
      for (JsonNode c : doc.get("cases")) {
        codes.addAll(c.get("expect").propertyNames());
      }
      return codes;
    }
  }

  static List<Corpus> corpus() {
    try (Stream<Path> files =
        Files.list(Path.of(ValidationCorpusTest.class.getResource("/validation").toURI()))) {
      return files
          .filter(p -> p.toString().endsWith(".json"))
          .sorted()
          .map(p -> new Corpus(p.getFileName().toString(), read(p)))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> out = new ArrayList<>();
    for (Corpus c : corpus()) {
      for (JsonNode kase : c.doc().get("cases")) {
        out.add(Arguments.of(c.file() + ": " + kase.get("name").stringValue(), c, kase));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void caseYieldsExactlyTheExpectedFindings(String name, Corpus corpus, JsonNode kase) {
    JsonNode bundle = bundleOf(kase);
    ValidationReport report = VALIDATOR.validate(bundle);
    List<Finding> all = new ArrayList<>(report.errors());
    all.addAll(report.warnings());

    Map<String, List<String>> expected = new TreeMap<>();
    Map<String, List<String>> actual = new TreeMap<>();
    for (String code : corpus.codes()) {
      List<String> paths = new ArrayList<>();
      kase.get("expect").path(code).values().forEach(p -> paths.add(p.stringValue()));
      if (!paths.isEmpty()) {
        expected.put(code, paths.stream().sorted().toList());
      }
      List<String> found =
          all.stream().filter(f -> f.code().equals(code)).map(Finding::path).sorted().toList();
      if (!found.isEmpty()) {
        actual.put(code, found);
      }
    }
    assertEquals(expected, actual, () -> name + "\nall findings: " + render(all));

    Set<String> expectedErrors = new TreeSet<>();
    for (String code : kase.get("expect").propertyNames()) {
      if (RuleCode.valueOf(code).severity() == Severity.error) {
        expectedErrors.add(code);
      }
    }
    if (expectedErrors.isEmpty()) {
      assertTrue(report.valid(), () -> name + " should be valid: " + render(report.errors()));
    } else {
      assertFalse(report.valid());
      for (Finding f : report.errors()) {
        assertTrue(
            expectedErrors.contains(f.code()),
            () -> name + ": unexpected error " + ValidateLine.of(f));
      }
    }
    for (Finding f : all) {
      assertPointsIntoInput(bundle, f);
    }
  }

  @Test
  void everyRuleCodeHasAnInvalidCaseInTheCorpus() {
    Set<String> asserted = new TreeSet<>();
    for (Corpus c : corpus()) {
      for (JsonNode kase : c.doc().get("cases")) {
        for (String code : kase.get("expect").propertyNames()) {
          RuleCode.valueOf(code); // unknown codes fail here
          if (!kase.get("expect").get(code).isEmpty()) {
            asserted.add(code);
          }
        }
      }
    }
    List<String> missing = new ArrayList<>();
    for (RuleCode code : RuleCode.values()) {
      if (!NOT_IN_CORPUS.contains(code) && !asserted.contains(code.name())) {
        missing.add(code.name());
      }
    }
    assertEquals(List.of(), missing, "codes without a corpus case that triggers them");
  }

  @Test
  void everyCorpusFileHasAValidAndAnInvalidCase() {
    for (Corpus c : corpus()) {
      boolean valid = false;
      boolean invalid = false;
      for (JsonNode kase : c.doc().get("cases")) {
        boolean expectsSomething = false;
        for (JsonNode paths : kase.get("expect").values()) {
          expectsSomething |= !paths.isEmpty();
        }
        valid |= !expectsSomething;
        invalid |= expectsSomething;
      }
      assertTrue(valid && invalid, c.file() + " needs at least one valid and one invalid case");
    }
  }

  static JsonNode bundleOf(JsonNode kase) {
    if (kase.has("bundle")) {
      return kase.get("bundle").deepCopy();
    }
    JsonNode doc = ExampleBundles.load(kase.path("base").stringValue("minimal"));
    if (kase.has("patch")) {
      JsonPatch.apply(doc, kase.get("patch"));
    }
    return doc;
  }

  /**
   * A finding's pointer is well-formed and names a value of the input or a member to add to one.
   */
  static void assertPointsIntoInput(JsonNode input, Finding f) {
    if (f.path().isEmpty()) {
      return;
    }
    JsonPointer pointer;
    try {
      pointer = JsonPointer.compile(f.path());
    } catch (IllegalArgumentException e) {
      fail("Not a JSON Pointer: " + f.path());
      return;
    }
    if (input.at(pointer).isMissingNode() && input.at(pointer.head()).isMissingNode()) {
      fail(
          "Pointer " + f.path() + " of " + f.code() + " names neither a value nor a member of one");
    }
  }

  private static String render(List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    for (Finding f : findings) {
      sb.append("\n  ").append(ValidateLine.of(f));
    }
    return sb.toString();
  }

  private static JsonNode read(Path p) {
    try {
      return Json.parse(Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One-line rendering of a finding for failure messages. */
  static final class ValidateLine {
    static String of(Finding f) {
      return f.severity() + " " + f.code() + " " + f.path() + ": " + f.message();
    }
  }
}
