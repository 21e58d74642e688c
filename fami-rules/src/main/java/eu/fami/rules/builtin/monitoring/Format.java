package eu.fami.rules.builtin.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Renders a fraction as a percentage with two decimals ({@code 0.1} as {@code 10.00%}). Stands in
 * for the shared {@code eu.fami.rules.builtin.Format} until that lands.
 */
final class Format {
  private Format() {}

  /** {@code fraction} as a percentage with two decimals, rounded half-up. */
  static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
  }
}
