package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.json.Json;
import io.cartomaps.validate.ExampleBundles;
import io.cartomaps.validate.Tier1Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ValidateCommandTest {

  record Run(int exit, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  @TempDir Path dir;

  static Run run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ValidateCommand command =
        new ValidateCommand(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Tier1Validator.rulesOnly());
    CommandLine cl = new CommandLine(command);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler(new CliErrors());
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private static String invalidBundle() {
    ObjectNode b = ExampleBundles.load("minimal");
    ((ObjectNode) b.at("/keplerMapConfig/config/visState/layers/0/config"))
        .put("dataId", "$ref:nope");
    return Json.compact(b);
  }

  @Test
  void exitsZeroForAValidBundleFile() throws IOException {
    Run r = run("", file("minimal.json", ExampleBundles.text("/bundles/minimal.json")).toString());
    assertEquals(0, r.exit());
    assertEquals(List.of("valid"), r.lines());
    assertEquals("", r.err());
  }

  @Test
  void exitsZeroWithWarningsAndOneWithWarningsUnderStrict() throws IOException {
    String rich = file("rich.json", ExampleBundles.text("/bundles/rich.json")).toString();
    Run lenient = run("", rich);
    assertEquals(0, lenient.exit());
    String last = lenient.lines().get(lenient.lines().size() - 1);
    assertTrue(last.matches("valid: 0 errors, \\d+ warnings"), lenient.out());
    Run strict = run("", rich, "--strict");
    assertEquals(1, strict.exit());
    assertTrue(
        strict.lines().get(strict.lines().size() - 1).startsWith("invalid: 0 errors,"),
        strict.out());
  }

  @Test
  void exitsOneForAnInvalidBundleWithOneLinePerFinding() {
    Run r = run("", invalidBundle());
    assertEquals(1, r.exit());
    assertEquals(
        List.of(
            "error UNRESOLVED_REF /keplerMapConfig/config/visState/layers/0/config/dataId: Dangling data "
                + "reference: layer 'L1' points at '$ref:nope', which no dataset declares. (Use one of $ref:shops, or "
                + "declare a dataset with \"$ref\": \"nope\".)",
            "invalid: 1 error, 0 warnings"),
        r.lines());
  }

  @Test
  void jsonOutputIsExactlyOneReportObject() {
    Run r = run("", invalidBundle(), "--json");
    assertEquals(1, r.exit());
    assertEquals(1, r.lines().size());
    JsonNode report = Json.parse(r.out());
    assertEquals(List.of("valid", "errors", "warnings"), List.copyOf(report.propertyNames()));
    assertFalse(report.get("valid").booleanValue());
    assertEquals("UNRESOLVED_REF", report.at("/errors/0/code").stringValue());
    assertEquals(
        "/keplerMapConfig/config/visState/layers/0/config/dataId",
        report.at("/errors/0/path").stringValue());
    assertEquals("", r.err());
  }

  @Test
  void readsStdinWithADashOrWithoutArgument() {
    String minimal = ExampleBundles.text("/bundles/minimal.json");
    assertEquals(0, run(minimal, "-").exit());
    assertEquals(0, run(minimal).exit());
    assertEquals(1, run(invalidBundle(), "-", "--json").exit());
  }

  @Test
  void malformedJsonSaysLineAndColumnAndExitsTwo() throws IOException {
    Path broken = file("broken.json", "{\n  \"title\": \"x\",\n  \"datasets\": [,]\n}\n");
    Run r = run("", broken.toString());
    assertEquals(2, r.exit());
    assertEquals("", r.out());
    assertTrue(
        r.err().startsWith("error: Malformed JSON in " + broken + " at line 3, column"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void unreadableInputUnderJsonIsStillOneReportObject() {
    Run r = run("{\"title\": }", "--json");
    assertEquals(2, r.exit());
    assertEquals(1, r.lines().size());
    JsonNode report = Json.parse(r.out());
    assertFalse(report.get("valid").booleanValue());
    assertEquals("INPUT_UNREADABLE", report.at("/errors/0/code").stringValue());
    assertTrue(report.at("/errors/0/message").stringValue().contains("line 1, column 11"), r.out());
    assertEquals(0, report.get("warnings").size());
  }

  @Test
  void missingFileExitsTwoWithAHint() {
    Run r = run("", dir.resolve("nope.json").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("No such file") && r.err().contains("- to read stdin"), r.err());
  }

  @Test
  void oversizedInputExitsTwoWithTheLimit() {
    String huge = "{\"title\":\"" + "x".repeat(Json.MAX_DOCUMENT_CHARS) + "\"}";
    Run r = run(huge, "-");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("larger than 8 MiB"), r.err());
    assertNoStackTrace(r);
  }

  @Test
  void tooDeepInputExitsTwoWithTheLimit() {
    String deep =
        "{\"a\":" + "[".repeat(Json.MAX_DEPTH + 10) + "]".repeat(Json.MAX_DEPTH + 10) + "}";
    Run r = run(deep, "--json");
    assertEquals(2, r.exit());
    JsonNode report = Json.parse(r.out());
    assertTrue(report.at("/errors/0/message").stringValue().contains("levels of nesting"), r.out());
  }

  @Test
  void nonObjectInputIsInvalidNotUnreadable() {
    Run r = run("[1, 2]", "-");
    assertEquals(1, r.exit());
    assertTrue(r.out().startsWith("error BUNDLE_NOT_OBJECT (document): "), r.out());
  }

  @Test
  void isRegisteredUnderMaps() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int exit =
        RootCommand.commandLine(new PrintStream(bytes, true, StandardCharsets.UTF_8))
            .execute("maps", "validate", "--json", ExampleBundles.text("/bundles/minimal.json"));
    assertEquals(0, exit);
    assertTrue(Json.parse(bytes.toString(StandardCharsets.UTF_8)).get("valid").booleanValue());
  }

  private static void assertNoStackTrace(Run r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    assertFalse(r.out().contains("\tat "), r.out());
  }
}
