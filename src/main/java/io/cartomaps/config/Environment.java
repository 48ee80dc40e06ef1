package io.cartomaps.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * Environment variables and the home directory, injectable so tests never read the real ones.
 *
 * <p>{@link #toString()} names no variable values: {@code CARTO_API_TOKEN} lives here.
 */
public record Environment(Map<String, String> variables, Path home) {

  /** Path of the CARTO CLI credentials file, overriding {@code ~/.carto_credentials.json}. */
  public static final String CREDENTIALS_FILE = "CARTO_CREDENTIALS_FILE";

  /** A token that overrides the stored one, as in the CARTO CLI. */
  public static final String API_TOKEN = "CARTO_API_TOKEN";

  /** The profile to use when none is given, as in the CARTO CLI. */
  public static final String PROFILE = "CARTO_PROFILE";

  /** The Workspace API base, skipping tenant discovery (self-hosted installs, tests). */
  public static final String WORKSPACE_URL = "CARTO_WORKSPACE_URL";

  /** The organisation's domain when no profile is stored (token-only use, e.g. CI). */
  public static final String TENANT_DOMAIN = "CARTO_TENANT_DOMAIN";

  /** Where this program keeps its own files (discovery cache, local workspace). */
  public static final String HOME = "CARTO_MAPS_HOME";

  public Environment {
    variables = Map.copyOf(variables);
  }

  public static Environment system() {
    return new Environment(System.getenv(), UserHome.current());
  }

  public static Environment of(Map<String, String> variables, Path home) {
    return new Environment(variables, home);
  }

  /** A variable's value, or null when unset or blank. */
  public String get(String name) {
    String v = variables.get(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  public Path credentialsFile() {
    String p = get(CREDENTIALS_FILE);
    return p != null ? Path.of(p) : home.resolve(".carto_credentials.json");
  }

  /** This program's directory: {@code CARTO_MAPS_HOME} or {@code ~/.carto-maps-mcp}. */
  public Path cartoMapsHome() {
    String p = get(HOME);
    return p != null ? Path.of(p) : home.resolve(".carto-maps-mcp");
  }

  @Override
  public String toString() {
    return "Environment[home=" + home + ", variables=" + variables.size() + "]";
  }
}
