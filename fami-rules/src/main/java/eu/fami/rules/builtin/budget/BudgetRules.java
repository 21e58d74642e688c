package eu.fami.rules.builtin.budget;

import eu.fami.rules.spi.Rule;
import java.util.List;

/** The budget rules FAMI-BUD-001..012: sums, shares, caps, flat rates, call and programme money. */
public final class BudgetRules {
  private BudgetRules() {}

  /** The budget rules, in id order. */
  public static List<Rule> rules() {
    return List.of(
        new LinesAddUpToTotal(),
        new FinancingAddsUpToTotal(),
        new PartnerHoldsBudget(),
        new EuShareWithinCap(),
        new EuShareWithinCallMaximum(),
        new IndirectCostsWithinFlatRate(),
        new SimplifiedCostsForSmallOperations(),
        new GrantWithinCallMaximum(),
        new CallGrantsWithinAllocation(),
        new CallAllocationsWithinProgramme(),
        new MinimumSharesMet(),
        new DeclaredSharesMatch());
  }
}
