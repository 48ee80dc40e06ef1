package io.cartomaps.export;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.BackendRegistry;
import io.cartomaps.backend.local.LocalBackend;
import io.cartomaps.json.Json;
import io.cartomaps.maps.MapService;
import io.cartomaps.maps.UpdateOptions;
import io.cartomaps.validate.Tier1Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local workspace with a small estate that has an answer to every question of docs/export.md: a
 * shared map never published, a public map edited after publishing, a private map, and a map that
 * fails validation.
 */
final class Estate implements AutoCloseable {

  final LocalBackend local;
  final MapService maps;

  /** Wraps the local backend, e.g. to make a call fail (set before an export). */
  UnaryOperator<Backend> wrap = UnaryOperator.identity();

  String sharedNeverPublished;
  String publicStale;
  String privateBorders;
  String broken;

  Estate(Path home) {
    local = LocalBackend.open(home, null);
    BackendRegistry registry =
        new BackendRegistry() {
          @Override
          public Backend backend(String profile) {
            return wrap.apply(local);
          }

          @Override
          public List<String> profiles() {
            return List.of("local");
          }

          @Override
          public String defaultProfile() {
            return "local";
          }

          @Override
          public void close() {}
        };
    maps = new MapService(registry, Tier1Validator.standard()::validate);
  }

  /** Creates the four maps. */
  Estate populate() {
    sharedNeverPublished = create(samples("Large places and their countries", "shared"));
    publicStale = create(samples("World population, public", "public"));
    maps.publish("local", publicStale);
    edit(publicStale, "World population, public (edited)");
    privateBorders = create(borders());
    broken = create(samples("Continents with a broken layer", "private"));
    ObjectNode kepler = (ObjectNode) local.getMap(broken).get("keplerMapConfig").deepCopy();
    ((ObjectNode) kepler.path("config").path("visState").path("layers").get(0).path("config"))
        .put("dataId", "no-such-dataset");
    ObjectNode patch = Json.object();
    patch.set("keplerMapConfig", kepler);
    local.patchMap(broken, patch);
    return this;
  }

  String create(ObjectNode bundle) {
    return maps.create("local", bundle).id();
  }

  void edit(String mapId, String title) {
    ObjectNode patch = Json.object();
    patch.put("title", title);
    maps.update("local", mapId, patch, UpdateOptions.DEFAULT);
  }

  static ObjectNode samples(String title, String privacy) {
    ObjectNode b = (ObjectNode) Json.parse(resource("bundles/samples.json"));
    b.put("title", title);
    ObjectNode p = Json.object();
    p.put("privacy", privacy);
    if (!privacy.equals("private")) {
      p.put("sharingScope", "organization");
    }
    b.set("privacy", p);
    return b;
  }

  /** A private map of country borders, with one table dataset and one layer. */
  static ObjectNode borders() {
    return (ObjectNode)
        Json.parse(
            """
        {"title":"Borders","privacy":"private","tags":["borders"],
         "datasets":[{"$ref":"b","type":"table","source":"samples.borders","connectionId":"%s","geoColumn":"geom",
                      "columns":["geom"],"format":"tilejson","label":"Borders"}],
         "keplerMapConfig":{"version":"v1","config":{
           "mapState":{"latitude":48,"longitude":10,"zoom":3,"pitch":0,"bearing":0},
           "mapStyle":{"styleType":"positron"},"basemapConfig":{"styleId":"positron"},
           "visState":{"layers":[{"id":"L_b","type":"tileset","config":{"dataId":"$ref:b","label":"Borders",
             "color":[90,90,90],"isVisible":true,"textLabel":[{"field":null,"size":12}],
             "visConfig":{"stroked":true,"thickness":1}},"visualChannels":{"colorField":null}}],
             "layerBlending":"normal","splitMaps":[]}}}}
        """
                .formatted(io.cartomaps.backend.local.workspace.LocalConnection.ID));
  }

  static String resource(String name) {
    try (var in = Estate.class.getClassLoader().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path samples;

  /**
   * A new local home that already holds the sample spatial database, built once per test JVM
   * (building it takes seconds; the maps store starts empty in each home).
   */
  static synchronized Path freshHome() {
    try {
      if (samples == null) {
        Path template = Files.createTempDirectory("estate-samples");
        try (Estate e = new Estate(template)) {
          e.create(borders());
        }
        samples = template;
      }
      Path home = Files.createTempDirectory("estate");
      try (var files = Files.list(samples)) {
        for (Path f :
            files.filter(f -> f.getFileName().toString().startsWith("samples-")).toList()) {
          Files.copy(f, home.resolve(f.getFileName()));
        }
      }
      return home;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    local.close();
  }
}
