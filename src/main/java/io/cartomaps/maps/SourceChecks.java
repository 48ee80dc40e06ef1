package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.SqlParameterDefaults;
import io.cartomaps.json.Json;
import io.cartomaps.validate.finding.ClosestValue;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import io.cartomaps.validate.rules.FieldUses;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tier-2: every dataset source is dry-run through its connection ({@code SELECT … WHERE 1=0}) and
 * the columns the bundle names ({@code geoColumn}, {@code columns}, {@code uniqueIdProperty},
 * {@code aggregationExp}) are checked against what the source really returns, and so is every
 * column a layer, widget, popup or SQL parameter reads ({@link FieldUses}), aggregation aliases
 * included. Before a write the findings are errors; after it, warnings.
 */
public final class SourceChecks {

  public static final String CONNECTION_NOT_FOUND = "CONNECTION_NOT_FOUND";
  public static final String COLUMN_NOT_FOUND = "COLUMN_NOT_FOUND";

  /**
   * A layer, widget, popup or SQL parameter reads a column the dataset's source does not return.
   */
  public static final String FIELD_NOT_IN_SOURCE = "FIELD_NOT_IN_SOURCE";

  private static final Pattern AGG_CALL =
      Pattern.compile(
          "\\b\\w+\\s*\\(\\s*(?:distinct\\s+)?\"?(\\w+)\"?\\s*\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern AGG_ALIAS =
      Pattern.compile("\\bas\\s+\"?(\\w+)\"?", Pattern.CASE_INSENSITIVE);

  private SourceChecks() {}

  /**
   * Findings of all datasets of a bundle, with {@code severity} (error before a write, warning
   * after).
   */
  public static List<Finding> check(Backend backend, JsonNode bundle, Severity severity) {
    return check(backend, bundle, severity, i -> true);
  }

  /**
   * Findings of the datasets {@code which} selects (by index), the fields that read them included.
   * An update checks only what it touches.
   */
  static List<Finding> check(
      Backend backend, JsonNode bundle, Severity severity, IntPredicate which) {
    List<Finding> out = new ArrayList<>();
    List<Connection> connections = backend.connections();
    // Sources are tried as a viewer first runs them: with each SQL parameter's current value in its
    // placeholder.
    JsonNode tried = bundle;
    if (bundle instanceof ObjectNode o) {
      ObjectNode copy = o.deepCopy();
      SqlParameterDefaults.apply(copy);
      tried = copy;
    }
    List<ObjectNode> datasets = BundleView.datasets(tried);
    List<FieldUses.Use> uses = FieldUses.of(bundle);
    for (int i = 0; i < datasets.size(); i++) {
      if (!which.test(i)) {
        continue;
      }
      final int index = i;
      List<FieldUses.Use> mine = uses.stream().filter(u -> u.dataset() == index).toList();
      checkDataset(backend, connections, datasets.get(i), "/datasets/" + i, mine, severity, out);
    }
    return out;
  }

  /**
   * Tier-1's {@code DATASET_COLUMN_MISSING} hint ("add X to columns") less the columns Tier-2 found
   * the source does not return: adding those would only move the error. One finding per mistake.
   */
  public static List<Finding> withoutFalseHints(List<Finding> tier1, List<Finding> tier2) {
    Set<String> missing = new HashSet<>();
    for (Finding f : tier2) {
      if (f.code().equals(FIELD_NOT_IN_SOURCE)) {
        missing.add(
            f.message().substring(0, f.message().indexOf('\'', f.message().indexOf('\'') + 1) + 1));
      }
    }
    return tier1.stream()
        .filter(
            f ->
                !f.code().equals("DATASET_COLUMN_MISSING")
                    || missing.stream().noneMatch(m -> f.message().startsWith(m)))
        .toList();
  }

  private static void checkDataset(
      Backend backend,
      List<Connection> connections,
      ObjectNode d,
      String path,
      List<FieldUses.Use> uses,
      Severity severity,
      List<Finding> out) {
    SourceKind kind = SourceKind.of(Json.text(d, "type"));
    String source = Json.text(d, "source");
    String connectionId = Json.text(d, "connectionId");
    if (kind == null || source == null || connectionId == null) {
      return; // Tier-1 reports the missing or wrong fields
    }
    if (connections.stream().noneMatch(c -> c.id().equals(connectionId))) {
      List<String> known = connections.stream().map(c -> c.name() + " (" + c.id() + ")").toList();
      out.add(
          new Finding(
              severity,
              CONNECTION_NOT_FOUND,
              path + "/connectionId",
              "Connection "
                  + connectionId
                  + " does not exist in profile '"
                  + backend.profile()
                  + "'.",
              "Use one of: " + String.join(", ", known) + "."));
      return;
    }
    SourceProbe probe = backend.probeSource(connectionId, kind, source);
    if (!probe.ok()) {
      out.add(
          new Finding(
              severity,
              Warnings.SOURCE_INACCESSIBLE,
              path + "/source",
              "The source cannot be read through its connection: " + probe.error(),
              "Fix the table name or SQL; explore_data lists the tables and columns this connection can read."));
      return;
    }
    if (kind == SourceKind.tileset || kind == SourceKind.raster) {
      return; // tilesets carry their own columns
    }
    Set<String> names = new HashSet<>();
    for (Column c : probe.columns()) {
      names.add(c.name().toLowerCase(Locale.ROOT));
    }
    String available = String.join(", ", probe.columns().stream().map(Column::name).toList());
    checkDeclaredColumns(d, names, path, severity, available, out);
    checkFieldUses(
        d,
        names,
        probe.columns().stream().map(Column::name).toList(),
        uses,
        severity,
        available,
        out);
  }

  /**
   * The columns the dataset itself names; aggregate aliases join {@code names}, as the tiles will
   * carry them.
   */
  private static void checkDeclaredColumns(
      ObjectNode d,
      Set<String> names,
      String path,
      Severity severity,
      String available,
      List<Finding> out) {
    String geo = Json.text(d, "geoColumn");
    if (geo != null) {
      String col = geo.contains(":") ? geo.substring(geo.indexOf(':') + 1) : geo;
      requireColumn(names, col, path + "/geoColumn", severity, available, out);
    }
    JsonNode columns = d.get("columns");
    if (columns != null && columns.isArray()) {
      for (int j = 0; j < columns.size(); j++) {
        JsonNode c = columns.get(j);
        if (c.isString() && !c.asString().startsWith("_carto_")) {
          requireColumn(names, c.asString(), path + "/columns/" + j, severity, available, out);
        }
      }
    }
    String uid = Json.text(d, "uniqueIdProperty");
    if (uid != null) {
      requireColumn(names, uid, path + "/uniqueIdProperty", severity, available, out);
    }
    String agg = Json.text(d, "aggregationExp");
    if (agg != null) {
      Matcher m = AGG_CALL.matcher(agg);
      while (m.find()) {
        requireColumn(names, m.group(1), path + "/aggregationExp", severity, available, out);
      }
      Matcher alias = AGG_ALIAS.matcher(agg);
      while (alias.find()) {
        names.add(alias.group(1).toLowerCase(Locale.ROOT));
      }
    }
  }

  /**
   * Columns layers, widgets and popups read from the dataset, each reported once per place with a
   * likely fix.
   */
  private static void checkFieldUses(
      ObjectNode d,
      Set<String> names,
      List<String> real,
      List<FieldUses.Use> uses,
      Severity severity,
      String available,
      List<Finding> out) {
    Set<String> reported = new HashSet<>();
    for (FieldUses.Use use : uses) {
      String lower = use.column().toLowerCase(Locale.ROOT);
      if (names.contains(lower)
          || lower.startsWith("_carto")
          || !reported.add(use.path() + "\n" + lower)) {
        continue;
      }
      String nearest =
          nearest(use.column(), real).map(n -> "Did you mean '" + n + "'? ").orElse("");
      out.add(
          new Finding(
              severity,
              FIELD_NOT_IN_SOURCE,
              use.path(),
              "Column '"
                  + use.column()
                  + "' read by "
                  + use.usedBy()
                  + " is not returned by the source of dataset "
                  + label(d)
                  + ".",
              nearest + "The source returns: " + available + "."));
    }
  }

  /**
   * The real column most likely meant: the closest spelling, else one that a part of the name
   * (split at underscores, three letters or more) begins, as {@code pop} and {@code total_pop} for
   * {@code population}.
   */
  static Optional<String> nearest(String wrong, List<String> real) {
    Optional<String> close = ClosestValue.among(wrong, real);
    if (close.isPresent()) {
      return close;
    }
    for (String part : wrong.toLowerCase(Locale.ROOT).split("_")) {
      if (part.length() < 3) {
        continue;
      }
      for (String r : real) {
        if (r.toLowerCase(Locale.ROOT).startsWith(part)) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }

  private static String label(ObjectNode d) {
    String ref = Json.text(d, "$ref");
    return ref != null
        ? "$ref:" + ref
        : Optional.ofNullable(Json.text(d, "id")).orElse(Json.text(d, "source"));
  }

  private static void requireColumn(
      Set<String> names,
      String column,
      String path,
      Severity severity,
      String available,
      List<Finding> out) {
    if (!names.contains(column.toLowerCase(Locale.ROOT))) {
      out.add(
          new Finding(
              severity,
              COLUMN_NOT_FOUND,
              path,
              "Column '" + column + "' is not returned by the source.",
              "The source returns: " + available + "."));
    }
  }
}
