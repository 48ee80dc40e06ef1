package io.cartomaps.app;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendException;
import io.cartomaps.backend.cloud.CartoBackend;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.workspace.LocalHome;
import io.cartomaps.config.Environment;
import io.cartomaps.config.ProfileConfig;
import io.cartomaps.config.ProfileOverrides;
import io.cartomaps.config.Profiles;
import io.cartomaps.config.TenantDiscovery;
import io.cartomaps.maps.MapService;
import io.cartomaps.render.BrowserCloudRenderEngine;
import io.cartomaps.render.ChromiumMapRenderer;
import io.cartomaps.render.CloudMapRef;
import io.cartomaps.render.CloudRenderEngine;
import io.cartomaps.render.LocalViewer;
import io.cartomaps.render.MapPreviews;
import io.cartomaps.render.RenderInput;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.validate.SchemaSections;
import io.cartomaps.validate.Tier1Validator;
import java.net.URI;
import java.time.Clock;

/**
 * The composition root: profiles → backends → map service, schema sections, and the optional
 * renderer.
 */
public final class Wiring {

  private Wiring() {}

  /**
   * The program's services for these overrides (from {@code --profile}, {@code --token}, {@code
   * --base-url}).
   *
   * @param viewerBaseUrl where local maps are opened (the program's own viewer), or null for the
   *     default
   */
  public static Services open(ProfileOverrides overrides, String viewerBaseUrl) {
    return open(Environment.system(), overrides, viewerBaseUrl);
  }

  /** The same for an explicit environment (variables and home directory); tests use it. */
  public static Services open(Environment env, ProfileOverrides overrides, String viewerBaseUrl) {
    Profiles profiles =
        new Profiles(env, TenantDiscovery.standard(env.cartoMapsHome()), Clock.systemUTC());
    LocalHome home = new LocalHome(env.cartoMapsHome());
    LocalViewer viewer = new LocalViewer(viewerBaseUrl);
    ProfileBackends backends =
        new ProfileBackends(profiles, overrides, config -> open(config, home, viewer));
    BundleValidator validator = Tier1Validator.standard()::validate;
    MapService maps = new MapService(backends, validator);
    // Lambdas rather than method references or instances, so that no Playwright class loads before
    // a screenshot.
    MapPreviews previews =
        new MapPreviews(
            maps,
            () -> new ChromiumMapRenderer(),
            (map, options) -> CloudEngine.INSTANCE.render(map, options),
            (profile, mapId) -> cloudRef(profiles, overrides, profile, mapId),
            home.dir().resolve("screenshot-size"));
    return new Services(
        maps,
        SchemaSections.get(),
        previews,
        home.dir().resolve("screenshots"),
        () -> {
          viewer.close();
          previews.close();
          backends.close();
        },
        () -> viewer.serveOnDemand(id -> localMap(previews, id)));
  }

  /** A local map for the viewer, or null when there is none with that id. */
  static RenderInput localMap(MapPreviews previews, String id) {
    try {
      return previews.input(LocalBackend.PROFILE, id);
    } catch (BackendException e) {
      return null;
    }
  }

  /** The engine for screenshots of CARTO maps, created with the first one. */
  private static final class CloudEngine {
    static final CloudRenderEngine INSTANCE = new BrowserCloudRenderEngine();
  }

  static CloudMapRef cloudRef(
      Profiles profiles, ProfileOverrides overrides, String profile, String mapId) {
    ProfileConfig p = profiles.resolve(profile, overrides);
    String header = p.token() == null ? null : p.token().bearerHeaderValue();
    return new CloudMapRef(
        mapId,
        URI.create(p.apiBaseUrl()),
        URI.create(p.workspaceUrl()),
        () -> header == null ? null : header.substring("Bearer ".length()));
  }

  static Backend open(ProfileConfig config, LocalHome home, LocalViewer viewer) {
    return config.isLocal() ? new LocalBackend(home, viewer::baseUrl) : CartoBackend.open(config);
  }
}
