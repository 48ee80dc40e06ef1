package io.cartomaps.cli;

import java.util.List;
import picocli.CommandLine.Command;

/** {@code maps …}: the mirror of {@code carto maps}. */
@Command(
    name = "maps",
    mixinStandardHelpOptions = true,
    description =
        "Manage CARTO Builder maps: list, get, create, update, validate, publish, copy, delete …")
public final class MapsCommand implements Runnable {

  /** Its sub-commands in help order (added by {@link CommandTree}). */
  static final List<Class<?>> SUBCOMMANDS =
      List.of(
          ListCommand.class,
          GetCommand.class,
          CreateCommand.class,
          UpdateCommand.class,
          ValidateCommand.class,
          VerifyRemoteCommand.class,
          PublishCommand.class,
          SchemaCommand.class,
          AgentsCommand.class,
          DatasetsCommand.class,
          ScreenshotCommand.class,
          CopyCommand.class,
          DeleteCommand.class,
          ExportCommand.class);

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
