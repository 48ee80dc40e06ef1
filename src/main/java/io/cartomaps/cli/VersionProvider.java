package io.cartomaps.cli;

import io.cartomaps.app.Version;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the program's name and {@link Version#current()}. */
public final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"carto-maps-mcp " + Version.current()};
  }
}
