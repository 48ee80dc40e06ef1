package io.cartomaps.cli;

import io.cartomaps.maps.WriteResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code maps delete <id>}: asks for the word {@code delete} unless {@code --yes} or {@code
 * --json}.
 */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = "Delete a map (irreversible).")
final class DeleteCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "<map-id>")
  String mapId;

  @Override
  int run() {
    if (!global.yes && !global.json && !confirmed()) {
      err().println("Not deleted.");
      return CliErrors.INVALID;
    }
    WriteResult r = services().maps().delete(global.profile, mapId);
    if (global.json) {
      json(r);
    } else {
      out().println("Deleted " + r.id() + " \"" + r.title() + "\"");
    }
    return 0;
  }

  private boolean confirmed() {
    err().print("Delete map " + mapId + "? This cannot be undone. Type 'delete' to confirm: ");
    err().flush();
    try {
      String line =
          new BufferedReader(new InputStreamReader(stdin(), StandardCharsets.UTF_8)).readLine();
      return line != null && line.trim().equals("delete");
    } catch (IOException e) {
      return false;
    }
  }
}
