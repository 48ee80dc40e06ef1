package io.cartomaps.cli;

import io.cartomaps.validate.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code maps verify-remote}: Tier-1 plus source dry-runs through the profile's connections. Never
 * writes.
 */
@Command(
    name = "verify-remote",
    mixinStandardHelpOptions = true,
    description =
        "Validate a bundle and dry-run every dataset source through the profile's connections (no writes).")
final class VerifyRemoteCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "<json|path|->")
  String input;

  @Option(names = "--strict", description = "Warnings fail too.")
  boolean strict;

  @Override
  int run() {
    ValidationReport r =
        services().maps().validate(global.profile, BundleArg.read(input, stdin()), true);
    if (global.json) {
      json(r);
    } else {
      r.errors().forEach(f -> out().println(Human.finding(f)));
      r.warnings().forEach(f -> out().println(Human.finding(f)));
      out()
          .println(
              r.valid()
                  ? "valid"
                  : "invalid: "
                      + r.errors().size()
                      + " errors, "
                      + r.warnings().size()
                      + " warnings");
    }
    return r.passes(strict) ? 0 : CliErrors.INVALID;
  }
}
