package io.cartomaps.cli;

import io.cartomaps.maps.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code maps create [json|path|-]}. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    description =
        "Create a map from a bundle (JSON text, a file, or stdin). Validates and dry-runs sources first.")
final class CreateCommand extends CliCommand {

  @Parameters(index = "0", arity = "0..1", paramLabel = "<json|path|->")
  String input;

  @Override
  int run() {
    WriteResult r = services().maps().create(global.profile, BundleArg.read(input, stdin()));
    if (global.json) {
      json(r);
    } else {
      Human.write(out(), "Created", r);
    }
    return 0;
  }
}
