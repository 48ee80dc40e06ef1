package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * R19: Builder offers {@code ordinal} scales for string columns only; an ordinal scale on a number
 * renders but breaks the first time someone edits the layer.
 */
final class OrdinalScaleRule implements Rule {

  private static final List<String[]> CHANNELS =
      List.of(
          new String[] {"colorField", "colorScale"},
          new String[] {"strokeColorField", "strokeColorScale"},
          new String[] {"sizeField", "sizeScale"});
  private static final Set<String> NUMERIC =
      Set.of("integer", "real", "number", "float", "double", "int", "bigint", "decimal", "numeric");

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    for (LayerEntry l : b.layers()) {
      JsonNode channels = l.visualChannels();
      for (String[] c : CHANNELS) {
        if (!"ordinal".equals(Nodes.text(channels, c[1]))) {
          continue;
        }
        JsonNode field = Nodes.object(channels, c[0]);
        String type = Nodes.text(field, "type");
        if (type != null && NUMERIC.contains(type.toLowerCase(Locale.ROOT))) {
          out.add(
              RuleCode.ORDINAL_SCALE_ON_NUMERIC.at(
                  l.path("visualChannels", c[1]),
                  l.label()
                      + " uses an ordinal "
                      + c[1]
                      + " on numeric column '"
                      + Nodes.text(field, "name")
                      + "' ("
                      + type
                      + ").",
                  "Use \"quantize\", \"quantile\" or \"custom\" for numbers, or cast the column to a string in the "
                      + "source SQL."));
        }
      }
    }
  }
}
