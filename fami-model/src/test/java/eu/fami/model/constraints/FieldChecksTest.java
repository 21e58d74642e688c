package eu.fami.model.constraints;

import static eu.fami.model.constraints.Fixtures.call;
import static eu.fami.model.constraints.Fixtures.comIn5;
import static eu.fami.model.constraints.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import eu.fami.model.Amount;
import eu.fami.model.Cup;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableIndirectCosts;
import eu.fami.model.Place;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.report.Location;
import eu.fami.model.report.Severity;
import eu.fami.model.report.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What only {@link FieldChecks} does: arguments, pointer prefixes, documents standing alone. */
class FieldChecksTest {
  private static final FieldChecks CHECKS = FieldChecks.create();

  @Test
  void validDocumentsHaveNoViolation() {
    assertThat(CHECKS.check(comIn5(), false)).isEmpty();
    assertThat(CHECKS.check(comIn5().withReports(report()), false)).isEmpty();
    assertThat(CHECKS.check(call(), false)).isEmpty();
    assertThat(CHECKS.check(Fixtures.programme())).isEmpty();
    assertThat(CHECKS.check(report())).isEmpty();
    assertThat(CHECKS.check(Fixtures.dataset())).isEmpty();
  }

  @Test
  void periodAndProgrammeAreRequiredOutsideADatasetOnly() {
    var project = comIn5().withPeriod(null).withProgramme(null);
    var call = call().withPeriod(null).withProgramme(null);

    assertThat(pointers(CHECKS.check(project, false))).containsExactly("/period", "/programme");
    assertThat(pointers(CHECKS.check(call, false))).containsExactly("/programme", "/period");
    assertThat(CHECKS.check(project, true)).isEmpty();
    assertThat(CHECKS.check(call, true)).isEmpty();
  }

  @Test
  void pointersFollowThePrefix() {
    var badQuarter = report().withQuarter(Quarter.of("2024-Q5"));

    assertThat(pointers(CHECKS.check(badQuarter))).containsExactly("/quarter");
    assertThat(pointers(CHECKS.check(badQuarter, "/reports/2"))).containsExactly(
        "/reports/2/quarter");
    assertThat(pointers(CHECKS.check(comIn5().withReports(report(), badQuarter), true)))
        .containsExactly("/reports/1/quarter");
    assertThat(pointers(CHECKS.check(comIn5().withCode(null), true, "/projects/4")))
        .containsExactly("/projects/4/code");
    assertThat(pointers(CHECKS.check(call().withCode(null), true, "/calls/0")))
        .containsExactly("/calls/0/code");
    assertThat(pointers(CHECKS.check(Fixtures.programme().withCode(null), "/programme")))
        .containsExactly("/programme/code");
  }

  @Test
  void everyDuplicateOfALongListIsFound() {
    List<ImmutableCall> calls = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      calls.add(call().withCode("C-" + i % 40));
    }

    assertThat(pointers(CHECKS.check(Fixtures.dataset().withCalls(calls))))
        .hasSize(10)
        .startsWith("/calls/40/code")
        .endsWith("/calls/49/code");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("arguments")
  void violationsCarryTheirArguments(
      String name, Object document, String rule, String pointer, Map<String, String> arguments) {
    List<Violation> found = EquivalenceTest.fieldChecksViolations(document);

    assertThat(found).containsExactly(Violation.builder()
        .rule(rule)
        .severity(Severity.ERROR)
        .location(Location.of(pointer))
        .putAllArguments(arguments)
        .build());
  }

  static Stream<Arguments> arguments() {
    String longCup = "E".repeat(100);
    return Stream.of(
        Arguments.of("required", comIn5().withTitle(""), "FAMI-FMT-001", "/title",
            Map.of("property", "title")),
        Arguments.of("CUP cut to 60 characters", comIn5().withCup(Cup.of(longCup)),
            "FAMI-FMT-002", "/cup",
            Map.of("property", "cup", "value", longCup.substring(0, 59) + "\u2026")),
        Arguments.of("tax code", Faults.partner(1, p -> p.withId("80002950767")),
            "FAMI-FMT-003", "/partners/1/id",
            Map.of("property", "id", "value", "80002950767")),
        Arguments.of("amount", Faults.line(3, l -> l.withAmount(Amount.of("12.345"))),
            "FAMI-FMT-004", "/budget/lines/3/amount",
            Map.of("property", "amount", "value", "12.345", "limit", "0..9999999999999.99")),
        Arguments.of("positive correction",
            Faults.expenditure(0, e -> e.withCorrection(true)), "FAMI-FMT-004",
            "/expenditure/0/amount", Map.of("property", "amount", "value", "44800.00",
                "limit", "-9999999999999.99..-0.01")),
        Arguments.of("rate", Faults.budget(b -> b.withIndirectCosts(
                ImmutableIndirectCosts.copyOf(b.getIndirectCosts()).withRate(Rate.of("1.07")))),
            "FAMI-FMT-004", "/budget/indirectCosts/rate",
            Map.of("property", "rate", "value", "1.07", "limit", "0..1")),
        Arguments.of("count", Faults.target(0, t -> t.withTarget(-5L)), "FAMI-FMT-004",
            "/indicators/0/target",
            Map.of("property", "target", "value", "-5", "limit", "0..999999999")),
        Arguments.of("dates", comIn5().withEnd(LocalDate.of(2023, 6, 30)), "FAMI-FMT-005",
            "/end", Map.of("property", "end", "value", "2023-06-30", "limit", "2023-07-01",
                "other", "start")),
        Arguments.of("place", comIn5().withTerritory(Place.of("ITZZ")), "FAMI-FMT-006",
            "/territory/0", Map.of("property", "territory", "value", "ITZZ")),
        Arguments.of("quarter", report().withQuarter(Quarter.of("2024-Q5")), "FAMI-FMT-007",
            "/quarter", Map.of("property", "quarter", "value", "2024-Q5")),
        Arguments.of("duplicate entry", comIn5().withCallActions("01", "01"), "FAMI-FMT-008",
            "/callActions/1", Map.of("property", "callActions", "value", "01")),
        Arguments.of("duplicate key", Faults.partner(4, p -> p.withId("80012000826")),
            "FAMI-FMT-008", "/partners/4/id",
            Map.of("property", "id", "value", "80012000826")));
  }

  private static List<String> pointers(List<Violation> violations) {
    return violations.stream().map(v -> v.getLocation().getPointer()).toList();
  }
}
