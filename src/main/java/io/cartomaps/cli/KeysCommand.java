package io.cartomaps.cli;

import io.cartomaps.config.UserHome;
import io.cartomaps.http.ApiKey;
import io.cartomaps.http.ApiKeyFile;
import io.cartomaps.http.KeyHash;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code keys}: API keys of the HTTP server (its own keys, never CARTO tokens). */
@Command(
    name = "keys",
    mixinStandardHelpOptions = true,
    description = "Manage the HTTP server's API keys.",
    subcommands = {KeysCommand.Create.class})
final class KeysCommand implements Runnable {

  static final String ENV = "CARTO_MAPS_KEYS_FILE";
  static final String DEFAULT_FILE_DESCRIPTION = "$CARTO_MAPS_HOME/http-keys.json";

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /**
   * The keys file when none is named: CARTO_MAPS_KEYS_FILE, else http-keys.json in the program's
   * home.
   */
  static Path defaultFile() {
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) {
      return Path.of(env);
    }
    String home = System.getenv("CARTO_MAPS_HOME");
    Path dir =
        home != null && !home.isBlank()
            ? Path.of(home)
            : UserHome.current().resolve(".carto-maps-mcp");
    return dir.resolve("http-keys.json");
  }

  /** {@code keys create}: prints a new key once and stores only its hash. */
  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Create an API key: prints it once on stdout and appends its SHA-256 to the keys file.")
  static final class Create implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
        names = "--name",
        required = true,
        description = "Name of the key (shown in logs and errors).")
    String name;

    @Option(
        names = "--profile",
        required = true,
        split = ",",
        description =
            "Profile(s) whose CARTO credentials the key may use; the first is its default.")
    List<String> profiles;

    @Option(names = "--read-only", description = "The key may call no tool that changes maps.")
    boolean readOnly;

    @Option(names = "--tools", split = ",", description = "The key may call only these tools.")
    List<String> tools;

    @Option(
        names = "--exclude-tools",
        split = ",",
        description = "The key may not call these tools.")
    List<String> excludeTools;

    @Option(
        names = "--keys-file",
        description =
            "Keys file to append to (default: CARTO_MAPS_KEYS_FILE, or "
                + DEFAULT_FILE_DESCRIPTION
                + ").")
    Path keysFile;

    @Override
    public Integer call() {
      if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
        throw new CliException(
            CliErrors.INPUT, "--name must be 1-64 letters, digits, '.', '_' or '-'.");
      }
      Path file = keysFile != null ? keysFile : defaultFile();
      String key = KeyHash.newKey();
      ApiKeyFile.append(
          file, new ApiKey(name, KeyHash.sha256(key), profiles, readOnly, tools, excludeTools));
      spec.commandLine().getOut().println(key);
      spec.commandLine()
          .getErr()
          .println(
              "Key '"
                  + name
                  + "' added to "
                  + file
                  + " (only its hash is stored; this is the "
                  + "only time the key is shown). Clients send it as 'Authorization: Bearer <key>'.");
      return 0;
    }
  }
}
