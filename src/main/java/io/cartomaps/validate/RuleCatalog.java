package io.cartomaps.validate;

import io.cartomaps.validate.finding.RuleCode;

/**
 * Renders the {@link RuleCode} catalog as the Markdown page {@code docs/validation.md}. A test
 * compares the committed page with this rendering, so the page always lists exactly the codes the
 * validator can emit.
 */
public final class RuleCatalog {

  private RuleCatalog() {}

  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Validation codes\n\n")
        .append(
            "<!-- Generated from io.cartomaps.validate.finding.RuleCode by RuleCatalog; do not edit by hand.\n")
        .append(
            "     Regenerate: mvn -o -q -B test -Dtest=ValidationDocTest -Ddocs.write=true -->\n\n")
        .append(
            "`maps validate` and the `validate_bundle` tool run Tier-1 validation offline: the JSON Schema ")
        .append(
            "sections in `bundle-schemas/` (codes `SCHEMA_*`) and the cross-field rules below. Each finding is\n")
        .append(
            "`{severity, code, path, message, suggestion}`; `path` is an RFC 6901 JSON Pointer into the input. ")
        .append(
            "When a finding is about a member that is missing, the pointer names the member to add.\n\n")
        .append(
            "Errors make a bundle invalid (exit 1). Warnings do not, unless `--strict` is given; most warnings ")
        .append(
            "are Builder-runtime requirements that CARTO's own validator does not enforce (\"blind spot\"): ")
        .append("such a map validates and saves, then fails to open in Builder.\n\n")
        .append(
            "Reports are sorted by path (array indexes numerically), de-duplicated and capped at ")
        .append(Tier1Validator.MAX_FINDINGS)
        .append(" findings, errors kept first.\n\n")
        .append(
            "The Rule column refers to the rules R1–R25 and sections (§) of the CARTO maps reference. ")
        .append(
            "Enum membership, types, required members and unknown fields (R2, R25) are the schema's `SCHEMA_*` ")
        .append("findings.\n\n")
        .append("| Code | Severity | Rule | Meaning |\n")
        .append("|---|---|---|---|\n");
    for (RuleCode code : RuleCode.values()) {
      sb.append("| `")
          .append(code.name())
          .append("` | ")
          .append(code.severity())
          .append(" | ")
          .append(code.rule())
          .append(" | ")
          .append(code.meaning().replace("|", "\\|"))
          .append(" |\n");
    }
    sb.append("\n## Exit codes of `maps validate`\n\n")
        .append("| Exit | Meaning |\n|---|---|\n")
        .append("| 0 | valid: no errors (warnings allowed unless `--strict`) |\n")
        .append("| 1 | invalid: at least one error (or, with `--strict`, a warning) |\n")
        .append(
            "| 2 | the input could not be read or parsed; with `--json` the report holds one `INPUT_UNREADABLE` ")
        .append("error whose message says where (line and column) |\n");
    return sb.toString();
  }
}
