package eu.fami.model;

/**
 * An Italian tax code (codice fiscale) as submitted: either the 11-digit code of a legal person /
 * VAT number (partita IVA) or the 16-character code of a natural person (DPR 605/1973).
 *
 * <p>An 11-digit code is valid when digits 1-7 are not all zero, digits 8-10 are a province office
 * code (001-100, 120, 121, 888, 999) and digit 11 is the Luhn check digit. A 16-character code is
 * valid when it has the person layout (with <em>omocodia</em> letters allowed in place of digits)
 * and its 16th character is the check letter.
 *
 * <pre>{@code TaxCode.of("00743110157").isValid() // true}</pre>
 */
public final class TaxCode extends SubmittedText {
  /** Values of characters at odd positions (1st, 3rd, ...) for the check letter, A..Z / 0..9. */
  private static final int[] ODD = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };
  private static final String MONTHS = "ABCDEHLMPRST";
  private static final String OMOCODIA = "LMNPQRSTUV";


  private TaxCode(String value) {
    super(value);
  }

  /** The tax code holding {@code value} exactly as submitted. */
  public static TaxCode of(String value) {
    return new TaxCode(value);
  }

  /**
   * The 11-digit code made of {@code tenDigits} and their Luhn check digit: a valid code when the
   * first seven digits are not all zero and digits 8-10 are an office code.
   *
   * <pre>{@code TaxCode.withCheckDigit("0074311015").value() // "00743110157"}</pre>
   *
   * @throws IllegalArgumentException if {@code tenDigits} is not ten digits
   */
  public static TaxCode withCheckDigit(String tenDigits) {
    if (tenDigits.length() != 10 || !tenDigits.chars().allMatch(c -> isDigit((char) c))) {
      throw new IllegalArgumentException("not ten digits: " + tenDigits);
    }
    return new TaxCode(tenDigits + luhnCheckDigit(tenDigits));
  }

  /** The submitted text. */
  public String value() {
    return text();
  }

  /** Whether the code is well formed and its check character is right. */
  @Override
  public boolean isValid() {
    if (text().length() == 11) {
      return isValidNumeric(text());
    }
    if (text().length() == 16) {
      return isValidPerson(text());
    }
    return false;
  }

  /** Whether this is the 16-character form of a natural person (valid or not). */
  public boolean isPersonForm() {
    return text().length() == 16;
  }

  private static boolean isValidNumeric(String s) {
    for (int i = 0; i < 11; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    if (s.startsWith("0000000")) {
      return false;
    }
    int office = Integer.parseInt(s.substring(7, 10));
    if (!((office >= 1 && office <= 100) || office == 120 || office == 121 || office == 888
        || office == 999)) {
      return false;
    }
    return s.charAt(10) - '0' == luhnCheckDigit(s.substring(0, 10));
  }

  /** The Luhn check digit of ten digits: odd positions as they are, even positions doubled. */
  static int luhnCheckDigit(String tenDigits) {
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      int d = tenDigits.charAt(i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean isValidPerson(String s) {
    // layout: AAAAAA 99 A 99 A 999 A, where each 9 may be a digit or an omocodia letter
    for (int i = 0; i < 16; i++) {
      char c = s.charAt(i);
      boolean ok;
      if (i < 6 || i == 11 || i == 15) {
        ok = isUpper(c);
      } else if (i == 8) {
        ok = MONTHS.indexOf(c) >= 0;
      } else {
        ok = isDigit(c) || OMOCODIA.indexOf(c) >= 0;
      }
      if (!ok) {
        return false;
      }
    }
    return s.charAt(15) == checkLetter(s);
  }

  /** The check letter of the first 15 characters of a person's tax code. */
  static char checkLetter(String s) {
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      int index = isDigit(c) ? c - '0' : c - 'A';
      sum += i % 2 == 0 ? ODD[index] : index;
    }
    return (char) ('A' + sum % 26);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
