package io.cartomaps.maps;

import io.cartomaps.validate.ValidationReport;
import java.util.List;

/** A map service over in-memory profiles, for tests of the front ends. */
public final class TestMaps {

  private TestMaps() {}

  /** Profiles backed by in-memory backends (the first is the default); every bundle validates. */
  public static MapService service(String... profiles) {
    return new MapService(new FakeRegistry(profiles), b -> ValidationReport.of(List.of()));
  }
}
