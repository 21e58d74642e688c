package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidAmount;
import org.immutables.value.Value;

/**
 * One source of a project's financing.
 *
 * <pre>{@code Financing.builder().source(FundingSource.EU_AMIF).amount(Amount.ofEuros(750)).build()}</pre>
 */
@Value.Immutable
public interface Financing {
  /** Source. */
  @Nullable
  @Required
  FundingSource getSource();

  /** Amount. */
  @Nullable
  @Required
  @ValidAmount
  Amount getAmount();

  /** A builder of {@code Financing}. */
  static ImmutableFinancing.Builder builder() {
    return ImmutableFinancing.builder();
  }
}
