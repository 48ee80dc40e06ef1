package io.cartomaps.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The user's home directory as the CARTO CLI finds it: {@code $HOME} when set, else Java's {@code
 * user.home}. The credentials file is shared with the CARTO CLI, so both must look in the same
 * place (a {@code HOME} set for a sandbox or a CI job moves both).
 */
public final class UserHome {

  private UserHome() {}

  /** The home of this process. */
  public static Path current() {
    return of(System.getenv(), System.getProperty("user.home"));
  }

  /**
   * The home chosen by an environment and Java's {@code user.home} (testable form of {@link
   * #current()}).
   */
  public static Path of(Map<String, String> env, String javaUserHome) {
    String home = env.get("HOME");
    return Path.of(home != null && !home.isBlank() ? home.trim() : javaUserHome);
  }
}
