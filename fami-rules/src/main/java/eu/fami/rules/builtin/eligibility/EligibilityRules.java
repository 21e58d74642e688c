package eu.fami.rules.builtin.eligibility;

import eu.fami.rules.spi.Rule;
import java.util.List;

/**
 * The eligibility rules FAMI-ELIG-001..008: partners, legal forms and dates of a project against
 * its call and its period's eligibility window, its classification against the call's, its target
 * groups and its Annex IV modality against the catalogue.
 *
 * <pre>{@code EligibilityRules.rules().forEach(ruleSetBuilder::add);}</pre>
 */
public final class EligibilityRules {
  private EligibilityRules() {}

  /** The rules, in id order. */
  public static List<Rule> rules() {
    return List.of(
        new SingleLead(),
        new LeadLegalFormEligible(),
        new PartnerLegalFormEligible(),
        new DatesInEligibilityWindow(),
        new DatesInCallWindow(),
        new ClassificationMatchesCall(),
        new TargetGroupsOfObjective(),
        new AnnexIvFit());
  }
}
