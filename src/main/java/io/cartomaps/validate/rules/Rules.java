package io.cartomaps.validate.rules;

import java.util.List;

/**
 * The cross-field rules of Tier-1 validation, in the order of the CARTO reference (R1–R24, then
 * blind spots).
 */
public final class Rules {

  private static final List<Rule> ALL =
      List.of(
          new KeplerVersionRule(),
          new LegacyLayerTypeRule(),
          new DatasetFormatRule(),
          new LayerDatasetMatrixRule(),
          new IdentityRule(),
          new DataReferenceRule(),
          new AggregationResLevelRule(),
          new AggregationExpRule(),
          new DynamicBinningRule(),
          new BasemapSyncRule(),
          new MisplacedUnderVisStateRule(),
          new WidgetFieldsRule(),
          new WidgetOperationRule(),
          new WidgetSourceRule(),
          new PopupRule(),
          new CustomMarkersRule(),
          new OrdinalScaleRule(),
          new SplitMapRule(),
          new LayerGroupingRule(),
          new SqlParameterNameRule(),
          new SqlParameterValueRule(),
          new RadiusScaleWithZoomRule(),
          new AgentRule(),
          new BuilderConfigRule(),
          new DatasetColumnsRule(),
          new LayerBoilerplateRule());

  private Rules() {}

  /** Every rule; all are stateless and safe to share between threads. */
  public static List<Rule> all() {
    return ALL;
  }
}
