package eu.fami.rules.builtin.catalogue;

import eu.fami.rules.spi.Rule;
import java.util.List;

/**
 * The catalogue rules FAMI-CAT-001..008: the classification of projects and calls against the
 * catalogue of their programming period, and the indicators of projects.
 *
 * <pre>{@code CatalogueRules.rules().forEach(ruleSetBuilder::add);}</pre>
 */
public final class CatalogueRules {
  private CatalogueRules() {}

  /** The rules, in id order. */
  public static List<Rule> rules() {
    return List.of(
        new SpecificObjectiveKnown(),
        new MeasureUnderObjective(),
        new ScopeUnderObjective(),
        new NationalActionsUnderMeasure(),
        new InterventionFieldInBlock(),
        new AnnexViCodesKnown(),
        new IndicatorsOfObjective(),
        new CodesOfPeriod());
  }
}
