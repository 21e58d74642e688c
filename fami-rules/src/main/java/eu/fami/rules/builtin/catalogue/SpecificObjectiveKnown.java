package eu.fami.rules.builtin.catalogue;

import static eu.fami.rules.builtin.catalogue.ClassificationField.SPECIFIC_OBJECTIVE;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;

/**
 * FAMI-CAT-001: the specific objective of a project or call is one of its period's (Reg. (EU)
 * 2021/1147 Art 3; Reg. (EU) 516/2014 Art 3).
 */
public final class SpecificObjectiveKnown extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(
          RuleIds.CAT_001,
          "Reg. (EU) 2021/1147, Art. 3; Reg. (EU) 516/2014, Art. 3",
          Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(Classification classification, Catalogue catalogue, Findings findings) {
    String objective = SPECIFIC_OBJECTIVE.codeIn(classification);
    if (Codes.ofThisPeriod(catalogue, SPECIFIC_OBJECTIVE.table(), objective)
        && !catalogue.contains(SPECIFIC_OBJECTIVE.table(), objective)) {
      findings.report(
          SPECIFIC_OBJECTIVE.pointer(), "objective", objective, "period", catalogue.period().code());
    }
  }
}
