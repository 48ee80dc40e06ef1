package io.cartomaps.maps;

import static io.cartomaps.maps.FakeOrgProfiles.CLOUD;
import static io.cartomaps.maps.FakeOrgProfiles.LOCAL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.cloud.fakeorg.Failure;
import io.cartomaps.backend.cloud.fakeorg.Fault;
import io.cartomaps.backend.local.workspace.LocalConnection;
import io.cartomaps.bundle.SqlParameterDefaults;
import io.cartomaps.json.Json;
import io.cartomaps.render.MapPreviews;
import io.cartomaps.render.MapWidgets;
import io.cartomaps.render.RenderEngine;
import io.cartomaps.render.RenderException;
import io.cartomaps.render.Screenshot;
import io.cartomaps.render.ScreenshotOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A CARTO map's widget values come from its warehouse through the SQL API, one statement per
 * widget, in the same shapes as the local engine's; what cannot be computed (a tileset, a failing
 * SQL API) is a note on that widget, never a failed screenshot, and never carries the token. The
 * fake organisation's warehouse runs the PostgreSQL statements on the local workspace's copy of the
 * same sample tables, so both engines see the same rows.
 */
class CartoWidgetValuesTest extends FakeOrgMapsTest {

  final List<String> statements = new CopyOnWriteArrayList<>();

  /** The fake warehouse: runs each statement on the local workspace and answers its rows. */
  void warehouseHoldsTheSamples() {
    java.util.function.Function<String, ArrayNode> holds = sqlOf(profiles);
    profiles.org.setWarehouse(
        sql -> {
          if (sql.contains(" AS w_")) {
            statements.add(sql);
          }
          return holds.apply(sql);
        });
  }

  /**
   * Widget statements run on the local workspace's copy of the samples; anything else is the
   * catalogue's.
   */
  static java.util.function.Function<String, ArrayNode> sqlOf(FakeOrgProfiles profiles) {
    profiles.local.features(
        LocalConnection.ID, SourceKind.table, "samples.places", null, List.of(), 1);
    return sql -> {
      if (!sql.contains(" AS w_")) {
        return null;
      }
      ArrayNode rows = Json.MAPPER.createArrayNode();
      for (JsonNode f :
          profiles
              .local
              .features(LocalConnection.ID, SourceKind.query, sql, null, List.of(), 10_000)
              .path("features")) {
        rows.add(f.get("properties"));
      }
      return rows;
    };
  }

  /**
   * The widget test map (formula, category, pie, histogram, time series, table) or its sequel
   * (range, average), without the widgets a map cannot be saved with (scatter, custom without a
   * column, an unknown column).
   */
  static ObjectNode bundle(String name, String profile) {
    try {
      ObjectNode b =
          (ObjectNode)
              Json.parse(
                  Files.readString(Path.of("src/test/resources/bundles/" + name))
                      .replace(
                          LocalConnection.ID,
                          profile.equals(LOCAL)
                              ? LocalConnection.ID
                              : FakeOrgProfiles.ORG_LOCAL_CONNECTION));
      ((ArrayNode) b.at("/keplerMapConfig/config/widgets"))
          .removeIf(
              w -> List.of("w_custom", "w_scatter", "w_bad").contains(w.path("id").asString()));
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ObjectNode withWidgets(String profile) {
    return bundle("widgets.json", profile);
  }

  MapPreviews previews(boolean renderFails) {
    return new MapPreviews(
        maps,
        () -> {
          throw new AssertionError("a CARTO map is not drawn offline");
        },
        (ref, options) -> {
          if (renderFails) {
            throw new RenderException("CARTO's viewer could not be reached.");
          }
          return new Screenshot(
              new byte[0],
              options.width(),
              options.height(),
              options.engine(),
              0,
              false,
              List.of());
        },
        (profile, id) -> null);
  }

  static ScreenshotOptions full() {
    return ScreenshotOptions.builder().engine(RenderEngine.FULL).build();
  }

  static List<ObjectNode> sameNumbers(List<ObjectNode> widgets) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode w : widgets) {
      out.add((ObjectNode) Json.parse(Json.compact(w).replaceAll("(\\d)\\.0([,\\]}])", "$1$2")));
    }
    return out;
  }

  /** Errors differ in wording (the warehouse words its own); values must be equal. */
  static List<ObjectNode> comparable(List<ObjectNode> widgets) {
    List<ObjectNode> out = new ArrayList<>();
    for (ObjectNode w : widgets) {
      ObjectNode c =
          (ObjectNode) Json.parse(Json.compact(w).replaceAll("(\\d)\\.0([,\\]}])", "$1$2"));
      if (c.has("error")) {
        c.put("error", "…");
      }
      out.add(c);
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"widgets.json", "widgets-more.json"})
  void everyWidgetKindOfACartoMapHasTheValuesTheLocalEngineComputesFromTheSameRows(String name) {
    warehouseHoldsTheSamples();
    String cloudId = maps.create(CLOUD, bundle(name, CLOUD)).id();
    String localId = maps.create(LOCAL, bundle(name, LOCAL)).id();
    List<ObjectNode> cloud = previews(false).ofMap(CLOUD, cloudId, full()).widgets();
    ObjectNode local = maps.bundle(LOCAL, localId);
    SqlParameterDefaults.apply(local);
    List<ObjectNode> expected = MapWidgets.compute(local, profiles.local);
    assertEquals(comparable(expected), comparable(cloud));
    assertEquals(expected.size(), statements.size(), "one statement per widget: " + statements);
  }

  @Test
  void aFailedCartoRenderStillAnswersTheWidgetValues() {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    RenderException e =
        assertThrows(RenderException.class, () -> previews(true).ofMap(CLOUD, id, full()));
    assertEquals(6, e.widgets().size());
    assertTrue(e.widgets().get(0).path("value").asLong() > 0, e.widgets().get(0).toString());
    Object reported =
        ((java.util.Map<?, ?>) io.cartomaps.mcp.Results.from(e).structuredContent()).get("widgets");
    assertEquals(6, ((List<?>) reported).size(), "the tool's error result carries them");
  }

  @Test
  void theLightEngineAsksTheWarehouseNothing() {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    Screenshot shot = previews(false).ofMap(CLOUD, id, ScreenshotOptions.defaults());
    assertTrue(shot.widgets().isEmpty());
    assertTrue(statements.isEmpty(), statements.toString());
  }

  @Test
  void aTilesetWidgetSaysTheSqlApiCannotReadItAndWhatToDo() {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    ObjectNode saved = maps.bundle(CLOUD, id);
    for (ObjectNode d : io.cartomaps.bundle.BundleView.datasets(saved)) {
      d.put("type", "tileset");
    }
    List<ObjectNode> widgets = MapWidgets.compute(saved, profiles.cloud);
    String error = widgets.get(0).path("error").asString();
    assertTrue(
        error.contains("tileset")
            && error.contains("SQL API")
            && error.contains("table or query dataset"),
        error);
    assertTrue(statements.isEmpty());
  }

  @Test
  void aRateLimitedStatementIsANoteSayingWhenToRetryAndTheOtherWidgetsAreComputed() {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    profiles.org.inject(Fault.nth(1, "POST /v3/sql/*/query", new Failure.Status(429, 30)));
    List<ObjectNode> widgets = previews(false).ofMap(CLOUD, id, full()).widgets();
    assertEquals(
        "CARTO is rate limiting requests (POST /v3/sql/{connection}/query): wait 30 s and try again",
        widgets.get(0).path("error").asString());
    widgets.subList(1, 6).forEach(w -> assertFalse(w.has("error"), w.toString()));
    assertEquals(5, statements.size(), "the refused statement reached no warehouse");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"5xx", "dropped", "malformed JSON"})
  void eachSqlApiFailureIsANoteOnTheWidgetNotAFailedScreenshotAndCarriesNoToken(String failure) {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    Failure f =
        switch (failure) {
          case "5xx" -> new Failure.Status(502, -1);
          case "dropped" -> new Failure.Dropped(false);
          default -> new Failure.MalformedJson(false);
        };
    profiles.org.inject(Fault.fromNth(2, "POST /v3/sql/*/query", f));
    List<ObjectNode> widgets = previews(false).ofMap(CLOUD, id, full()).widgets();
    assertEquals(6, widgets.size());
    assertFalse(widgets.get(0).has("error"), "the first statement was answered: " + widgets.get(0));
    for (ObjectNode w : widgets.subList(1, 6)) {
      assertTrue(
          w.path("error").asString().contains("SQL API")
              || w.path("error").asString().contains("/v3/sql"),
          w.toString());
      assertFalse(w.has("value") || w.has("categories") || w.has("bins"), w.toString());
    }
    assertFalse(Json.compact(widgets).contains(FakeOrgProfiles.TOKEN), Json.compact(widgets));
  }

  @Test
  void aStatementTheWarehouseRefusesIsANoteQuotingItsReason() {
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    profiles.org.setWarehouse(
        sql -> {
          throw new IllegalStateException("column \"population\" does not exist");
        });
    List<ObjectNode> widgets = previews(false).ofMap(CLOUD, id, full()).widgets();
    assertTrue(
        widgets.get(0).path("error").asString().contains("column \"population\" does not exist"),
        widgets.get(0).toString());
  }

  @Test
  void aWarehouseErrorEchoingTheTokenReachesNoNoteFailureOrResult() {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    profiles.org.setWarehouse(
        sql -> {
          throw new IllegalStateException("permission denied for Bearer " + FakeOrgProfiles.TOKEN);
        });
    List<ObjectNode> widgets = previews(false).ofMap(CLOUD, id, full()).widgets();
    assertTrue(
        widgets.get(0).path("error").asString().contains("permission denied"),
        widgets.get(0).toString());
    RenderException failed =
        assertThrows(RenderException.class, () -> previews(true).ofMap(CLOUD, id, full()));
    String everything =
        Json.compact(widgets)
            + failed.getMessage()
            + Json.compact(failed.widgets())
            + io.cartomaps.mcp.Results.from(failed).toString();
    assertFalse(everything.contains(FakeOrgProfiles.TOKEN), everything);
  }

  @Test
  void aStatementTheWarehouseDoesNotAnswerInTimeIsANoteAndTheNextWidgetsStillCompute() {
    warehouseHoldsTheSamples();
    String id = maps.create(CLOUD, withWidgets(CLOUD)).id();
    java.util.function.Function<String, ArrayNode> holds = sqlOf(profiles);
    profiles.org.setWarehouse(
        sql -> {
          if (statements.isEmpty()) {
            statements.add(sql);
            try {
              Thread.sleep(FakeOrgProfiles.fast().readTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          return holds.apply(sql);
        });
    List<ObjectNode> widgets = previews(false).ofMap(CLOUD, id, full()).widgets();
    assertTrue(
        widgets.get(0).path("error").asString().contains("did not answer"),
        widgets.get(0).toString());
    widgets.subList(1, 6).forEach(w -> assertFalse(w.has("error"), w.toString()));
  }
}
