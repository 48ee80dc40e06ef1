package io.cartomaps.app;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendRegistry;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.config.Profiles;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Backends by profile name, opened on first use and kept for the life of the process (a server
 * calls many tools on the same profile; a CLI command opens one).
 */
public final class ProfileBackends implements BackendRegistry {

  private final Profiles profiles;
  private final ProfileOverrides overrides;
  private final Function<ProfileConfig, Backend> opener;
  private final Map<String, Backend> open = new ConcurrentHashMap<>();

  public ProfileBackends(
      Profiles profiles, ProfileOverrides overrides, Function<ProfileConfig, Backend> opener) {
    this.profiles = profiles;
    this.overrides = overrides;
    this.opener = opener;
  }

  @Override
  public Backend backend(String profile) {
    String name = profiles.chooseName(blankToNull(profile), overrides);
    return open.computeIfAbsent(name, n -> opener.apply(profiles.resolve(n, overrides)));
  }

  @Override
  public List<String> profiles() {
    return profiles.names();
  }

  @Override
  public String defaultProfile() {
    return profiles.chooseName(null, overrides);
  }

  @Override
  public void close() {
    open.values().forEach(Backend::close);
    open.clear();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
