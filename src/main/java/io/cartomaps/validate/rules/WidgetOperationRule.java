package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Map;

/**
 * R13: widget operations go through the Model API, which only knows the short forms; the long forms
 * that layers accept ({@code average}, {@code maximum}, {@code minimum}) silently break widget
 * filtering.
 */
final class WidgetOperationRule implements Rule {

  private static final Map<String, String> SHORT =
      Map.of("average", "avg", "maximum", "max", "minimum", "min");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (WidgetEntry w : b.widgets()) {
      String operation = Nodes.text(w.node(), "operation");
      String replacement = operation == null ? null : SHORT.get(operation);
      if (replacement != null) {
        out.add(
            RuleCode.WIDGET_OPERATION_LONG_FORM.at(
                w.path("operation"),
                w.label()
                    + " uses the long-form operation '"
                    + operation
                    + "'; widgets take short forms only.",
                "Use \"operation\": \"" + replacement + "\"."));
      }
    }
  }
}
