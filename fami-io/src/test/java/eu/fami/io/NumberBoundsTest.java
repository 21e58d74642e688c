package eu.fami.io;

import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.IndirectCosts;
import eu.fami.model.Project;
import eu.fami.model.Rate;
import eu.fami.model.report.RuleIds;
import eu.fami.model.report.Violation;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A number is judged from its text before any arithmetic: one with more decimals than the number
 * length limit (short to write with an exponent, costly to compute with) is FAMI-IO-005, its value
 * absent, and reading goes on.
 */
class NumberBoundsTest {
  private static final FamiJson JSON = FamiJson.defaults();

  private static ReadResult project(String rate) {
    return JSON.read("{\"format\":\"fami/1\",\"kind\":\"project\",\"budget\":{\"indirectCosts\":"
        + "{\"rate\":" + rate + "},\"total\":1.00}}");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"1E-100000000", "1e-101", "1.5e-100", "0E-999999999", "0e999999999",
      "-1e-2147483649"})
  void tooManyDecimalsIsAnInputLimit(String rate) {
    ReadResult r = project(rate);
    assertThat(r.problems()).singleElement().satisfies(v -> {
      assertThat(v.getRule()).isEqualTo(RuleIds.IO_005);
      assertThat(v.getLocation().getPointer()).isEqualTo("/budget/indirectCosts/rate");
      assertThat(v.getArguments()).containsEntry("limit", "maxNumberLength")
          .containsEntry("maximum", "100");
    });
    Project p = r.document(Project.class).orElseThrow();
    assertThat(p.getBudget().getIndirectCosts().getRate()).isNull();
    assertThat(p.getBudget().getTotal()).hasToString("1.00");
  }

  @ParameterizedTest(name = "{0} is kept as {1}")
  @CsvSource({"1e-100, 1E-100", "1.50e-95, 1.50E-95", "0.07, 0.07", "7E-2, 0.07", "0e-100, 0E-100"})
  void upToTheLimitTheValueIsKeptExactly(String rate, String kept) {
    ReadResult r = project(rate);
    assertThat(r.problems()).extracting(Violation::getRule).isEmpty();
    IndirectCosts ic = r.document(Project.class).orElseThrow().getBudget().getIndirectCosts();
    assertThat(ic.getRate()).isEqualTo(Rate.of(new BigDecimal(kept)));
    assertThat(ic.getRate().value().scale()).isEqualTo(new BigDecimal(rate).scale());
  }
}
