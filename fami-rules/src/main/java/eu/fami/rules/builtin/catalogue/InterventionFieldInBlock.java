package eu.fami.rules.builtin.catalogue;

import static eu.fami.rules.builtin.catalogue.ClassificationField.INTERVENTION_FIELD;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;

/**
 * FAMI-CAT-005: the intervention field is a code of the specific objective's block (Reg. (EU)
 * 2021/1147 Annex VI, table 1: block II for OS2, V for technical assistance).
 */
public final class InterventionFieldInBlock extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(
          RuleIds.CAT_005, "Reg. (EU) 2021/1147, Annex VI, table 1", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(Classification classification, Catalogue catalogue, Findings findings) {
    String objective = Codes.knownObjective(catalogue, classification);
    String field = INTERVENTION_FIELD.codeIn(classification);
    if (objective != null
        && Codes.ofThisPeriod(catalogue, INTERVENTION_FIELD.table(), field)
        && !catalogue.contains(INTERVENTION_FIELD.table(), objective, field)) {
      findings.report(INTERVENTION_FIELD.pointer(), "field", field, "objective", objective);
    }
  }
}
