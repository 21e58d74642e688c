package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Call;
import eu.fami.model.LegalForm;
import eu.fami.model.PartnerRole;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;

/** FAMI-ELIG-002: the lead's legal form is one of the call's {@code eligibleLeadForms} (call). */
public final class LeadLegalFormEligible extends LegalFormEligibility {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.ELIG_002, "call", Requirement.CALL);

  /** The rule. */
  public LeadLegalFormEligible() {
    super(PartnerRole.LEAD);
  }

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  List<LegalForm> eligible(Call call) {
    return call.getEligibleLeadForms();
  }
}
