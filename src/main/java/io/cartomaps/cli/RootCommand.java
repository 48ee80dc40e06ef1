package io.cartomaps.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code carto-maps-mcp} command and its sub-commands. */
@Command(name = "carto-maps-mcp", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Author, check, preview and manage CARTO Builder maps: an MCP server and a CLI.",
    subcommands = {ServeCommand.class, MapsCommand.class, ViewCommand.class, KeysCommand.class})
public final class RootCommand implements Runnable {

  final ServicesProvider services;
  final InputStream stdin;
  /** The process's real stdout: the JSON-RPC channel of {@code serve}. */
  final PrintStream stdout;

  RootCommand(ServicesProvider services, InputStream stdin, PrintStream stdout) {
    this.services = services;
    this.stdin = stdin;
    this.stdout = stdout;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "Missing command: try 'serve' or 'maps --help'.");
  }

  /** The command line of the real program. */
  public static CommandLine commandLine(PrintStream out) {
    return commandLine(out, System.in, RootCommand::openServices);
  }

  /** The program's services for a command's global options. */
  static io.cartomaps.Services openServices(GlobalOptions o) {
    return io.cartomaps.app.Wiring.open(io.cartomaps.config.ProfileOverrides.of(o.profile, o.token, o.baseUrl), null);
  }

  /** A command line with its own stdin and services (tests). Output goes to {@code out}; no stack traces. */
  public static CommandLine commandLine(PrintStream out, InputStream stdin, ServicesProvider services) {
    return commandLine(out, System.err, stdin, services);
  }

  /** The same with its own stderr. */
  public static CommandLine commandLine(PrintStream out, PrintStream err, InputStream stdin, ServicesProvider services) {
    CommandLine cl = new CommandLine(new RootCommand(services, stdin, out));
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler(new CliErrors());
    return cl;
  }
}
