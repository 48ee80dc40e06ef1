package io.cartomaps.validate.rules;

import io.cartomaps.validate.finding.Finding;
import java.util.List;

/**
 * One cross-field rule (or a tight family of them) of Tier-1 validation. A rule reads the
 * pre-indexed {@link IndexedBundle}, never throws on unexpected shapes (the schema check reports
 * types; a rule skips what it cannot read) and appends its findings to {@code out}.
 */
public interface Rule {

  void check(IndexedBundle bundle, List<Finding> out);
}
