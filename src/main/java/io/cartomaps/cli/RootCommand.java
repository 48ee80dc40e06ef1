package io.cartomaps.cli;

import io.cartomaps.app.Services;
import io.cartomaps.app.Wiring;
import io.cartomaps.config.ProfileOverrides;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code carto-maps-mcp} command and its sub-commands. */
@Command(
    name = "carto-maps-mcp",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Author, check, preview and manage CARTO Builder maps: an MCP server and a CLI.")
public final class RootCommand implements Runnable {

  /** Its sub-commands in help order (added by {@link CommandTree}). */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(ServeCommand.class, MapsCommand.class, ViewCommand.class, KeysCommand.class);

  final ServicesProvider services;
  final InputStream stdin;

  /** The process's real stdout: the JSON-RPC channel of {@code serve}. */
  final PrintStream stdout;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  RootCommand(ServicesProvider services, InputStream stdin, PrintStream stdout) {
    this.services = services;
    this.stdin = stdin;
    this.stdout = stdout;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: try 'serve' or 'maps --help'.");
  }

  /** The command line of the real program, with every command. */
  public static CommandLine commandLine(PrintStream out) {
    return commandLine(out, System.in, RootCommand::openServices);
  }

  /**
   * The command line of the real program for {@code args}: a command that {@code args} names is
   * built without its siblings (see {@link CommandTree}), so it parses and runs exactly as in the
   * whole tree.
   */
  public static CommandLine commandLine(PrintStream out, String[] args) {
    return commandLine(out, System.err, System.in, RootCommand::openServices, args);
  }

  /** The program's services for a command's global options. */
  static Services openServices(GlobalOptions o) {
    return Wiring.open(ProfileOverrides.of(o.profile, o.token, o.baseUrl), null);
  }

  /**
   * A command line with its own stdin and services (tests). Output goes to {@code out}; no stack
   * traces.
   */
  public static CommandLine commandLine(
      PrintStream out, InputStream stdin, ServicesProvider services) {
    return commandLine(out, System.err, stdin, services);
  }

  /** The same with its own stderr. */
  public static CommandLine commandLine(
      PrintStream out, PrintStream err, InputStream stdin, ServicesProvider services) {
    return commandLine(out, err, stdin, services, new String[0]);
  }

  /** The same built for {@code args} only (see {@link CommandTree}). */
  static CommandLine commandLine(
      PrintStream out,
      PrintStream err,
      InputStream stdin,
      ServicesProvider services,
      String[] args) {
    CommandLine cl = CommandTree.build(new RootCommand(services, stdin, out), args);
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    cl.setExecutionExceptionHandler(new CliErrors());
    return cl;
  }
}
