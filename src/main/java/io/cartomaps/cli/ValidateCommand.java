package io.cartomaps.cli;

import io.cartomaps.bundle.BundleInput;
import io.cartomaps.bundle.BundleInputException;
import io.cartomaps.json.Json;
import io.cartomaps.validate.Tier1Validator;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * {@code maps validate [json|path|-] [--json] [--strict]}: Tier-1 validation, offline. Exit 0 when
 * valid, 1 when invalid, 2 when the input cannot be read; with {@code --json} stdout is always
 * exactly one report object, an unreadable input included (one {@code INPUT_UNREADABLE} error).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Check a map bundle offline (Tier-1): JSON Schema sections plus cross-field rules.",
      "No network, no credentials. Codes are listed in docs/validation.md."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:valid (warnings allowed unless --strict)",
      "1:invalid",
      "2:the input could not be read or parsed"
    })
public final class ValidateCommand implements Callable<Integer> {

  static final int VALID = 0;
  static final int INVALID = 1;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "json|path|-",
      description = "The bundle: JSON text, a path to a .json file, or - (the default) for stdin.")
  String input;

  @Option(
      names = "--json",
      description = "Print one JSON object {valid, errors, warnings} instead of text.")
  boolean json;

  @Option(names = "--strict", description = "Fail (exit 1) on warnings too.")
  boolean strict;

  @Spec CommandSpec spec;

  private final InputStream stdin;
  private final Tier1Validator validator;

  public ValidateCommand() {
    this(System.in, Tier1Validator.standard());
  }

  ValidateCommand(InputStream stdin, Tier1Validator validator) {
    this.stdin = stdin;
    this.validator = validator;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    JsonNode bundle;
    try {
      bundle = BundleInput.read(input, stdin);
    } catch (BundleInputException e) {
      if (json) {
        out.println(
            Json.compact(
                ValidationReport.of(
                    List.of(RuleCode.INPUT_UNREADABLE.at("", e.getMessage(), null)))));
        out.flush();
      } else {
        spec.commandLine().getErr().println("error: " + e.getMessage());
      }
      return CliErrors.INPUT;
    }
    ValidationReport report = validator.validate(bundle);
    if (json) {
      out.println(Json.compact(report));
    } else {
      printText(report, out);
    }
    out.flush();
    return report.passes(strict) ? VALID : INVALID;
  }

  private void printText(ValidationReport report, PrintWriter out) {
    for (Finding f : report.errors()) {
      out.println(line(f));
    }
    for (Finding f : report.warnings()) {
      out.println(line(f));
    }
    int errors = report.errors().size();
    int warnings = report.warnings().size();
    if (!report.passes(strict)) {
      out.println(
          "invalid: "
              + errors
              + plural(errors, " error")
              + ", "
              + warnings
              + plural(warnings, " warning")
              + (report.valid() ? " (--strict fails on warnings)" : ""));
    } else if (warnings > 0) {
      out.println("valid: 0 errors, " + warnings + plural(warnings, " warning"));
    } else {
      out.println("valid");
    }
  }

  /** {@code error CODE /path: message (suggestion)}. */
  static String line(Finding f) {
    String path = f.path().isEmpty() ? "(document)" : f.path();
    String suggestion = f.suggestion() == null ? "" : " (" + f.suggestion() + ")";
    return f.severity() + " " + f.code() + " " + path + ": " + f.message() + suggestion;
  }

  private static String plural(int n, String word) {
    return n == 1 ? word : word + "s";
  }
}
