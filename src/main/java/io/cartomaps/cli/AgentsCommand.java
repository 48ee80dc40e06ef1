package io.cartomaps.cli;

import io.cartomaps.backend.AgentsStatus;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code maps agents status|models|mcp-tools}. */
@Command(
    name = "agents",
    mixinStandardHelpOptions = true,
    description = "AI agent introspection: status, models, mcp-tools.")
final class AgentsCommand extends CliCommand {

  @Parameters(index = "0", defaultValue = "status", paramLabel = "<status|models|mcp-tools>")
  String what;

  @Override
  int run() {
    AgentsStatus s = services().maps().agents(global.profile);
    Object value =
        switch (what) {
          case "status" -> s;
          case "models" -> s.models();
          case "mcp-tools" -> s.mcpTools();
          default ->
              throw new CliException(
                  CliErrors.INPUT,
                  "Unknown agents subcommand '" + what + "': use status, models or mcp-tools.");
        };
    if (global.json) {
      json(value);
    } else if (value == s) {
      out()
          .println(
              s.enabled()
                  ? "enabled; default model: " + s.defaultModel()
                  : "not available" + (s.note() == null ? "" : ": " + s.note()));
    } else {
      ((List<?>) value).forEach(out()::println);
    }
    return 0;
  }
}
