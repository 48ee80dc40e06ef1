package io.cartomaps.bench;

import io.cartomaps.json.Json;
import io.cartomaps.validate.Tier1Validator;
import io.cartomaps.validate.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/**
 * What Tier-1 validation costs next to reading the bundle: (a) Jackson parse only, (b) parse +
 * validate, and (c) validate a parsed tree, on {@link LargeBundle}. {@code validator=standard} is
 * the validator the CLI and the MCP tools use ({@link Tier1Validator#standard()}: schema + rules
 * once the schema check is wired in); {@code rulesOnly} isolates the cross-field rules. Sample-time
 * mode keeps every call's duration, so the median stays meaningful on a busy machine where a few
 * descheduled calls inflate the mean.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ValidationBenchmark {

  @Param({"standard", "rulesOnly"})
  public String validator;

  private String text;
  private JsonNode tree;
  private Tier1Validator tier1;

  @Setup
  public void setUp() {
    text = LargeBundle.json();
    tree = Json.parse(text);
    tier1 = validator.equals("standard") ? Tier1Validator.standard() : Tier1Validator.rulesOnly();
    ValidationReport report = tier1.validate(tree);
    if (!report.valid() || !report.warnings().isEmpty()) {
      throw new IllegalStateException("The benchmark bundle must be clean, got " + report);
    }
  }

  @Benchmark
  public JsonNode parse() {
    return Json.parse(text);
  }

  @Benchmark
  public ValidationReport parseAndValidate() {
    return tier1.validate(Json.parse(text));
  }

  @Benchmark
  public ValidationReport validateParsed() {
    return tier1.validate(tree);
  }
}
