package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.BackendRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Profiles backed by {@link FakeBackend}s; the first one is the default. */
final class FakeRegistry implements BackendRegistry {

  final Map<String, FakeBackend> backends = new LinkedHashMap<>();

  FakeRegistry(String... profiles) {
    for (String p : profiles) {
      backends.put(p, new FakeBackend(p));
    }
  }

  FakeBackend get(String profile) {
    return backends.get(profile);
  }

  @Override
  public Backend backend(String profile) {
    String name = profile == null ? defaultProfile() : profile;
    Backend b = backends.get(name);
    if (b == null) {
      throw BackendException.notFound("Unknown profile '" + name + "'. Profiles: " + profiles());
    }
    return b;
  }

  @Override
  public List<String> profiles() {
    return new ArrayList<>(backends.keySet());
  }

  @Override
  public String defaultProfile() {
    return backends.keySet().iterator().next();
  }

  @Override
  public void close() {}
}
