package io.cartomaps.cli;

import picocli.CommandLine.Command;

/** {@code maps …}: the mirror of {@code carto maps}. */
@Command(name = "maps", mixinStandardHelpOptions = true,
    description = "Manage CARTO Builder maps: list, get, create, update, validate, publish, copy, delete …",
    subcommands = {ListCommand.class, GetCommand.class, CreateCommand.class, UpdateCommand.class,
        ValidateCommand.class, VerifyRemoteCommand.class, PublishCommand.class, SchemaCommand.class,
        AgentsCommand.class, DatasetsCommand.class, ScreenshotCommand.class, CopyCommand.class, DeleteCommand.class,
        ExportCommand.class})
public final class MapsCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
