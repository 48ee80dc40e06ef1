package io.cartomaps.validate;


/** The Tier-1 validator the program uses: the schema sections plus the cross-field rules. */
public final class Tier1 {

  private Tier1() {
  }

  public static BundleValidator validator() {
    SchemaCheck schema = SchemaCheck.get();
    return bundle -> {
      if (!bundle.isObject()) {
        return ValidationReport.of(java.util.List.of(Finding.error("BUNDLE_NOT_OBJECT", "",
            "A bundle must be a JSON object.", "Pass a map bundle: {\"title\": …}.")));
      }
      return ValidationReport.of(schema.check(bundle));
    };
  }
}
