package eu.fami.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in euro as submitted, held exactly as a {@link BigDecimal} (never a {@code double}).
 *
 * <p>An amount whose value has at most two decimals and is below 10<sup>13</sup> is kept at scale 2
 * ({@code 1500} and {@code 1500.000} both become {@code 1500.00}), so that equal values are equal
 * amounts and writing is canonical. Any other value is kept exactly as submitted, so that
 * validation can report it and writing loses nothing.
 *
 * <pre>{@code Amount.of("12.345").hasAtMostTwoDecimals() // false}</pre>
 */
public final class Amount implements Comparable<Amount> {
  /** Amounts are bounded below 10^13 EUR (DESIGN.md section 3; FAMI-FMT-004). */
  public static final int MAX_INTEGER_DIGITS = 13;

  /** Zero euro, at scale 2. */
  public static final Amount ZERO = new Amount(BigDecimal.ZERO.setScale(2));

  private final BigDecimal value;

  private Amount(BigDecimal value) {
    this.value = value;
  }

  /** The amount of {@code value}, normalised to scale 2 where that keeps its exact value. */
  public static Amount of(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (isBounded(value) && twoDecimals(value)) {
      return new Amount(value.setScale(2));
    }
    return new Amount(value);
  }

  /** The amount written {@code text} in plain or scientific notation. */
  public static Amount of(String text) {
    return of(new BigDecimal(text));
  }

  /** The amount of {@code euros} whole euros. */
  public static Amount ofEuros(long euros) {
    return of(BigDecimal.valueOf(euros));
  }

  /** The exact value. */
  public BigDecimal value() {
    return value;
  }

  /** Whether the value is below zero. */
  public boolean isNegative() {
    return value.signum() < 0;
  }

  /** Whether the value has at most two decimals' worth of value ({@code 1.500} has). */
  public boolean hasAtMostTwoDecimals() {
    return twoDecimals(value);
  }

  /** Whether the absolute value is below 10<sup>13</sup>, decided from digits and exponent. */
  public boolean isWithinBounds() {
    return isBounded(value);
  }

  /** Whether the amount is valid for an ordinary entry: not negative, two decimals, bounded. */
  public boolean isValid() {
    return !isNegative() && isWithinBounds() && hasAtMostTwoDecimals();
  }

  /** The sum of this and {@code other}. Both must be within bounds. */
  public Amount plus(Amount other) {
    return of(value.add(other.value));
  }

  private static boolean isBounded(BigDecimal v) {
    // integer digits = precision - scale; |v| < 10^13 iff that is at most 13 (or v is zero)
    return v.signum() == 0 || (long) v.precision() - v.scale() <= MAX_INTEGER_DIGITS;
  }

  private static boolean twoDecimals(BigDecimal v) {
    return v.scale() <= 2 || v.stripTrailingZeros().scale() <= 2;
  }

  @Override
  public int compareTo(Amount o) {
    return value.compareTo(o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Amount && ((Amount) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The value in plain notation where it is bounded, otherwise in scientific notation. */
  @Override
  public String toString() {
    return isBounded(value) && Math.abs((long) value.scale()) < 1000
        ? value.toPlainString()
        : value.toString();
  }
}
