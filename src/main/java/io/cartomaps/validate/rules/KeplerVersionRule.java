package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** {@code keplerMapConfig.version} must be "v1": viewers refuse any other version outright. */
final class KeplerVersionRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    JsonNode version = Nodes.get(Nodes.object(b.root(), "keplerMapConfig"), "version");
    if (version == null || !version.isString() || version.stringValue().equals("v1")) {
      return;
    }
    out.add(
        RuleCode.KEPLER_VERSION_INVALID.at(
            Pointer.KEPLER + "/version",
            "keplerMapConfig.version is \""
                + version.stringValue()
                + "\"; only \"v1\" is supported.",
            "Set \"version\": \"v1\"."));
  }
}
