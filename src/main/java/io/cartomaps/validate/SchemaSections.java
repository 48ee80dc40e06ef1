package io.cartomaps.validate;

import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.ClosestValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema sections of a bundle, read once from {@code /bundle-schemas/<name>.json} on the
 * classpath.
 *
 * <p>The same files drive {@link SchemaCheck} and are served to agents as MCP resources and by
 * {@code maps schema}, so there is one source of truth. The names are listed here rather than
 * discovered, because a directory cannot be listed inside a jar.
 *
 * <p>Sections refer to each other by relative {@code $ref}s resolved against their {@code $id}, so
 * {@code "enums#/$defs/basemapId"} names the {@code enums} section directly.
 *
 * <p>Lookup is case-insensitive ({@code popupSettings} finds {@code popupsettings}). The aliases
 * {@code layer} and {@code layers} resolve to {@code layer.tileset}: it holds the layer shell,
 * visConfig (including {@code radiusScaleWithZoom}, {@code radiusReferenceZoom}, {@code
 * sizeMinPixels}, {@code sizeMaxPixels}) and visual channels that every other {@code layer.<type>}
 * section reuses.
 */
public final class SchemaSections {

  /** Base of every section's {@code $id}; a section's id is this plus its name. */
  public static final String ID_BASE = "https://carto-maps-mcp.dev/schema/";

  private static final List<String> NAMES =
      List.of(
          "bundle",
          "dataset",
          "layer.tileset",
          "layer.h3",
          "layer.quadbin",
          "layer.heatmapTile",
          "layer.clusterTile",
          "layer.raster",
          "widgets",
          "sqlparameters",
          "popupsettings",
          "privacy",
          "agent",
          "enums",
          "mapstate",
          "mapstyle",
          "mapsettings",
          "uistate",
          "legendsettings",
          "layergrouping");

  private static final Map<String, String> ALIASES =
      Map.of(
          "layer", "layer.tileset",
          "layers", "layer.tileset");

  private final Map<String, Section> sections;
  private final Map<String, String> byLowerName;

  private record Section(String name, String text, JsonNode node) {}

  private SchemaSections() {
    Map<String, Section> loaded = new LinkedHashMap<>();
    Map<String, String> lower = new LinkedHashMap<>();
    for (String name : NAMES) {
      String text = read(name);
      loaded.put(name, new Section(name, text, Json.parse(text)));
      lower.put(name.toLowerCase(Locale.ROOT), name);
    }
    ALIASES.forEach(lower::put);
    this.sections = Collections.unmodifiableMap(loaded);
    this.byLowerName = Collections.unmodifiableMap(lower);
  }

  private static final class Holder {
    static final SchemaSections INSTANCE = new SchemaSections();
  }

  /** The sections, loaded on first use. */
  public static SchemaSections get() {
    return Holder.INSTANCE;
  }

  /** Section names in a fixed order: bundle first, then what it refers to. */
  public List<String> names() {
    return NAMES;
  }

  /** The canonical name for a name or alias, in any letter case; throws when there is none. */
  public String canonicalName(String name) {
    String canonical = name == null ? null : byLowerName.get(name.trim().toLowerCase(Locale.ROOT));
    if (canonical == null) {
      String closest = name == null ? null : ClosestValue.among(name, NAMES).orElse(null);
      throw new UnknownSectionException(name, NAMES, closest);
    }
    return canonical;
  }

  /** A copy of the section's schema, safe to change. */
  public JsonNode section(String name) {
    return sections.get(canonicalName(name)).node().deepCopy();
  }

  /** The section's file text as shipped, for serving it as a resource. */
  public String text(String name) {
    return sections.get(canonicalName(name)).text();
  }

  /** The section's one-line {@code description}. */
  public String description(String name) {
    return Json.text(sections.get(canonicalName(name)).node(), "description");
  }

  /** The section's {@code $id}. */
  public String id(String name) {
    return ID_BASE + canonicalName(name);
  }

  /**
   * The shared, read-only tree of a section given by its canonical name, or null; callers must not
   * change it.
   */
  JsonNode node(String canonicalName) {
    Section s = sections.get(canonicalName);
    return s == null ? null : s.node();
  }

  /**
   * Every section's {@code $id} mapped to its text, so a validator can resolve references offline.
   */
  Map<String, String> textsById() {
    Map<String, String> byId = new LinkedHashMap<>();
    sections.values().forEach(s -> byId.put(ID_BASE + s.name(), s.text()));
    return byId;
  }

  private static String read(String name) {
    String resource = "/bundle-schemas/" + name + ".json";
    try (InputStream in = SchemaSections.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "Schema section " + resource + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read schema section " + resource, e);
    }
  }
}
