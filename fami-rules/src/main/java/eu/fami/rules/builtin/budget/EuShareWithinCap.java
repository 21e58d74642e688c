package eu.fami.rules.builtin.budget;

import eu.fami.model.Classification;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Sourced;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * FAMI-BUD-004: the EU share is not above the co-financing cap of the project's implementation
 * modality (Reg. (EU) 2021/1147 Art 15; the catalogue's caps, the catalogue's default modality when
 * none is stated), or of technical assistance for objective TA (Art 15(6)). Compared exactly. A
 * modality without a cap (an unknown one: FAMI-CAT-006) is not judged, nor a project without a
 * specific objective (it might be technical assistance).
 */
public final class EuShareWithinCap implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.BUD_004, "Reg. (EU) 2021/1147, Art. 15", Requirement.CATALOGUE);

  /** The rule. */
  public EuShareWithinCap() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Classification classification = scope.getProject().getClassification();
    if (classification == null || classification.getSpecificObjective() == null) {
      return;
    }
    Catalogue catalogue = scope.catalogue();
    boolean technicalAssistance =
        catalogue.objectiveIsTechnicalAssistance(classification.getSpecificObjective());
    String modality = Optional.ofNullable(classification.getImplementationModality())
        .orElse(catalogue.defaultImplementationModality());
    Optional<BigDecimal> cap = technicalAssistance
        ? Optional.of(catalogue.technicalAssistanceCap().value())
        : catalogue.coFinancingCap(modality).map(Sourced::value);
    cap.ifPresent(c -> EuShare.of(scope.getProject())
        .filter(share -> share.exceeds(c))
        .ifPresent(share -> findings.report(share.pointer(),
            "share", share.percent(c),
            "cap", Format.percent(c),
            technicalAssistance ? "variant" : "modality",
            technicalAssistance ? "ta" : modality)));
  }
}
