package io.cartomaps.validate;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import io.cartomaps.validate.rules.IndexedBundle;
import io.cartomaps.validate.rules.Rule;
import io.cartomaps.validate.rules.Rules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Tier-1 validation, offline: the JSON Schema check plus the cross-field rules, merged into one
 * report whose findings are sorted by path, de-duplicated and capped. Immutable and thread-safe; a
 * validation costs one {@link IndexedBundle} and the rules' passes over it.
 */
public final class Tier1Validator {

  /**
   * The most findings a report carries; a final {@code TOO_MANY_FINDINGS} warning says how many
   * were left out.
   */
  public static final int MAX_FINDINGS = 200;

  /**
   * Longest message or suggestion kept; bundles can hold megabyte-long names that findings quote.
   */
  static final int MAX_TEXT = 500;

  private final BundleCheck schema;
  private final List<Rule> rules;

  private Tier1Validator(BundleCheck schema, List<Rule> rules) {
    this.schema = schema;
    this.rules = rules;
  }

  /**
   * The validator the CLI ({@code maps validate}), the MCP tools and the benchmark use: the JSON
   * Schema sections, then the cross-field rules.
   */
  public static Tier1Validator standard() {
    return withSchema(
        bundle -> SchemaCheck.get().check(bundle)); // compiled on first use, not at start-up
  }

  /** Schema check first, then the cross-field rules. */
  public static Tier1Validator withSchema(BundleCheck schema) {
    return new Tier1Validator(schema, Rules.all());
  }

  /** The cross-field rules alone. */
  public static Tier1Validator rulesOnly() {
    return new Tier1Validator(BundleCheck.none(), Rules.all());
  }

  public ValidationReport validate(JsonNode input) {
    if (input == null || !input.isObject()) {
      String kind = input == null || input.isMissingNode() ? "nothing" : describe(input);
      return ValidationReport.of(
          List.of(
              RuleCode.BUNDLE_NOT_OBJECT.at(
                  "",
                  "The input is " + kind + ", but a map bundle is a JSON object.",
                  "Pass an object like {\"title\": …, \"datasets\": […], \"keplerMapConfig\": {…}}.")));
    }
    List<Finding> findings = new ArrayList<>();
    try {
      findings.addAll(schema.check(input));
    } catch (RuntimeException | StackOverflowError e) {
      findings.add(
          RuleCode.RULE_FAILED.at(
              "",
              "The schema check could not finish on this input; the cross-field "
                  + "rules still ran.",
              null));
    }
    IndexedBundle view = IndexedBundle.of(input);
    for (Rule rule : rules) {
      try {
        rule.check(view, findings);
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(
            RuleCode.RULE_FAILED.at(
                "",
                "The check "
                    + rule.getClass().getSimpleName()
                    + " could not finish on this input; the other checks ran.",
                null));
      }
    }
    return ValidationReport.of(finish(findings));
  }

  /**
   * Sorted by path, duplicates removed, texts bounded, at most {@link #MAX_FINDINGS} (errors kept
   * first). A schema finding at a path a rule also reports is dropped: the rule's finding names the
   * cause and its fix (a near miss for an enum, Builder's real requirement for a shape CARTO
   * accepts), and one mistake gets one finding.
   */
  static List<Finding> finish(List<Finding> findings) {
    Set<String> rulePaths = new HashSet<>();
    for (Finding f : findings) {
      if (!f.code().startsWith("SCHEMA_")) {
        rulePaths.add(f.path());
      }
    }
    List<Finding> bounded = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      if (f.code().startsWith("SCHEMA_") && rulePaths.contains(f.path())) {
        continue;
      }
      bounded.add(bound(f));
    }
    bounded.sort(FindingOrder.INSTANCE);
    List<Finding> unique = new ArrayList<>(new LinkedHashSet<>(bounded));
    if (unique.size() <= MAX_FINDINGS) {
      return unique;
    }
    List<Finding> kept = new ArrayList<>(MAX_FINDINGS + 1);
    for (Finding f : unique) {
      if (f.isError() && kept.size() < MAX_FINDINGS) {
        kept.add(f);
      }
    }
    for (Finding f : unique) {
      if (!f.isError() && kept.size() < MAX_FINDINGS) {
        kept.add(f);
      }
    }
    kept.sort(FindingOrder.INSTANCE);
    kept.add(
        RuleCode.TOO_MANY_FINDINGS.at(
            "",
            (unique.size() - MAX_FINDINGS)
                + " more findings were left out of "
                + "this report (it keeps "
                + MAX_FINDINGS
                + ", errors first).",
            "Fix the findings above and validate again."));
    return kept;
  }

  private static Finding bound(Finding f) {
    if (f.message().length() <= MAX_TEXT
        && (f.suggestion() == null || f.suggestion().length() <= MAX_TEXT)) {
      return f;
    }
    return new Finding(
        f.severity(),
        f.code(),
        f.path(),
        abbreviate(f.message()),
        f.suggestion() == null ? null : abbreviate(f.suggestion()));
  }

  private static String abbreviate(String s) {
    return s.length() <= MAX_TEXT ? s : s.substring(0, MAX_TEXT - 1) + "…";
  }

  private static String describe(JsonNode node) {
    if (node.isArray()) {
      return "an array";
    }
    if (node.isString()) {
      return "a string";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "a boolean";
    }
    return node.isNull() ? "null" : "not an object";
  }
}
