package io.cartomaps.app;

import io.cartomaps.Services;
import io.cartomaps.backend.Backend;
import io.cartomaps.backend.cloud.CartoBackend;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.LocalHome;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.TenantDiscovery;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.config.Profiles;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.maps.MapService;
import io.cartomaps.validate.SchemaSections;
import io.cartomaps.validate.Tier1Validator;
import java.util.ArrayList;
import java.util.List;

/** The composition root: profiles → backends → map service, schema sections, and the optional renderer. */
public final class Wiring {

  private Wiring() {
  }

  /**
   * The program's services for these overrides (from {@code --profile}, {@code --token}, {@code --base-url}).
   *
   * @param viewerBaseUrl where local maps are opened (the program's own viewer), or null for the default
   */
  public static Services open(ProfileOverrides overrides, String viewerBaseUrl) {
    return open(Environment.system(), overrides, viewerBaseUrl);
  }

  /** The same for an explicit environment (variables and home directory); tests use it. */
  public static Services open(Environment env, ProfileOverrides overrides, String viewerBaseUrl) {
    Profiles profiles = new Profiles(env, TenantDiscovery.standard(env.cartoMapsHome()), java.time.Clock.systemUTC());
    LocalHome home = new LocalHome(env.cartoMapsHome());
    ProfileBackends backends = new ProfileBackends(profiles, overrides, config -> open(config, home, viewerBaseUrl));
    BundleValidator validator = Tier1Validator.standard()::validate;
    MapService maps = new MapService(backends, validator);
    List<AutoCloseable> closeables = new ArrayList<>(List.of(backends));
    return new Services(maps, SchemaSections.get(), List.of(), () -> {
      for (AutoCloseable c : closeables) {
        c.close();
      }
    });
  }

  static Backend open(ProfileConfig config, LocalHome home, String viewerBaseUrl) {
    return config.isLocal() ? new LocalBackend(home, viewerBaseUrl) : CartoBackend.open(config);
  }
}
