package io.cartomaps.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code carto-maps-mcp} command and its sub-commands. */
@Command(name = "carto-maps-mcp", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Author, check, preview and manage CARTO Builder maps: an MCP server and a CLI.",
    subcommands = {MapsCommand.class})
public final class RootCommand implements Runnable {

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: try 'serve' or 'maps --help'.");
  }

  /** A configured command line that writes its output to {@code out} and never prints stack traces. */
  public static CommandLine commandLine(PrintStream out) {
    CommandLine cl = new CommandLine(new RootCommand());
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(System.err, true));
    cl.setExecutionExceptionHandler(new CliErrors());
    return cl;
  }
}
