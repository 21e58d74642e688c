package eu.fami.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A rate or share as a fraction ({@code 0.75} = 75%), held exactly as submitted. Valid from 0 to 1
 * inclusive.
 *
 * <pre>{@code Rate.of("0.75").isValid() // true}</pre>
 */
public final class Rate implements Comparable<Rate> {
  private final BigDecimal value;

  private Rate(BigDecimal value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /** The rate of {@code value} exactly. */
  public static Rate of(BigDecimal value) {
    return new Rate(value);
  }

  /** The rate written {@code text}. */
  public static Rate of(String text) {
    return new Rate(new BigDecimal(text));
  }

  /** The exact value. */
  public BigDecimal value() {
    return value;
  }

  /** Whether the value is between 0 and 1 inclusive. */
  public boolean isValid() {
    return value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0;
  }

  @Override
  public int compareTo(Rate o) {
    return value.compareTo(o.value);
  }

  /** Rates are equal when their values are equal ({@code 0.7} equals {@code 0.70}). */
  @Override
  public boolean equals(Object o) {
    return o instanceof Rate && ((Rate) o).value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.stripTrailingZeros().hashCode();
  }

  /** The value in plain notation where it is small, otherwise in scientific notation. */
  @Override
  public String toString() {
    return Math.abs((long) value.scale()) < 1000 && (long) value.precision() - value.scale() < 1000
        ? value.toPlainString()
        : value.toString();
  }
}
