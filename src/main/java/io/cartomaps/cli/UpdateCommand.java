package io.cartomaps.cli;

import io.cartomaps.maps.UpdateOptions;
import io.cartomaps.maps.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code maps update <id> [json]}: partial update, guarded. */
@Command(
    name = "update",
    mixinStandardHelpOptions = true,
    description = "Update a map with a partial bundle (JSON text, a file, or stdin).")
final class UpdateCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "<map-id>")
  String mapId;

  @Parameters(index = "1", arity = "0..1", paramLabel = "<json|path|->")
  String input;

  @Option(names = "--dry-run", description = "Print planned actions without writing.")
  boolean dryRun;

  @Option(
      names = "--datasets-mode",
      defaultValue = "merge",
      description = "merge (default) or replace: delete datasets not in the input.")
  String datasetsMode;

  @Option(names = "--publish", description = "Publish after the update.")
  boolean publish;

  @Option(
      names = "--allow-kepler-replace",
      description = "Accept a keplerMapConfig that drops layers or resets the viewport.")
  boolean allowKeplerReplace;

  @Override
  int run() {
    if (!datasetsMode.equals("merge") && !datasetsMode.equals("replace")) {
      throw new CliException(CliErrors.INPUT, "--datasets-mode must be merge or replace.");
    }
    UpdateOptions o =
        new UpdateOptions(datasetsMode.equals("replace"), allowKeplerReplace, dryRun, publish);
    WriteResult r =
        services().maps().update(global.profile, mapId, BundleArg.read(input, stdin()), o);
    if (global.json) {
      json(r);
    } else {
      Human.write(out(), dryRun ? "Dry run, nothing written:" : "Updated", r);
    }
    return 0;
  }
}
