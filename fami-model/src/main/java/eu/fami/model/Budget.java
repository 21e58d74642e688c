package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidAmount;
import jakarta.validation.Valid;
import java.util.List;
import org.immutables.value.Value;

/**
 * A project's budget: lines per partner and cost category, their total, the form of grant.
 *
 * <pre>{@code Budget.builder().costMethod(CostMethod.REAL_COSTS).addLines(line).total(Amount.ofEuros(1000)).build()}</pre>
 */
@Value.Immutable
public interface Budget {
  /** Form of grant. */
  @Nullable
  CostMethod getCostMethod();

  /** Indirect-cost method and rate. */
  @Nullable
  @Valid
  IndirectCosts getIndirectCosts();

  /** Lines per partner and category. */
  @Required
  List<@Valid BudgetLine> getLines();

  /** Total: the sum of the lines. */
  @Nullable
  @Required
  @ValidAmount
  Amount getTotal();

  /** A builder of {@code Budget}. */
  static ImmutableBudget.Builder builder() {
    return ImmutableBudget.builder();
  }
}
