package eu.fami.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatTest {
  @ParameterizedTest(name = "amount {0} -> {1}")
  @CsvSource({
    "1500, 1500.00",
    "1500.5, 1500.50",
    "1500.000, 1500.00",
    "1E+3, 1000.00",
    "0, 0.00",
    "-12.3, -12.30",
    "1.005, 1.005",
    "9999999999999.99, 9999999999999.99"
  })
  void amount(String value, String expected) {
    assertThat(Format.amount(new BigDecimal(value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "percent {0} -> {1}")
  @CsvSource({
    "0.75, 75.00%",
    "0.363, 36.30%",
    "0.7501, 75.01%",
    "0.750000003, 75.0000003%",
    "1, 100.00%",
    "0, 0.00%",
    "0.07, 7.00%",
    "0.070, 7.00%"
  })
  void percent(String fraction, String expected) {
    assertThat(Format.percent(new BigDecimal(fraction))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} / {1} against {2} -> {3}")
  @CsvSource({
    "399252022, 981270289, 0.364, 40.69%",
    "750000.00, 1000000.00, 0.75, 75.00%",
    "750100.00, 1000000.00, 0.75, 75.01%",
    "75000000.30, 100000000.00, 0.75, 75.0000003%",
    "225000.01, 300000.00, 0.75, 75.000003%",
    "74999999.70, 100000000.00, 0.75, 74.9999997%",
    "1, 3, 0.5, 33.33%",
    "2, 3, 0.5, 66.67%",
    "149999.99, 1000000.00, 0.15, 14.999999%"
  })
  void shareKeepsItsSideOfTheBound(String part, String whole, String bound, String expected) {
    assertThat(Format.percent(new BigDecimal(part), new BigDecimal(whole), new BigDecimal(bound)))
        .isEqualTo(expected);
  }

  @ParameterizedTest(name = "whole {0}")
  @CsvSource({"0", "-1"})
  void shareNeedsAPositiveWhole(String whole) {
    assertThatThrownBy(() -> Format.percent(BigDecimal.ONE, new BigDecimal(whole), BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
