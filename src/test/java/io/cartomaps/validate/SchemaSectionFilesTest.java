package io.cartomaps.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The files in bundle-schemas/ are well-formed 2020-12 schemas an agent can read on their own. */
class SchemaSectionFilesTest {

  private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
  private final SchemaSections sections = SchemaSections.get();

  @Test
  void everySectionDeclares202012WithIdTitleAndDescription() {
    assertEquals(20, sections.names().size());
    for (String name : sections.names()) {
      JsonNode s = sections.section(name);
      assertEquals(DRAFT_2020_12, s.path("$schema").asString(), name);
      assertEquals("https://carto-maps-mcp.dev/schema/" + name, s.path("$id").asString(), name);
      assertEquals(name, s.path("title").asString(), name);
      assertFalse(s.path("description").asString("").isBlank(), name + " has no description");
    }
  }

  @Test
  void everySectionIsValidAgainstTheMetaSchema() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));
    for (String name : sections.names()) {
      List<Error> errors = meta.validate(sections.section(name));
      assertTrue(errors.isEmpty(), name + ": " + errors);
    }
  }

  @Test
  void metaValidationCatchesABrokenSection() {
    Schema meta =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SchemaLocation.of(DRAFT_2020_12));
    JsonNode broken = sections.section("mapstate");
    ((tools.jackson.databind.node.ObjectNode) broken.get("properties").get("zoom"))
        .put("type", "numbr");
    assertFalse(meta.validate(broken).isEmpty());
  }

  @Test
  void everyRefResolvesToAnExistingNode() {
    List<String> unresolved = new ArrayList<>();
    int refs = 0;
    for (String name : sections.names()) {
      URI base = URI.create(sections.id(name));
      List<String[]> found = new ArrayList<>();
      SchemaWalk.walk(
          sections.section(name),
          "",
          (pointer, schema) -> {
            if (schema.path("$ref").isString()) {
              found.add(new String[] {pointer, schema.get("$ref").asString()});
            }
          });
      for (String[] ref : found) {
        refs++;
        URI target = base.resolve(ref[1]);
        String id = target.getScheme() + ":" + target.getSchemeSpecificPart();
        String fragment = target.getFragment() == null ? "" : target.getFragment();
        JsonNode section =
            id.startsWith(SchemaSections.ID_BASE)
                    && sections.names().contains(id.substring(SchemaSections.ID_BASE.length()))
                ? sections.section(id.substring(SchemaSections.ID_BASE.length()))
                : null;
        if (section == null || section.at(fragment).isMissingNode()) {
          unresolved.add(name + ref[0] + " -> " + ref[1]);
        }
      }
    }
    assertTrue(refs > 100, "expected the sections to reference each other, found " + refs);
    assertTrue(unresolved.isEmpty(), "unresolved: " + unresolved);
  }

  @Test
  void everyPropertyAndDefinitionHasAOneLineDescription() {
    List<String> missing = new ArrayList<>();
    for (String name : sections.names()) {
      SchemaWalk.walk(
          sections.section(name),
          "",
          (pointer, schema) -> {
            boolean declared = pointer.matches(".*/(properties|\\$defs)/[^/]+$");
            boolean refinement = pointer.matches(".*/(if|then|else)(/.*)?$");
            JsonNode description = schema.get("description");
            if (declared && !refinement && (description == null || !description.isString())) {
              missing.add(name + pointer);
            }
            if (description != null && description.asString().contains("\n")) {
              missing.add(name + pointer + " (multi-line)");
            }
          });
    }
    assertTrue(missing.isEmpty(), "without a one-line description: " + missing);
  }

  @Test
  void scaleWithZoomKnobsAreInTheTilesetVisConfigWithTheirRanges() {
    JsonNode visConfig = sections.section("layer.tileset").at("/$defs/visConfig/properties");
    assertEquals("boolean", visConfig.at("/radiusScaleWithZoom/type").asString());
    assertEquals(0, visConfig.at("/radiusReferenceZoom/minimum").asInt());
    assertEquals(22, visConfig.at("/radiusReferenceZoom/maximum").asInt());
    for (String px : List.of("sizeMinPixels", "sizeMaxPixels")) {
      assertEquals(1, visConfig.at("/" + px + "/minimum").asInt(), px);
      assertEquals(100, visConfig.at("/" + px + "/maximum").asInt(), px);
    }
  }

  @Test
  void h3AndQuadbinReuseTheTilesetVisConfig() {
    for (String name : List.of("layer.h3", "layer.quadbin")) {
      JsonNode s = sections.section(name);
      assertEquals(
          "layer.tileset#/$defs/visConfig",
          s.at("/properties/config/properties/visConfig/$ref").asString());
      assertEquals("layer.tileset#/$defs/layer", s.path("$ref").asString());
    }
  }
}
