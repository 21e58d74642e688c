package eu.fami.model.constraints;

import static eu.fami.model.constraints.Fixtures.call;
import static eu.fami.model.constraints.Fixtures.comIn5;
import static eu.fami.model.constraints.Fixtures.places;
import static eu.fami.model.constraints.Fixtures.programme;
import static eu.fami.model.constraints.Fixtures.report;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Cup;
import eu.fami.model.Dataset;
import eu.fami.model.ImmutableAllocation;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProject;
import eu.fami.model.ImmutableProjectWindow;
import eu.fami.model.Place;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.constraints.Faults.Fault;
import eu.fami.model.report.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate Validator over the constraints and {@link FieldChecks} find the same violations, rule
 * and pointer, in every document of the table and in documents with many faults at once.
 */
class EquivalenceTest {
  private static final FieldChecks CHECKS = FieldChecks.create();

  @ParameterizedTest(name = "{0}")
  @MethodSource("eu.fami.model.constraints.Faults#all")
  void sameFindingsOnOneFault(Fault fault) {
    assertThat(fieldChecks(fault.document())).isEqualTo(beanValidation(fault.document()));
  }

  @ParameterizedTest
  @MethodSource("manyFaults")
  void sameFindingsOnManyFaults(Object document) {
    List<String> expected = beanValidation(document);

    assertThat(expected).hasSizeGreaterThan(1);
    assertThat(fieldChecks(document)).isEqualTo(expected);
  }

  /** Documents with many faults at once, for the equivalence of the two evaluations. */
  static Stream<Object> manyFaults() {
    ImmutableProject everything = comIn5()
        .withCode(" ")
        .withCup(Cup.of("e89f18000510007"))
        .withEnd(LocalDate.of(2023, 1, 1))
        .withExtendedEnd(LocalDate.of(2022, 1, 1))
        .withTerritory(places("ITG1", "ITZZ", "ITG1", "ITZZ"))
        .withCallActions("01", "01", "01")
        .withReports(
            report().withQuarter(Quarter.of("2024-Q0")),
            report().withExpenditure(
                Fixtures.expenditure("1", null, "-1.001", "", 1, 1).withCorrection(false)),
            report().withIndicators());
    ImmutableProject partners = Faults.partner(0, p -> p.withId("123").withRegion(Place.of("")));
    partners = partners.withPartners(
        partners.getPartners().get(0), partners.getPartners().get(0),
        ImmutablePartner.builder().build());
    List<ImmutableCall> calls = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      calls.add(call().withCode("C-" + (i == 33 || i == 39 ? 7 : i)));
    }
    return Stream.of(
        everything,
        partners,
        Faults.line(0, l -> l.withAmount(Amount.of("-0.001")).withPartner(null)),
        call().withCode(null).withCloses(LocalDate.of(2000, 1, 1)).withMaxEuShare(Rate.of("2"))
            .withActions("x", "y", "x", "y").withProjectWindow(ImmutableProjectWindow.builder()
                .earliestStart(LocalDate.of(2024, 1, 1)).latestEnd(LocalDate.of(2023, 1, 1))
                .build()),
        programme().withCode(null).withAllocations(ImmutableAllocation.builder().build(),
            ImmutableAllocation.builder().specificObjective("OS1").amount(Amount.of("1e13"))
                .declaredShare(Rate.of("-1")).build(),
            ImmutableAllocation.builder().specificObjective("OS1").build()),
        Dataset.builder()
            .programme(programme().withPeriod(null))
            .calls(calls)
            .addProjects(everything, partners)
            .build());
  }

  /** The field checks of a document; inside a dataset, as the constraints know no other case. */
  static List<Violation> fieldChecksViolations(Object document) {
    if (document instanceof Project) {
      return CHECKS.check((Project) document, true);
    }
    if (document instanceof Call) {
      return CHECKS.check((Call) document, true);
    }
    if (document instanceof Programme) {
      return CHECKS.check((Programme) document);
    }
    if (document instanceof ProgressReport) {
      return CHECKS.check((ProgressReport) document);
    }
    return CHECKS.check((Dataset) document);
  }

  /** Rule and pointer of each violation found by {@link FieldChecks}, sorted. */
  static List<String> fieldChecks(Object document) {
    return fieldChecksViolations(document).stream()
        .map(v -> v.getRule() + " " + v.getLocation().getPointer())
        .sorted()
        .collect(Collectors.toList());
  }

  /** Rule and pointer of each violation found by Hibernate Validator, sorted. */
  static List<String> beanValidation(Object document) {
    return Hv.validate(document).stream()
        .map(v -> Hv.rule(v) + " " + ViolationPaths.toJsonPointer(v.getPropertyPath()))
        .sorted()
        .collect(Collectors.toList());
  }
}
