package io.cartomaps.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest, or "dev" when run from classes. */
public final class Version {

  private Version() {
  }

  public static String current() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "0.1.0" : v;
  }

  /** The {@code --version} text; picocli stays out of this class, which the server reads for its {@code serverInfo}. */
  static final class Text implements IVersionProvider {

    @Override
    public String[] getVersion() {
      return new String[] {"carto-maps-mcp " + current()};
    }
  }
}
