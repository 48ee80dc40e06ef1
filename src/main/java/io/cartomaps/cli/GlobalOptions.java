package io.cartomaps.cli;

import picocli.CommandLine.Option;

/**
 * Options every command shares, as in {@code carto}: profile, credentials overrides, JSON output,
 * no prompts.
 */
public final class GlobalOptions {

  @Option(
      names = "--profile",
      description =
          "Profile to use (default: CARTO_PROFILE, the current CARTO CLI profile, or local).")
  public String profile;

  @Option(
      names = "--token",
      description = "CARTO API token for this call (overrides stored credentials).")
  public String token;

  @Option(names = "--base-url", description = "CARTO API base URL (self-hosted or testing).")
  public String baseUrl;

  @Option(names = "--json", description = "Print machine-readable JSON.")
  public boolean json;

  @Option(
      names = {"-y", "--yes"},
      description = "Do not ask for confirmation.")
  public boolean yes;
}
