package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.backend.Column;
import io.cartomaps.backend.Connection;
import io.cartomaps.backend.SourceKind;
import io.cartomaps.backend.SourceProbe;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.SqlParameterDefaults;
import io.cartomaps.json.Json;
import io.cartomaps.validate.Finding;
import io.cartomaps.validate.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tier-2: every dataset source is dry-run through its connection ({@code SELECT … WHERE 1=0}) and the columns the
 * bundle names ({@code geoColumn}, {@code columns}, {@code uniqueIdProperty}, {@code aggregationExp}) are checked
 * against what the source really returns. Before a write the findings are errors; after it, warnings.
 */
public final class SourceChecks {

  public static final String CONNECTION_NOT_FOUND = "CONNECTION_NOT_FOUND";
  public static final String COLUMN_NOT_FOUND = "COLUMN_NOT_FOUND";

  private static final Pattern AGG_CALL = Pattern.compile("\\b\\w+\\s*\\(\\s*(?:distinct\\s+)?\"?(\\w+)\"?\\s*\\)",
      Pattern.CASE_INSENSITIVE);

  private SourceChecks() {
  }

  /** Findings of all datasets of a bundle, with {@code severity} (error before a write, warning after). */
  public static List<Finding> check(Backend backend, JsonNode bundle, Severity severity) {
    List<Finding> out = new ArrayList<>();
    List<Connection> connections = backend.connections();
    // Sources are tried as a viewer first runs them: with each SQL parameter's current value in its placeholder.
    JsonNode tried = bundle;
    if (bundle instanceof ObjectNode o) {
      ObjectNode copy = o.deepCopy();
      SqlParameterDefaults.apply(copy);
      tried = copy;
    }
    List<ObjectNode> datasets = BundleView.datasets(tried);
    for (int i = 0; i < datasets.size(); i++) {
      checkDataset(backend, connections, datasets.get(i), "/datasets/" + i, severity, out);
    }
    return out;
  }

  static void checkDataset(Backend backend, List<Connection> connections, ObjectNode d, String path,
                           Severity severity, List<Finding> out) {
    SourceKind kind = SourceKind.of(Json.text(d, "type"));
    String source = Json.text(d, "source");
    String connectionId = Json.text(d, "connectionId");
    if (kind == null || source == null || connectionId == null) {
      return; // Tier-1 reports the missing or wrong fields
    }
    if (connections.stream().noneMatch(c -> c.id().equals(connectionId))) {
      List<String> known = connections.stream().map(c -> c.name() + " (" + c.id() + ")").toList();
      out.add(new Finding(severity, CONNECTION_NOT_FOUND, path + "/connectionId",
          "Connection " + connectionId + " does not exist in profile '" + backend.profile() + "'.",
          "Use one of: " + String.join(", ", known) + "."));
      return;
    }
    SourceProbe probe = backend.probeSource(connectionId, kind, source);
    if (!probe.ok()) {
      out.add(new Finding(severity, Warnings.SOURCE_INACCESSIBLE, path + "/source",
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
    }
  }

  private static void requireColumn(Set<String> names, String column, String path, Severity severity,
                                    String available, List<Finding> out) {
    if (!names.contains(column.toLowerCase(Locale.ROOT))) {
      out.add(new Finding(severity, COLUMN_NOT_FOUND, path,
          "Column '" + column + "' is not returned by the source.", "The source returns: " + available + "."));
    }
  }
}
