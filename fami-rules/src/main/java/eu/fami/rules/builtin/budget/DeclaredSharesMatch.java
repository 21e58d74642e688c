package eu.fami.rules.builtin.budget;

import eu.fami.model.Allocation;
import eu.fami.model.Rate;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProgrammeScope;
import eu.fami.rules.spi.RuleDefinition;
import java.math.BigDecimal;
import java.util.List;

/**
 * FAMI-BUD-012 (warning): an allocation's {@code declaredShare} differs from its share computed on
 * the {@link ShareBase} by no more than {@code RuleParameters.getShareTolerance()} (0.1 percentage
 * points by default), compared exactly. A declared share outside 0..1 (FAMI-FMT-004), or of an
 * allocation without objective, is not judged.
 */
public final class DeclaredSharesMatch implements ProgrammeRule {
  private static final RuleDefinition DEFINITION = Definitions.warning(RuleIds.BUD_012, "");

  /** The rule. */
  public DeclaredSharesMatch() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProgrammeScope scope, Findings findings) {
    BigDecimal tolerance = scope.getParameters().getShareTolerance();
    List<Allocation> allocations = scope.getProgramme().getAllocations();
    ShareBase.of(scope.getProgramme()).ifPresent(base -> {
      for (int i = 0; i < allocations.size(); i++) {
        Rate declared = allocations.get(i).getDeclaredShare();
        String objective = allocations.get(i).getSpecificObjective();
        if (declared == null || !declared.isValid() || objective == null) {
          continue;
        }
        // |declared - part / whole| > tolerance, without dividing
        BigDecimal difference = base.value(i).subtract(declared.value().multiply(base.whole()));
        if (difference.abs().compareTo(tolerance.multiply(base.whole())) > 0) {
          BigDecimal bound = declared.value().add(tolerance.multiply(
              BigDecimal.valueOf(difference.signum())));
          findings.report("/allocations/" + i + "/declaredShare", "objective", objective,
              "declared", Format.percent(declared.value()),
              "computed", Format.percent(base.value(i), base.whole(), bound));
        }
      }
    });
  }
}
