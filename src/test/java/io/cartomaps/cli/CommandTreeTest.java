package io.cartomaps.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * A command line built for its arguments only answers exactly as the whole command tree does: help,
 * versions, suggestions for typos, usage errors. None of these opens the program's services.
 */
class CommandTreeTest {

  static Stream<List<String>> commandLines() {
    return Stream.of(
        List.of("--help"),
        List.of("--version"),
        List.of("maps"),
        List.of("maps", "--help"),
        List.of("maps", "lsit"),
        List.of("mpas", "list"),
        List.of("maps", "validate", "--help"),
        List.of("maps", "validate", "--bogus"),
        List.of("maps", "list", "--bogus"),
        List.of("maps", "schema", "--help"),
        List.of("maps", "datasets", "--help"),
        List.of("maps", "datasets", "update", "--help"),
        List.of("keys", "--help"),
        List.of("keys", "create", "--help"),
        List.of("view", "--help"),
        List.of("serve", "--help"),
        List.of("serve", "--bogus"),
        List.of("--bogus"),
        List.of("maps", "--json"));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void answersAsTheWholeTree(List<String> args) {
    String[] a = args.toArray(String[]::new);
    assertEquals(run(a, new String[0]), run(a, a), String.join(" ", args));
  }

  @ParameterizedTest
  @MethodSource("commandLines")
  void namedCommandIsBuiltWithoutItsSiblings(List<String> args) {
    String[] a = args.toArray(String[]::new);
    CommandLine cl =
        RootCommand.commandLine(
            System.out,
            System.err,
            new ByteArrayInputStream(new byte[0]),
            o -> {
              throw new AssertionError("services opened");
            },
            a);
    int expected =
        RootCommand.SUBCOMMANDS.stream()
                .anyMatch(c -> c.getAnnotation(CommandLine.Command.class).name().equals(a[0]))
            ? 1
            : RootCommand.SUBCOMMANDS.size();
    assertEquals(expected, cl.getSubcommands().size(), String.join(" ", args));
  }

  /** Exit code, stdout and stderr of {@code args} on a tree built for {@code builtFor}. */
  private static List<Object> run(String[] args, String[] builtFor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        RootCommand.commandLine(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(new byte[0]),
                o -> {
                  throw new AssertionError("services opened");
                },
                builtFor)
            .execute(args);
    return List.of(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
