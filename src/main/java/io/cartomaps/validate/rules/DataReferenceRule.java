package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * R3: every data reference resolves to a dataset of the bundle. References are {@code
 * "$ref:<name>"} or a dataset id; they appear in layer {@code config.dataId}, widget {@code
 * dataSource} and {@code crossFilteringDataSourceIds}, and SQL parameter {@code dataSources[].id}.
 */
final class DataReferenceRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      if (l.dataId() != null && l.dataset() == null) {
        out.add(unresolved(b, l.dataId(), l.path("config", "dataId"), l.label()));
      }
    }
    for (WidgetEntry w : b.widgets()) {
      checkWidget(b, w, out);
    }
    int p = 0;
    for (JsonNode param : Nodes.elements(b.sqlParameters())) {
      int s = 0;
      for (JsonNode source : Nodes.elements(Nodes.array(param, "dataSources"))) {
        String id = Nodes.text(source, "id");
        if (id != null && b.resolve(id) == null) {
          out.add(
              unresolved(
                  b,
                  id,
                  Pointer.of(Pointer.SQL_PARAMETERS, p, "dataSources", s, "id"),
                  "sqlParameters[" + p + "]"));
        }
        s++;
      }
      p++;
    }
  }

  private static void checkWidget(IndexedBundle b, WidgetEntry w, List<Finding> out) {
    JsonNode ds = Nodes.get(w.node(), "dataSource");
    if (ds != null && ds.isObject()) {
      out.add(
          RuleCode.WIDGET_DATASOURCE_OBJECT.at(
              w.path("dataSource"),
              "The dataSource of "
                  + w.label()
                  + " is an object; Tier-1 accepts it but Builder breaks at runtime.",
              w.source() == null
                  ? "Use the plain string form \"$ref:<name>\"."
                  : "Use the plain string \"dataSource\": \"" + w.source() + "\"."));
      if (w.source() != null && w.dataset() == null) {
        out.add(unresolved(b, w.source(), w.path("dataSource", "id"), w.label()));
      }
    } else if (w.source() != null && w.dataset() == null) {
      out.add(unresolved(b, w.source(), w.path("dataSource"), w.label()));
    }
    JsonNode crossFilter = Nodes.array(w.node(), "crossFilteringDataSourceIds");
    if (crossFilter == null) {
      return;
    }
    boolean ownSource = false;
    int i = 0;
    for (JsonNode idNode : crossFilter.values()) {
      String id = Nodes.text(idNode);
      if (id != null) {
        DatasetEntry target = b.resolve(id);
        if (target == null) {
          out.add(unresolved(b, id, w.path("crossFilteringDataSourceIds", i), w.label()));
        } else if (target == w.dataset()) {
          ownSource = true;
        }
      }
      i++;
    }
    if (!ownSource && w.dataset() != null && !crossFilter.isEmpty()) {
      out.add(
          RuleCode.WIDGET_CROSSFILTER_WITHOUT_OWN_SOURCE.at(
              w.path("crossFilteringDataSourceIds"),
              "crossFilteringDataSourceIds of "
                  + w.label()
                  + " does not include its own dataSource.",
              "Add \"" + w.source() + "\" to crossFilteringDataSourceIds."));
    }
  }

  static Finding unresolved(IndexedBundle b, String reference, String path, String owner) {
    return RuleCode.UNRESOLVED_REF.at(
        path,
        "Dangling data reference: "
            + owner
            + " points at '"
            + reference
            + "', which no dataset declares.",
        suggestion(b, reference));
  }

  /** A likely intended reference, or the list of what exists. */
  private static String suggestion(IndexedBundle b, String reference) {
    List<String> declared = b.declaredRefs();
    String bare = reference.replaceFirst("^(\\$ref:|\\$|@|#)", "");
    for (String d : declared) {
      String dBare = d.startsWith("$ref:") ? d.substring(5) : d;
      if (dBare.equals(bare)
          || dBare.toLowerCase(Locale.ROOT).equals(bare.toLowerCase(Locale.ROOT))) {
        return "Use \"" + d + "\".";
      }
    }
    if (declared.isEmpty()) {
      return "Declare the dataset in datasets[] with \"$ref\": \""
          + bare
          + "\" and reference it as \"$ref:"
          + bare
          + "\".";
    }
    List<String> shown = declared.size() > 5 ? declared.subList(0, 5) : declared;
    return "Use one of "
        + String.join(", ", shown)
        + (declared.size() > 5 ? ", …" : "")
        + ", or declare a dataset with \"$ref\": \""
        + bare
        + "\".";
  }
}
