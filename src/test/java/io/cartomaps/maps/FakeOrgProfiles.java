package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendRegistry;
import io.cartomaps.backend.cloud.CartoBackend;
import io.cartomaps.backend.cloud.ClientLimits;
import io.cartomaps.backend.cloud.fakeorg.FakeCartoOrg;
import io.cartomaps.backend.cloud.fakeorg.TableCatalogue;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.validate.Tier1Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Two profiles for the map service: {@code local} (a local workspace in a temporary directory) and
 * {@code acme}, a CARTO backend on a {@link FakeCartoOrg}. The organisation has a connection named
 * {@code local} serving the same sample tables as the local connection, and one named {@code
 * warehouse} with the same tables under another name. Retries do not sleep, so fault tests stay
 * fast.
 */
final class FakeOrgProfiles implements BackendRegistry {

  static final String TOKEN = "fake-org-token-5b1d";
  static final String CLOUD = "acme";
  static final String LOCAL = "local";
  static final String ORG_LOCAL_CONNECTION = "0c0c0c0c-0000-4000-8000-00000000a001";
  static final String ORG_WAREHOUSE_CONNECTION = "0c0c0c0c-0000-4000-8000-00000000a002";

  final FakeCartoOrg org;
  final LocalBackend local;
  final CartoBackend cloud;
  final MapService maps;

  FakeOrgProfiles(Path localHome) throws IOException {
    org =
        FakeCartoOrg.start(TOKEN)
            .addConnection(
                ORG_LOCAL_CONNECTION,
                LocalConnection.NAME,
                "postgres",
                TableCatalogue.localSamples())
            .addConnection(
                ORG_WAREHOUSE_CONNECTION, "warehouse", "postgres", TableCatalogue.localSamples());
    local = LocalBackend.open(localHome, null);
    cloud = new CartoBackend(org.profile(CLOUD), fast(), d -> {});
    maps = new MapService(this, Tier1Validator.standard()::validate);
  }

  static ClientLimits fast() {
    return new ClientLimits(
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        3,
        Duration.ofMillis(100),
        Duration.ofSeconds(1),
        Duration.ofSeconds(5),
        1024 * 1024);
  }

  @Override
  public Backend backend(String profile) {
    if (profile == null || profile.isBlank() || profile.equals(LOCAL)) {
      return local;
    }
    if (profile.equals(CLOUD)) {
      return cloud;
    }
    throw new MapsException("PROFILE_NOT_FOUND", "no profile " + profile);
  }

  @Override
  public List<String> profiles() {
    return List.of(LOCAL, CLOUD);
  }

  @Override
  public String defaultProfile() {
    return LOCAL;
  }

  @Override
  public void close() {
    cloud.close();
    local.close();
    try {
      org.close();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
