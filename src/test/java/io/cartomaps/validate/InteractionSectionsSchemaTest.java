package io.cartomaps.validate;

import static io.cartomaps.validate.TestBundles.CONFIG;
import static io.cartomaps.validate.TestBundles.check;
import static io.cartomaps.validate.TestBundles.describe;
import static io.cartomaps.validate.TestBundles.remove;
import static io.cartomaps.validate.TestBundles.set;
import static io.cartomaps.validate.TestBundles.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cartomaps.validate.finding.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sections {@code widgets}, {@code sqlparameters}, {@code popupsettings}, {@code privacy}, {@code
 * agent}.
 */
class InteractionSectionsSchemaTest {

  private static final String WIDGETS = CONFIG + "/widgets";
  private static final String PARAMS = CONFIG + "/sqlParameters";
  private static final String POPUPS = CONFIG + "/popupSettings/layers";

  @Test
  void widgetOperationSuggestsTheShortForm() {
    Finding f =
        single(
            check(set(TestBundles.rich(), WIDGETS + "/0/operation", "average")),
            "SCHEMA_ENUM",
            WIDGETS + "/0/operation");
    assertTrue(f.suggestion().startsWith("Use 'avg'"), f.suggestion());
  }

  @Test
  void histogramNeedsBuckets() {
    ObjectNode bundle = set(TestBundles.rich(), WIDGETS + "/0/type", "histogram");
    Finding f = single(check(bundle), "SCHEMA_REQUIRED", WIDGETS + "/0");
    assertTrue(f.message().contains("'buckets'"), f.message());
  }

  @Test
  void categoryNeedsAnOperationColumn() {
    single(
        check(remove(TestBundles.rich(), WIDGETS + "/1/operationColumn")),
        "SCHEMA_REQUIRED",
        WIDGETS + "/1");
  }

  @Test
  void widgetDataSourceIsAPlainString() {
    single(
        check(set(TestBundles.rich(), WIDGETS + "/0/dataSource", Map.of("id", "$ref:col"))),
        "SCHEMA_TYPE",
        WIDGETS + "/0/dataSource");
  }

  @Test
  void widgetTypeIsOneOfSeven() {
    single(
        check(set(TestBundles.rich(), WIDGETS + "/0/type", "bar")),
        "SCHEMA_ENUM",
        WIDGETS + "/0/type");
  }

  @Test
  void sqlNameMustBeAnIdentifier() {
    single(
        check(set(TestBundles.rich(), PARAMS + "/1/item/sqlName", "1boro")),
        "SCHEMA_PATTERN",
        PARAMS + "/1/item/sqlName");
  }

  @Test
  void dateRangeValuesAreIsoDates() {
    Finding f =
        single(
            check(set(TestBundles.rich(), PARAMS + "/0/start/value", "2024-13-01")),
            "SCHEMA_FORMAT",
            PARAMS + "/0/start/value");
    assertEquals("Date as YYYY-MM-DD.", f.suggestion());
  }

  @Test
  void categoryOffersAtMostAThousandValues() {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < 1001; i++) {
      values.add("v" + i);
    }
    single(
        check(set(TestBundles.rich(), PARAMS + "/1/values", values)),
        "SCHEMA_LENGTH",
        PARAMS + "/1/values");
  }

  @Test
  void sqlParameterTypeIsAnEnum() {
    Finding f =
        single(
            check(set(TestBundles.rich(), PARAMS + "/0/type", "Daterange")),
            "SCHEMA_ENUM",
            PARAMS + "/0/type");
    assertTrue(f.suggestion().startsWith("Use 'DateRange'"), f.suggestion());
  }

  @Test
  void hoverPopupCannotUseThePanelStyleAndReportsItOnce() {
    single(
        check(set(TestBundles.rich(), POPUPS + "/L_h3/hover/style", "panel")),
        "SCHEMA_ENUM",
        POPUPS + "/L_h3/hover/style");
  }

  @Test
  void aMistypedHoverStyleIsReportedOnce() {
    Finding f =
        single(
            check(set(TestBundles.rich(), POPUPS + "/L_h3/hover/style", "darkk")),
            "SCHEMA_ENUM",
            POPUPS + "/L_h3/hover/style");
    assertTrue(f.suggestion().startsWith("Use 'dark'"), f.suggestion());
    assertTrue(
        !f.suggestion().contains("panel"),
        "only values valid for hover are listed: " + f.suggestion());
  }

  @Test
  void hoverPopupShowsAtMostFiveFields() {
    List<Map<String, String>> fields = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      fields.add(Map.of("name", "c" + i));
    }
    single(
        check(set(TestBundles.rich(), POPUPS + "/L_h3/hover/fields", fields)),
        "SCHEMA_LENGTH",
        POPUPS + "/L_h3/hover/fields");
  }

  @Test
  void legacyPopupFieldShapeIsRejectedAtEachLegacyKey() {
    ObjectNode bundle =
        set(
            TestBundles.rich(),
            POPUPS + "/L_boros/click/fields/0",
            Map.of("field", "name", "label", "Name"));
    List<Finding> findings = check(bundle);
    assertEquals(
        List.of(POPUPS + "/L_boros/click/fields/0/field", POPUPS + "/L_boros/click/fields/0/label"),
        findings.stream().map(Finding::path).sorted().toList(),
        describe(findings));
    assertTrue(
        findings.stream().allMatch(f -> f.code().equals("SCHEMA_UNKNOWN_FIELD")),
        describe(findings));
    assertTrue(
        findings.stream().anyMatch(f -> f.suggestion().contains("use name")), describe(findings));
  }

  @Test
  void popupSettingsPassUnknownKeysThrough() {
    ObjectNode bundle =
        set(TestBundles.rich(), CONFIG + "/popupSettings/someFutureKey", Map.of("x", 1));
    set(bundle, POPUPS + "/L_h3/hover/builderOnly", true);
    assertTrue(check(bundle).isEmpty(), describe(check(bundle)));
  }

  @Test
  void privacySuggestsTheNearestLevel() {
    Finding f =
        single(
            check(set(TestBundles.rich(), "/privacy/privacy", "sharde")),
            "SCHEMA_ENUM",
            "/privacy/privacy");
    assertTrue(f.suggestion().startsWith("Use 'shared'"), f.suggestion());
  }

  @Test
  void privacyAcceptsTheShorthandStringAndChecksIt() {
    assertTrue(check(set(TestBundles.rich(), "/privacy", "public")).isEmpty());
    single(check(set(TestBundles.rich(), "/privacy", "open")), "SCHEMA_ENUM", "/privacy");
    single(check(set(TestBundles.rich(), "/privacy", 3)), "SCHEMA_TYPE", "/privacy");
  }

  @Test
  void privacyObjectIsClosed() {
    single(
        check(set(TestBundles.rich(), "/privacy/password", "x")),
        "SCHEMA_UNKNOWN_FIELD",
        "/privacy/password");
  }

  @Test
  void agentConfigNeedsItsWholeTree() {
    Finding f =
        single(
            check(remove(TestBundles.rich(), "/agent/config/introduction")),
            "SCHEMA_REQUIRED",
            "/agent/config");
    assertTrue(f.message().contains("'introduction'"), f.message());
  }

  @Test
  void agentModelFollowsSourceProviderModel() {
    single(
        check(set(TestBundles.rich(), "/agent/config/model", "claude-opus")),
        "SCHEMA_PATTERN",
        "/agent/config/model");
    assertTrue(
        check(set(TestBundles.rich(), "/agent/config/model", "carto::anthropic::claude-opus-4-5"))
            .isEmpty());
  }

  @Test
  void agentCapabilitiesAreClosed() {
    single(
        check(set(TestBundles.rich(), "/agent/config/capabilities/fly", true)),
        "SCHEMA_UNKNOWN_FIELD",
        "/agent/config/capabilities/fly");
  }
}
