package eu.fami.rules.builtin;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How the built-in rules write amounts and shares into message arguments: amounts in plain notation
 * with two decimals, shares as percentages with at least two decimals. Never rounds a value so that
 * it reads as the limit it was judged against.
 *
 * <pre>{@code
 * Format.amount(new BigDecimal("1500"))              // "1500.00"
 * Format.percent(new BigDecimal("0.750000003"))       // "75.0000003%"
 * Format.percent(part, whole, new BigDecimal("0.75")) // "75.01%", or "75.0000003%" when closer
 * }</pre>
 */
public final class Format {
  private static final int TWO = 2;

  private Format() {}

  /**
   * {@code value} in plain notation with two decimals; a value with more decimals is written exactly
   * (never silently rounded).
   */
  public static String amount(BigDecimal value) {
    BigDecimal v = value.scale() < TWO || value.stripTrailingZeros().scale() <= TWO
        ? value.setScale(TWO, RoundingMode.UNNECESSARY)
        : value;
    return v.toPlainString();
  }

  /** The exact {@code fraction} as a percentage with at least two decimals ({@code 0.363} is 36.30%). */
  public static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(TWO).stripTrailingZeros();
    return p.setScale(Math.max(TWO, p.scale())).toPlainString() + "%";
  }

  /**
   * The share {@code part / whole} (whole positive) as a percentage rounded half-up to the fewest
   * decimals, at least two, at which it stays on the same side of {@code bound} as its exact value
   * (above, below, or equal): a share of 75.0000003% judged against 75% reads "75.0000003%".
   *
   * @throws IllegalArgumentException if {@code whole} is not positive (a rule bug)
   */
  public static String percent(BigDecimal part, BigDecimal whole, BigDecimal bound) {
    if (whole.signum() <= 0) {
      throw new IllegalArgumentException("a share needs a positive whole: " + whole);
    }
    int side = part.compareTo(bound.multiply(whole));
    for (int decimals = TWO; ; decimals++) {
      BigDecimal rounded = part.divide(whole, decimals + TWO, RoundingMode.HALF_UP);
      if (Integer.signum(rounded.compareTo(bound)) == Integer.signum(side)) {
        return percent(rounded);
      }
    }
  }
}
