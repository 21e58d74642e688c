package eu.fami.testkit.internal;

import eu.fami.model.TaxCode;

/**
 * Synthetic identifiers that pass the format checks: distinct numbers give distinct codes.
 *
 * <pre>{@code Identifiers.taxCode(42) // a valid 11-digit codice fiscale}</pre>
 */
public final class Identifiers {
  /** Numbers below this give distinct tax codes. */
  public static final long TAX_CODES = 999_999_900L;

  /** Numbers below this give distinct CUPs. */
  private static final long CUPS = 1_000_000_000L;

  private static final long COMPANIES = 9_999_999L;

  private Identifiers() {}

  /**
   * The {@code n}-th synthetic 11-digit tax code: seven digits spread over the whole range (never
   * all zero), an office code from 001 to 100 and the Luhn check digit.
   */
  public static String taxCode(long n) {
    if (n < 0 || n >= TAX_CODES) {
      throw new IllegalArgumentException("no synthetic tax code number " + n);
    }
    // k -> 1 + (k * m + a) mod 9,999,999 is a bijection onto 1..9,999,999 (m is coprime with it)
    long company = 1 + Math.floorMod((n / 100) * 7_654_321L + 1_234_567L, COMPANIES);
    long office = n % 100 + 1;
    return TaxCode.withCheckDigit(pad(company, 7) + pad(office, 3)).value();
  }

  /**
   * The {@code n}-th synthetic CUP of a project starting in {@code year}: a letter, two digits,
   * {@code J}, the year's two digits and a nine-digit serial.
   */
  public static String cup(char first, int year, long n) {
    if (n < 0 || n >= CUPS) {
      throw new IllegalArgumentException("no synthetic CUP number " + n);
    }
    return first + pad(11 + n % 89, 2) + 'J' + pad(year % 100, 2) + pad(n, 9);
  }

  private static String pad(long value, int width) {
    String s = Long.toString(value);
    return "0".repeat(width - s.length()) + s;
  }
}
