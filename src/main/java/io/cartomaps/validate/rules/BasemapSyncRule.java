package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * R8: {@code basemapConfig.styleId} (what Builder reads) and {@code mapStyle.styleType} (what
 * viewers, server-side rendering and screenshots read) must name the same basemap, and that basemap
 * must exist: Builder silently falls back to positron on an unknown id, so near misses like {@code
 * darkmatter} get a suggested fix.
 */
final class BasemapSyncRule implements Rule {

  static final List<String> KNOWN =
      List.of(
          "positron",
          "dark-matter",
          "voyager",
          "roadmap",
          "google-positron",
          "google-dark-matter",
          "google-voyager",
          "satellite",
          "hybrid",
          "terrain",
          "google-3d");

  private static final Map<String, String> BY_NORMALISED = new HashMap<>();
  private static final Map<String, String> ALIASES =
      Map.of(
          "dark",
          "dark-matter",
          "google-satellite",
          "satellite",
          "google-hybrid",
          "hybrid",
          "google-roadmap",
          "roadmap",
          "google-terrain",
          "terrain");

  static {
    for (String id : KNOWN) {
      BY_NORMALISED.put(normalise(id), id);
    }
  }

  private static final String BASEMAP = Pointer.CONFIG + "/basemapConfig";
  private static final String MAP_STYLE = Pointer.CONFIG + "/mapStyle";

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    JsonNode basemap = Nodes.object(b.config(), "basemapConfig");
    JsonNode mapStyle = Nodes.object(b.config(), "mapStyle");
    if (Nodes.has(basemap, "type")) {
      out.add(
          RuleCode.BASEMAP_TYPE_PRESENT.at(
              BASEMAP + "/type",
              "basemapConfig.type is not part of the persisted basemap shape and breaks Builder.",
              "Remove basemapConfig.type; keep only styleId (and visibleLayerGroups)."));
    }
    Set<String> custom = customIds(b.config());
    String styleId = Nodes.text(basemap, "styleId");
    String styleType = Nodes.text(mapStyle, "styleType");
    String fixedId = checkId(styleId, BASEMAP + "/styleId", custom, out);
    String fixedType = checkId(styleType, MAP_STYLE + "/styleType", custom, out);
    if (styleId != null && styleType != null) {
      if (!styleId.equals(styleType) && !fixedId.equals(fixedType)) {
        out.add(
            RuleCode.BASEMAP_MISMATCH.at(
                MAP_STYLE + "/styleType",
                "mapStyle.styleType '"
                    + styleType
                    + "' differs from basemapConfig.styleId '"
                    + styleId
                    + "'; viewers and screenshots would show another basemap than Builder.",
                "Set both to \"" + fixedId + "\"."));
      }
    } else if (styleId != null && !Nodes.has(mapStyle, "styleType")) {
      out.add(
          RuleCode.BASEMAP_MIRROR_MISSING.at(
              mapStyle == null ? MAP_STYLE : MAP_STYLE + "/styleType",
              "basemapConfig.styleId is set but mapStyle.styleType is not; viewers and screenshots read mapStyle.",
              "Add \"mapStyle\": {\"styleType\": \"" + fixedId + "\"}."));
    } else if (styleType != null && !Nodes.has(basemap, "styleId")) {
      out.add(
          RuleCode.BASEMAP_MIRROR_MISSING.at(
              basemap == null ? BASEMAP : BASEMAP + "/styleId",
              "mapStyle.styleType is set but basemapConfig.styleId is not; Builder reads basemapConfig.",
              "Add \"basemapConfig\": {\"styleId\": \"" + fixedType + "\"}."));
    }
  }

  /**
   * Reports an unknown id and returns the id it most likely means (itself when known or unknown).
   */
  private static String checkId(String id, String path, Set<String> custom, List<Finding> out) {
    if (id == null
        || KNOWN.contains(id)
        || custom.contains(id)
        || (id.startsWith("custom:") && custom.contains(id.substring(7)))) {
      return id;
    }
    String fix = nearMiss(id);
    if (fix != null) {
      out.add(
          RuleCode.BASEMAP_STYLE_NEAR_MISS.at(
              path, "Unknown basemap '" + id + "'.", "Did you mean \"" + fix + "\"?"));
      return fix;
    }
    out.add(
        RuleCode.BASEMAP_STYLE_UNKNOWN.at(
            path,
            "Unknown basemap '" + id + "'; Builder silently falls back to positron.",
            "Use one of "
                + String.join(", ", KNOWN)
                + ", or declare it in customBaseMaps.customStyle.id."));
    return id;
  }

  /** The known id {@code id} is a misspelling of, or null. */
  static String nearMiss(String id) {
    String lower = id.toLowerCase(Locale.ROOT).strip();
    if (ALIASES.containsKey(lower)) {
      return ALIASES.get(lower);
    }
    String n = normalise(id);
    if (BY_NORMALISED.containsKey(n)) {
      return BY_NORMALISED.get(n);
    }
    if (n.length() < 5 || n.length() > 40) {
      return null;
    }
    for (Map.Entry<String, String> e : BY_NORMALISED.entrySet()) {
      if (distanceAtMost2(n, e.getKey())) {
        return e.getValue();
      }
    }
    return null;
  }

  private static String normalise(String id) {
    StringBuilder sb = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toLowerCase(c));
      }
    }
    return sb.toString();
  }

  /** Levenshtein distance ≤ 2, on short ids only. */
  private static boolean distanceAtMost2(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return false;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()] <= 2;
  }

  private static Set<String> customIds(JsonNode config) {
    Set<String> ids = new HashSet<>();
    for (Map.Entry<String, JsonNode> e : Nodes.fields(Nodes.object(config, "customBaseMaps"))) {
      String id = Nodes.text(e.getValue(), "id");
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }
}
