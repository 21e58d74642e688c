package eu.fami.model;

import eu.fami.model.constraints.Required;
import eu.fami.model.constraints.ValidAmount;
import eu.fami.model.constraints.ValidRate;
import org.immutables.value.Value;

/**
 * The programme's allocation to one specific objective (or technical assistance).
 *
 * <p>{@code amount} is the total (EU + national); {@code euContribution}, when every allocation
 * states it, is the base of the minimum shares (Reg. (EU) 2021/1147 Art 16).
 *
 * <pre>{@code Allocation.builder().specificObjective("OS2").amount(Amount.ofEuros(1000)).build()}</pre>
 */
@Value.Immutable
public interface Allocation {
  /** Specific objective code ({@code OS1}..{@code OS4}, {@code TA}). */
  @Nullable
  @Required
  String getSpecificObjective();

  /** Allocated amount (EU + national). */
  @Nullable
  @Required
  @ValidAmount
  Amount getAmount();

  /** EU contribution within the amount, if stated. */
  @Nullable
  @ValidAmount
  Amount getEuContribution();

  /** The share of the programme the document declares for this objective, if any. */
  @Nullable
  @ValidRate
  Rate getDeclaredShare();

  /** A builder of {@code Allocation}. */
  static ImmutableAllocation.Builder builder() {
    return ImmutableAllocation.builder();
  }
}
