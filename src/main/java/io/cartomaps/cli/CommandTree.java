package io.cartomaps.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Builds the command tree for one command line. picocli reflects over every option of every command
 * it is given, and each CLI run is a new JVM, so where the next argument names a sub-command
 * exactly (by name or alias) only that sub-command is built below its parent; otherwise (help, a
 * typo that earns a suggestion, an option) all of them are. A command thus parses and runs the same
 * as in the whole tree, with its parents for {@code spec.root()}.
 */
final class CommandTree {

  /**
   * The commands whose sub-commands are added here rather than declared in their {@code @Command}.
   */
  private static final Map<Class<?>, List<Class<?>>> CHILDREN =
      Map.of(
          RootCommand.class, RootCommand.SUBCOMMANDS,
          MapsCommand.class, MapsCommand.SUBCOMMANDS);

  private CommandTree() {}

  /** The root command line for {@code args}; with no arguments, the whole tree. */
  static CommandLine build(RootCommand root, String[] args) {
    CommandLine cl = new CommandLine(root);
    addSubcommands(cl, RootCommand.class, args, 0);
    return cl;
  }

  private static void addSubcommands(CommandLine parent, Class<?> type, String[] args, int next) {
    List<Class<?>> children = CHILDREN.getOrDefault(type, List.of());
    Class<?> named = next < args.length ? named(children, args[next]) : null;
    for (Class<?> child : children) {
      if (named == null || child == named) {
        CommandLine sub = new CommandLine(child);
        addSubcommands(sub, child, args, named == null ? args.length : next + 1);
        parent.addSubcommand(sub);
      }
    }
  }

  private static Class<?> named(List<Class<?>> children, String arg) {
    for (Class<?> child : children) {
      Command c = child.getAnnotation(Command.class);
      if (c.name().equals(arg) || Arrays.asList(c.aliases()).contains(arg)) {
        return child;
      }
    }
    return null;
  }
}
