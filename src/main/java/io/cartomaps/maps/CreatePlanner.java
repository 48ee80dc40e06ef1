package io.cartomaps.maps;

import io.cartomaps.backend.Backend;
import io.cartomaps.bundle.BundleView;
import io.cartomaps.bundle.Privacy;
import io.cartomaps.json.Json;
import io.cartomaps.validate.BundleValidator;
import io.cartomaps.validate.ValidationReport;
import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides a create without writing: Builder repairs, Tier-1, source dry-runs, auto-fills and the
 * agent policy, so a bundle that cannot be created fails here and nothing is left to clean up.
 */
final class CreatePlanner {

  private final BundleValidator validator;

  CreatePlanner(BundleValidator validator) {
    this.validator = validator;
  }

  /**
   * {@code carried} are findings of an earlier step (a copy's agent references) the result reports
   * first.
   */
  CreatePlan plan(Backend b, JsonNode input, boolean skipSourceChecks, List<Finding> carried) {
    ObjectNode bundle = BundleInput.requireObject(input, "The bundle").deepCopy();
    List<String> lines = new ArrayList<>(BuilderRepairs.apply(bundle));
    ValidationReport report = validator.validate(bundle);
    if (!report.valid()) {
      throw new MapsException(
          "INVALID_BUNDLE",
          "The bundle has "
              + report.errors().size()
              + " error(s); nothing was created. Fix them and retry (validate_bundle checks without writing).",
          concat(report.errors(), report.warnings()));
    }
    if (!skipSourceChecks) {
      List<Finding> sources = SourceChecks.check(b, bundle, Severity.error);
      if (!sources.isEmpty()) {
        throw new MapsException(
            "SOURCE_CHECK_FAILED",
            "A dataset source cannot be used in profile '"
                + b.profile()
                + "'; nothing was created.",
            concat(sources, SourceChecks.withoutFalseHints(report.warnings(), sources)));
      }
    }
    lines.addAll(AutoFill.apply(bundle, b, !skipSourceChecks));
    List<Finding> warnings = new ArrayList<>(carried);
    warnings.addAll(validator.validate(bundle).warnings());
    AgentPolicy.apply(b, bundle, warnings, lines);
    return new CreatePlan(
        map(bundle),
        BundleView.datasets(bundle).stream().map(NewDataset::of).toList(),
        followUp(bundle),
        privacy(bundle),
        lines,
        warnings);
  }

  private static ObjectNode map(ObjectNode bundle) {
    ObjectNode map = Json.object();
    map.put("title", Optional.ofNullable(Json.text(bundle, "title")).orElse("Untitled map"));
    map.put("description", Json.text(bundle, "description"));
    if (bundle.has("keplerMapConfig")) {
      map.set("keplerMapConfig", bundle.get("keplerMapConfig"));
    }
    return map;
  }

  /**
   * What the first call cannot carry: references need the dataset ids, the rest is not taken on
   * create.
   */
  private static ObjectNode followUp(ObjectNode bundle) {
    ObjectNode patch = Json.object();
    if (bundle.has("keplerMapConfig")) {
      patch.set("keplerMapConfig", bundle.get("keplerMapConfig"));
    }
    for (String field : List.of("tags", "collaborative", "agent")) {
      if (bundle.hasNonNull(field)) {
        patch.set(field, bundle.get(field));
      }
    }
    return patch;
  }

  private static ObjectNode privacy(ObjectNode bundle) {
    ObjectNode privacy = Privacy.normalize(bundle.get("privacy"));
    return privacy != null && !"private".equals(Json.text(privacy, "privacy")) ? privacy : null;
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
