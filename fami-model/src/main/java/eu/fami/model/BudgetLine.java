package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidAmount;
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
  @Required
  String getPartner();

  /** Cost category. */
  @Nullable
  @Required
  CostCategory getCategory();

  /** Amount. */
  @Nullable
  @Required
  @ValidAmount
  Amount getAmount();

  /** A builder of {@code BudgetLine}. */
  static ImmutableBudgetLine.Builder builder() {
    return ImmutableBudgetLine.builder();
  }
}
