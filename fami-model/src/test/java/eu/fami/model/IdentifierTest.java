package eu.fami.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifierTest {

  @ParameterizedTest(name = "tax code {0} valid={1}")
  @CsvSource({
    "00743110157, true",
    "00743110158, false",
    "80012000826, true",
    "02205340793, true",
    "0074311015, false",
    "00000000000, false",
    "0074311A157, false",
    "01234561300, false",
    "RCCMNL83S18D969H, true",
    "CNTCHR83T41D969D, true",
    "RCCMNL83S18D969A, false",
    "rccmnl83s18d969h, false",
    "RCCMNL83Z18D969H, false",
  })
  void taxCode(String code, boolean valid) {
    assertThat(TaxCode.of(code).isValid()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "check digit of {0}")
  @CsvSource({"0074311015, 00743110157", "8001200082, 80012000826", "0220534079, 02205340793"})
  void checkDigit(String tenDigits, String code) {
    assertThat(TaxCode.withCheckDigit(tenDigits).value()).isEqualTo(code);
    assertThat(TaxCode.withCheckDigit(tenDigits).isValid()).isTrue();
  }

  @ParameterizedTest(name = "omocodia of {0}")
  @CsvSource({"RCCMNL83S18D969", "CNTCHR83T41D969"})
  void omocodiaKeepsCheckLetterComputable(String first15) {
    // replace the last digit with its omocodia letter and recompute the check letter
    String omo = first15.substring(0, 14) + "LMNPQRSTUV".charAt(first15.charAt(14) - '0');
    String code = omo + TaxCode.checkLetter(omo);
    assertThat(TaxCode.of(code).isValid()).isTrue();
    assertThat(TaxCode.of(omo + (char) ((TaxCode.checkLetter(omo) - 'A' + 1) % 26 + 'A')).isValid())
        .isFalse();
  }

  @ParameterizedTest(name = "CUP {0} valid={1}")
  @CsvSource({
    "E89F18000510007, true",
    "G31J23000120006, true",
    "E89F1800051000, false",
    "E89F180005100071, false",
    "e89F18000510007, false",
    "E8XF18000510007, false",
    "1E89F1800051000, false",
  })
  void cup(String code, boolean valid) {
    assertThat(Cup.of(code).isValid()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "place {0} valid={1}")
  @CsvSource({
    "ITC3, true", "ITH1, true", "IT, true", "TN, true", "XK, true",
    "ITZZ, false", "ITX9, false", "itc3, false", "ZZ, false", "'', false",
  })
  void place(String code, boolean valid) {
    assertThat(Place.of(code).isValid()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "quarter {0} valid={1}")
  @CsvSource({
    "2024-Q1, true", "2024-Q4, true", "2024-Q5, false", "2024-Q0, false",
    "24-Q1, false", "2024Q1, false", "2024-q1, false", "'2024-Q1 ', false",
  })
  void quarter(String value, boolean valid) {
    assertThat(Quarter.of(value).isValid()).isEqualTo(valid);
  }

  @ParameterizedTest(name = "amount {0}: two decimals={1}, bounded={2}, negative={3}")
  @CsvSource({
    "1500, true, true, false",
    "1.500, true, true, false",
    "12.345, false, true, false",
    "1.005, false, true, false",
    "-1.00, true, true, true",
    "9999999999999.99, true, true, false",
    "10000000000000, true, false, false",
    "1e400, true, false, false",
    "1e100000000, true, false, false",
    "1e-100000000, false, true, false",
  })
  void amount(String text, boolean twoDecimals, boolean bounded, boolean negative) {
    Amount a = Amount.of(text);
    assertThat(a.hasAtMostTwoDecimals()).isEqualTo(twoDecimals);
    assertThat(a.isWithinBounds()).isEqualTo(bounded);
    assertThat(a.isNegative()).isEqualTo(negative);
    assertThat(a.toString().length()).isLessThan(1100);
  }

  @ParameterizedTest(name = "amount {0} equals {1}")
  @CsvSource({"1500, 1500.00", "1.500, 1.50", "0, 0.00"})
  void amountsOfEqualValueAreEqual(String a, String b) {
    assertThat(Amount.of(a)).isEqualTo(Amount.of(b)).hasSameHashCodeAs(Amount.of(b));
    assertThat(Amount.of(a).toString()).isEqualTo(b);
  }

  @ParameterizedTest(name = "rate {0} valid={1}")
  @CsvSource({"0, true", "0.75, true", "1, true", "1.0001, false", "-0.01, false", "1e400, false"})
  void rate(String text, boolean valid) {
    assertThat(Rate.of(text).isValid()).isEqualTo(valid);
  }
}
