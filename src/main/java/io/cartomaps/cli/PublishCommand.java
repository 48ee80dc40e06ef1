package io.cartomaps.cli;

import io.cartomaps.maps.WriteResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code maps publish <id>}. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = "Freeze a snapshot so viewers see the current state.")
final class PublishCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "<map-id>")
  String mapId;

  @Override
  int run() {
    WriteResult r = services().maps().publish(global.profile, mapId);
    if (global.json) {
      json(r);
    } else {
      Human.write(out(), "Published", r);
    }
    return 0;
  }
}
