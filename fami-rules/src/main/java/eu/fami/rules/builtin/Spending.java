package eu.fami.rules.builtin;

import eu.fami.model.Amount;
import eu.fami.model.Expenditure;
import eu.fami.model.Nullable;
import java.math.BigDecimal;

/**
 * The amounts of expenditure entries that rules may add up: a correction entry's negative amount,
 * any other entry's non-negative amount, each bounded and with at most two decimals. Any other
 * amount is FAMI-FMT-004's to report, and rules that add up expenditure leave it out.
 */
public final class Spending {
  private Spending() {}

  /** The amount {@code entry} adds to a cumulative sum, or null when it cannot be judged. */
  @Nullable
  public static BigDecimal amountOf(Expenditure entry) {
    Amount a = entry.getAmount();
    if (a == null || !a.isWithinBounds() || !a.hasAtMostTwoDecimals()) {
      return null;
    }
    return a.isNegative() == entry.isCorrectionEntry() ? a.value() : null;
  }
}
