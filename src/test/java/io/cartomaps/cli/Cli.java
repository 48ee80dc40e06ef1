package io.cartomaps.cli;

import io.cartomaps.app.Wiring;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileOverrides;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the CLI in-process, built for its arguments as the program builds it, on a temporary local
 * workspace, capturing stdout, stderr and the exit code.
 */
final class Cli {

  record Result(int exit, String out, String err) {}

  private final Path home;

  Cli(Path home) {
    this.home = home;
  }

  Result input(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Environment env =
        Environment.of(
            Map.of(
                "CARTO_MAPS_HOME",
                home.toString(),
                "CARTO_CREDENTIALS_FILE",
                home.resolve("no-credentials.json").toString()),
            home);
    int code =
        RootCommand.commandLine(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                o -> Wiring.open(env, ProfileOverrides.of(o.profile, o.token, o.baseUrl), null),
                args)
            .execute(args);
    return new Result(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  Result run(String... args) {
    return input("", args);
  }
}
