package eu.fami.io;

/**
 * What the text of a JSON number says about its value, read from its digits and exponent without
 * creating it ({@code 1e100000000} costs nothing): whether it is zero, negative, an integer, its
 * order of magnitude and its number of decimals. The text is a valid JSON number (the parser
 * checked it).
 */
final class NumberText {
  private static final long EXP_CLAMP = 1L << 40;

  /** Whether the value is zero. */
  boolean zero;
  /** Whether the text has a minus sign (and the value is not zero). */
  boolean negative;
  /** floor(log10(|value|)) for a non-zero value, clamped to about ±2^40. */
  long magnitude;
  /** Whether the value is an integer (a zero is). */
  boolean integral;
  /**
   * The scale of the decimal written: its digits after the point minus its exponent, clamped to
   * about ±2^40 ({@code 1E-100000000} has 100,000,000 decimals, {@code 1.50} has 2).
   */
  long decimals;

  /** Analyses {@code len} characters of {@code text} from {@code off}. */
  NumberText analyse(char[] text, int off, int len) {
    int end = off + len;
    int i = off;
    boolean minus = false;
    if (i < end && text[i] == '-') {
      minus = true;
      i++;
    }
    int intStart = i;
    while (i < end && text[i] >= '0' && text[i] <= '9') {
      i++;
    }
    int intEnd = i;
    int fracStart = i;
    int fracEnd = i;
    if (i < end && text[i] == '.') {
      i++;
      fracStart = i;
      while (i < end && text[i] >= '0' && text[i] <= '9') {
        i++;
      }
      fracEnd = i;
    }
    long exp = 0;
    if (i < end && (text[i] == 'e' || text[i] == 'E')) {
      i++;
      boolean expMinus = false;
      if (i < end && (text[i] == '+' || text[i] == '-')) {
        expMinus = text[i] == '-';
        i++;
      }
      while (i < end) {
        int d = text[i] - '0';
        if (d < 0 || d > 9) {
          break;
        }
        if (exp < EXP_CLAMP) {
          exp = exp * 10 + d;
        }
        i++;
      }
      if (expMinus) {
        exp = -exp;
      }
    }
    // the first and last non-zero digits, as powers of ten before the exponent
    long first = Long.MIN_VALUE;
    long last = Long.MIN_VALUE;
    int intLen = intEnd - intStart;
    for (int k = intStart; k < intEnd; k++) {
      if (text[k] != '0') {
        long pow = intLen - 1 - (k - intStart);
        if (first == Long.MIN_VALUE) {
          first = pow;
        }
        last = pow;
      }
    }
    for (int k = fracStart; k < fracEnd; k++) {
      if (text[k] != '0') {
        long pow = -(k - fracStart + 1);
        if (first == Long.MIN_VALUE) {
          first = pow;
        }
        last = pow;
      }
    }
    zero = first == Long.MIN_VALUE;
    negative = minus && !zero;
    magnitude = zero ? 0 : first + exp;
    integral = zero || last + exp >= 0;
    decimals = (fracEnd - fracStart) - exp;
    return this;
  }

  /** Analyses a string (tests and the module's value deserializers). */
  NumberText analyse(String s) {
    return analyse(s.toCharArray(), 0, s.length());
  }
}
