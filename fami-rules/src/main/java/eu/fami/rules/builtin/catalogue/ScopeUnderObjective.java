package eu.fami.rules.builtin.catalogue;

import static eu.fami.rules.builtin.catalogue.ClassificationField.SCOPE_OF_SUPPORT;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;

/**
 * FAMI-CAT-003: the scope of support is one of the specific objective's, or one of the horizontal
 * scopes of every objective ({@code H.a}..; catalogue entries without an objective) (Reg. (EU)
 * 2021/1147 Annex III).
 */
public final class ScopeUnderObjective extends ClassificationRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.CAT_003, "Reg. (EU) 2021/1147, Annex III", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  void judge(Classification classification, Catalogue catalogue, Findings findings) {
    String objective = Codes.knownObjective(catalogue, classification);
    String scope = SCOPE_OF_SUPPORT.codeIn(classification);
    if (objective == null || !Codes.ofThisPeriod(catalogue, SCOPE_OF_SUPPORT.table(), scope)) {
      return;
    }
    boolean fits =
        catalogue
            .entry(SCOPE_OF_SUPPORT.table(), scope)
            .map(e -> e.getObjective() == null || e.getObjective().equals(objective))
            .orElse(false);
    if (!fits) {
      findings.report(SCOPE_OF_SUPPORT.pointer(), "scope", scope, "objective", objective);
    }
  }
}
