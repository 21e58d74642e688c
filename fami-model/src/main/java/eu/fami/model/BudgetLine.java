package eu.fami.model;

import org.immutables.value.Value;

/**
 * One budget line: what one partner plans to spend in one cost category.
 *
 * <pre>{@code BudgetLine.builder().partner("00743110157").category(CostCategory.STAFF).amount(Amount.ofEuros(1000)).build()}</pre>
 */
@Value.Immutable
public interface BudgetLine {
  /** Partner id. */
  @Nullable
  String getPartner();

  /** Cost category. */
  @Nullable
  CostCategory getCategory();

  /** Amount. */
  @Nullable
  Amount getAmount();

  /** A builder of {@code BudgetLine}. */
  static ImmutableBudgetLine.Builder builder() {
    return ImmutableBudgetLine.builder();
  }
}
