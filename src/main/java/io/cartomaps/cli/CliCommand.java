package io.cartomaps.cli;

import io.cartomaps.app.Services;
import io.cartomaps.json.Json;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Base of the commands that use the map service: shared options, services, output. */
abstract class CliCommand implements Callable<Integer> {

  @Mixin GlobalOptions global;

  @Spec CommandSpec spec;

  private Services services;

  @Override
  public final Integer call() {
    try {
      return run();
    } finally {
      if (services != null) {
        services.close();
      }
    }
  }

  abstract int run();

  Services services() {
    if (services == null) {
      services = root().services.open(global);
    }
    return services;
  }

  RootCommand root() {
    return (RootCommand) spec.root().userObject();
  }

  InputStream stdin() {
    return root().stdin;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Prints a value as JSON (pretty) on stdout. */
  void json(Object value) {
    out().println(Json.pretty(value));
  }
}
