package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberTextTest {
  @ParameterizedTest(name = "{0}: zero={1} negative={2} magnitude={3} integral={4}")
  @CsvSource({
    "0, true, false, 0, true",
    "-0.00, true, false, 0, true",
    "0e999999999999, true, false, 0, true",
    "1, false, false, 0, true",
    "12.345, false, false, 1, false",
    "-1.00, false, true, 0, true",
    "9999999999999.99, false, false, 12, false",
    "10000000000000, false, false, 13, true",
    "1e400, false, false, 400, true",
    "1E+13, false, false, 13, true",
    "0.1e14, false, false, 13, true",
    "123e-2, false, false, 0, false",
    "1200e-2, false, false, 1, true",
    "0.00012, false, false, -4, false",
    "1e100000000, false, false, 100000000, true",
    "-1e-100000000, false, true, -100000000, false",
  })
  void analyse(String text, boolean zero, boolean negative, long magnitude, boolean integral) {
    NumberText n = new NumberText().analyse(text);
    assertThat(n.zero).isEqualTo(zero);
    assertThat(n.negative).isEqualTo(negative);
    assertThat(n.magnitude).isEqualTo(magnitude);
    assertThat(n.integral).isEqualTo(integral);
  }

  @Property
  void magnitudeAgreesWithBigDecimal(
      @ForAll @BigRange(min = "-1e20", max = "1e20") BigDecimal value,
      @ForAll @IntRange(min = -30, max = 30) int shift) {
    BigDecimal v = value.scaleByPowerOfTen(shift);
    for (String text : new String[] {v.toString(), v.toPlainString()}) {
      NumberText n = new NumberText().analyse(text);
      assertThat(n.zero).isEqualTo(v.signum() == 0);
      if (v.signum() != 0) {
        assertThat(n.magnitude).as(text).isEqualTo(v.precision() - v.scale() - 1L);
        assertThat(n.integral).as(text).isEqualTo(v.stripTrailingZeros().scale() <= 0);
        assertThat(n.negative).isEqualTo(v.signum() < 0);
      }
      BigDecimal quick = Session.plainDecimal(text.toCharArray(), 0, text.length());
      if (quick != null) {
        assertThat(quick).isEqualTo(new BigDecimal(text));
        assertThat(quick.abs()).isLessThan(BigDecimal.TEN.pow(13));
      }
    }
  }
}
