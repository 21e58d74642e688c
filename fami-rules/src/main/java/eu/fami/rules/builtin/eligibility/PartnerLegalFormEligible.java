package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Call;
import eu.fami.model.LegalForm;
import eu.fami.model.PartnerRole;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;

/**
 * FAMI-ELIG-003: the legal form of each partner of role PARTNER is one of the call's {@code
 * eligiblePartnerForms} (call); the lead is FAMI-ELIG-002's, associates hold no budget.
 */
public final class PartnerLegalFormEligible extends LegalFormEligibility {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.ELIG_003, "call", Requirement.CALL);

  /** The rule. */
  public PartnerLegalFormEligible() {
    super(PartnerRole.PARTNER);
  }

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  List<LegalForm> eligible(Call call) {
    return call.getEligiblePartnerForms();
  }
}
