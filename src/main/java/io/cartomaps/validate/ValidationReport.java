package io.cartomaps.validate;

import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer of a validation: {@code valid} is true when there is no error (warnings allowed). This
 * is the exact JSON shape of {@code maps validate --json} and of the {@code validate_bundle} tool.
 */
public record ValidationReport(boolean valid, List<Finding> errors, List<Finding> warnings) {

  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public static ValidationReport of(List<Finding> findings) {
    List<Finding> errors = new ArrayList<>();
    List<Finding> warnings = new ArrayList<>();
    for (Finding f : findings) {
      (f.isError() ? errors : warnings).add(f);
    }
    return new ValidationReport(errors.isEmpty(), errors, warnings);
  }

  /** Valid and, when strict, free of warnings too. */
  public boolean passes(boolean strict) {
    return valid && (!strict || warnings.isEmpty());
  }

  public ValidationReport plus(List<Finding> more) {
    List<Finding> all = new ArrayList<>(errors);
    all.addAll(warnings);
    all.addAll(more);
    return of(all);
  }
}
