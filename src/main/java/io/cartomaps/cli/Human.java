package io.cartomaps.cli;

import io.cartomaps.json.Json;
import io.cartomaps.maps.WriteResult;
import io.cartomaps.validate.finding.Finding;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** One-line renderings for people. */
final class Human {

  private Human() {}

  static String finding(Finding f) {
    return f.severity()
        + " "
        + f.code()
        + " "
        + (f.path().isEmpty() ? "/" : f.path())
        + ": "
        + f.message()
        + (f.suggestion() == null ? "" : " (" + f.suggestion() + ")");
  }

  static void write(PrintWriter out, String verb, WriteResult r) {
    out.println(
        verb
            + " "
            + r.id()
            + (r.title() == null ? "" : " \"" + r.title() + "\"")
            + " in profile "
            + r.profile());
    if (r.builderUrl() != null) {
      out.println("  builder: " + r.builderUrl());
    }
    if (r.viewerUrl() != null) {
      out.println("  viewer:  " + r.viewerUrl());
    }
    if (r.publicUrl() != null) {
      out.println("  public:  " + r.publicUrl());
    }
    r.plan().forEach(p -> out.println("  - " + p));
    r.warnings().forEach(w -> out.println("  " + finding(w)));
  }

  /**
   * One widget's values in a line: {@code "Total population" (formula): {"value":…}}, or its error.
   */
  static String widget(ObjectNode w) {
    String title = w.has("title") ? w.get("title").asString() : w.path("id").asString();
    String head = "\"" + title + "\" (" + w.path("type").asString() + "): ";
    if (w.has("error")) {
      return head + "not computed: " + w.get("error").asString();
    }
    ObjectNode values = w.deepCopy();
    values.remove(
        List.of("id", "type", "title", "operation", "column", "formatter", "chartType", "headers"));
    String text = Json.compact(values);
    return head + (text.length() > 200 ? text.substring(0, 197) + "..." : text);
  }
}
