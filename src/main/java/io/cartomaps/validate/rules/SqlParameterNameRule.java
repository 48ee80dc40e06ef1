package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * R22 (names): every {@code sqlName} is a plain identifier, unique in the map, and every {@code
 * {{name}}} written in a dataset's SQL is bound by one ("Invalid sql parameter placeholder"
 * otherwise). Parameters only show to viewers when {@code mapSettings.sqlParameterControls} is on.
 */
final class SqlParameterNameRule implements Rule {

  private static final Pattern SQL_NAME = Pattern.compile("^[a-zA-Z_][a-zA-Z0-9_]*$");
  private static final List<String> BINDINGS = List.of("item", "start", "end");
  private static final List<String> SQL_FIELDS = List.of("source", "queryTemplate");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    Set<String> names = new HashSet<>();
    JsonNode params = b.sqlParameters();
    int p = 0;
    for (JsonNode param : Nodes.elements(params)) {
      for (String binding : BINDINGS) {
        String name = Nodes.text(Nodes.object(param, binding), "sqlName");
        if (name == null) {
          continue;
        }
        if (!SQL_NAME.matcher(name).matches()) {
          out.add(
              RuleCode.SQL_NAME_INVALID.at(
                  Pointer.of(Pointer.SQL_PARAMETERS, p, binding, "sqlName"),
                  "sqlName '"
                      + name
                      + "' is not a plain identifier (letters, digits, _; not starting with a digit).",
                  "Use e.g. \""
                      + identifier(name)
                      + "\" and write {{"
                      + identifier(name)
                      + "}} in the SQL."));
        }
        if (!names.add(name)) {
          out.add(
              RuleCode.SQL_NAME_DUPLICATE.at(
                  Pointer.of(Pointer.SQL_PARAMETERS, p, binding, "sqlName"),
                  "sqlName '" + name + "' is already used by another SQL parameter.",
                  "Give each parameter binding its own sqlName."));
        }
      }
      p++;
    }
    for (DatasetEntry d : b.datasets()) {
      for (String field : SQL_FIELDS) {
        String sql = Nodes.text(d.node(), field);
        if (sql == null) {
          continue;
        }
        for (Map.Entry<String, Integer> placeholder : Placeholders.in(sql).entrySet()) {
          if (!names.contains(placeholder.getKey())) {
            out.add(
                RuleCode.SQL_PLACEHOLDER_UNDEFINED.at(
                    d.path(field),
                    "Invalid sql parameter placeholder {{"
                        + placeholder.getKey()
                        + "}} in the "
                        + field
                        + " of dataset "
                        + d.label()
                        + ": no SQL parameter has that sqlName.",
                    "Add a SQL parameter whose item (or start/end) has \"sqlName\": \""
                        + placeholder.getKey()
                        + "\", or remove the placeholder."));
          }
        }
      }
    }
    JsonNode mapSettings = Nodes.object(b.config(), "mapSettings");
    if (params != null && !params.isEmpty() && !Nodes.isTrue(mapSettings, "sqlParameterControls")) {
      out.add(
          RuleCode.SQL_PARAMETER_CONTROLS_HIDDEN.at(
              Pointer.CONFIG
                  + "/mapSettings"
                  + (mapSettings == null ? "" : "/sqlParameterControls"),
              "The map has SQL parameters but mapSettings.sqlParameterControls is not true, so viewers get no controls.",
              "Set \"mapSettings\": {\"sqlParameterControls\": true}."));
    }
  }

  private static String identifier(String name) {
    String s = name.replaceAll("[^a-zA-Z0-9_]", "_");
    return s.isEmpty() || Character.isDigit(s.charAt(0)) ? "p_" + s : s;
  }
}
