package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import io.cartomaps.validate.finding.RuleCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Datasets and layers are addressed by identity ({@code $ref}/{@code id} and layer {@code id}), so
 * identities must exist and be unique or references become ambiguous.
 */
final class IdentityRule implements Rule {

  @Override
  public void check(IndexedBundle b, List<Finding> out) {
    Set<String> refs = new HashSet<>();
    Set<String> ids = new HashSet<>();
    for (DatasetEntry d : b.datasets()) {
      if (!d.node().isObject()) {
        continue;
      }
      if (d.ref() == null && d.id() == null) {
        out.add(
            RuleCode.DATASET_WITHOUT_IDENTITY.at(
                d.path(),
                "Dataset datasets["
                    + d.index()
                    + "] has neither \"$ref\" nor \"id\", so no layer or widget can use it.",
                "Add \"$ref\": \"<name>\" and reference it as \"$ref:<name>\"."));
      }
      if (d.ref() != null && !refs.add(d.ref())) {
        out.add(
            RuleCode.DUPLICATE_DATASET_REF.at(
                d.path("$ref"),
                "Another dataset already declares \"$ref\": \"" + d.ref() + "\".",
                "Give each dataset its own $ref name."));
      }
      if (d.id() != null && !ids.add(d.id())) {
        out.add(
            RuleCode.DUPLICATE_DATASET_REF.at(
                d.path("id"),
                "Another dataset already has id " + d.id() + ".",
                "Keep one dataset entry per id."));
      }
    }
    Set<String> layerIds = new HashSet<>();
    for (LayerEntry l : b.layers()) {
      if (l.id() != null && !layerIds.add(l.id())) {
        out.add(
            RuleCode.DUPLICATE_LAYER_ID.at(
                l.path("id"),
                "Another layer already has id '" + l.id() + "'.",
                "Give each layer a unique id."));
      }
    }
  }
}
