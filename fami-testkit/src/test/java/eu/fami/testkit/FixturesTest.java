package eu.fami.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.CostMethod;
import eu.fami.model.Dataset;
import eu.fami.model.FundingSource;
import eu.fami.model.LegalForm;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.ReportDocument;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class FixturesTest {
  private static final Call CALL = Fixtures.call().build();

  @Test
  void defaultProjectIsTheLiguriaExample() {
    Project p = Fixtures.project().build();

    assertThat(Consistency.of(p)).isEmpty();
    assertThat(p.getCode()).isEqualTo("PROG-FIX-0001");
    assertThat(p.getPeriod()).isEqualTo(Period.P2021_2027);
    assertThat(p.getBudget().getTotal()).isEqualTo(Amount.of("1385650.00"));
    assertThat(p.getBudget().getLines())
        .extracting(BudgetLine::getAmount)
        .contains(Amount.of("40600.00"), Amount.of("25550.00"), Amount.of("24500.00"));
    assertThat(p.getFinancing())
        .extracting(f -> f.getAmount().toString())
        .containsExactly("692825.00", "692825.00");
    assertThat(p.getPartners())
        .extracting(pa -> pa.getRole())
        .containsExactly(PartnerRole.LEAD, PartnerRole.PARTNER, PartnerRole.PARTNER);
    assertThat(p.getReports()).isEmpty();
  }

  @Test
  void fixturesAreDeterministic() {
    assertThat(Fixtures.project().withReports(5).build())
        .isEqualTo(Fixtures.project().withReports(5).build());
    assertThat(Fixtures.dataset(3)).isEqualTo(Fixtures.dataset(3));
  }

  @Test
  void aFixtureIsAnImmutableBase() {
    ProjectFixture base = Fixtures.project().withReports(2);
    Project a = base.withCode("A").build();
    Project b = base.build();

    assertThat(a.getCode()).isEqualTo("A");
    assertThat(b.getCode()).isEqualTo("PROG-FIX-0001");
  }

  @Test
  void projectUnderTheCallSatisfiesIt() {
    Project p = Fixtures.project().withCall(CALL).withReports(4).build();

    assertThat(Consistency.of(p, CALL)).isEmpty();
    assertThat(p.getCall()).isEqualTo("AVVISO-FIX-2023");
  }

  @Test
  void callAdaptsDefaultsButKeepsWhatTheTestSet() {
    Call strict =
        Fixtures.call()
            .withMaxGrant(Amount.ofEuros(500_000))
            .withMaxEuShare(Rate.of("0.40"))
            .withEligibleLeadForms(LegalForm.LOCAL_AUTHORITY)
            .withEligiblePartnerForms(LegalForm.SCHOOL)
            .build();

    Project adapted = Fixtures.project().withCall(strict).withReports(3).build();
    assertThat(Consistency.of(adapted, strict)).isEmpty();
    assertThat(adapted.getBudget().getTotal()).isEqualTo(Amount.ofEuros(500_000));

    Project kept =
        Fixtures.project()
            .withPartner(LegalForm.UNIVERSITY, PartnerRole.PARTNER)
            .withCall(strict)
            .build();
    assertThat(kept.getPartners())
        .extracting(pa -> pa.getLegalForm())
        .containsExactly(
            LegalForm.LOCAL_AUTHORITY, LegalForm.SCHOOL, LegalForm.SCHOOL, LegalForm.UNIVERSITY);
  }

  @Test
  void olderPeriodHasNoAnnexViCodesNorNationalActions() {
    Call call = Fixtures.call().withPeriod(Period.P2014_2020).build();
    Project p = Fixtures.project().withCall(call).withReports(3).build();

    assertThat(Consistency.of(p, call)).isEmpty();
    assertThat(p.getPeriod()).isEqualTo(Period.P2014_2020);
    assertThat(p.getClassification().getNationalObjective()).isEqualTo("ON2");
    assertThat(p.getClassification().getInterventionField()).isNull();
    assertThat(p.getClassification().getNationalActions()).isEmpty();
    assertThat(p.getCallActions()).containsExactly("01", "02", "03", "04");
    assertThat(Fixtures.project().withPeriod(Period.P2014_2020).build().getEnd())
        .isEqualTo(LocalDate.of(2021, 9, 30));
  }

  @Test
  void smallBudgetsUseSimplifiedCosts() {
    assertThat(
            Fixtures.project()
                .withBudgetTotal(Amount.ofEuros(200_000))
                .build()
                .getBudget()
                .getCostMethod())
        .isEqualTo(CostMethod.MIXED_SIMPLIFIED);
    assertThat(
            Fixtures.project()
                .withBudgetTotal(Amount.of("200000.01"))
                .build()
                .getBudget()
                .getCostMethod())
        .isEqualTo(CostMethod.REAL_COSTS);
  }

  @Test
  void associatesHoldNoBudget() {
    Project p =
        Fixtures.project()
            .withPartner(LegalForm.PRIVATE_COMPANY, PartnerRole.ASSOCIATE)
            .withReports(6)
            .build();

    assertThat(Consistency.of(p)).isEmpty();
    String associate = p.getPartners().get(3).getId();
    assertThat(p.getBudget().getLines()).noneMatch(l -> l.getPartner().equals(associate));
  }

  @Property(tries = 300)
  void anyTotalIsMetToTheCent(
      @ForAll @LongRange(min = 1, max = 99_999_999_999L) long cents,
      @ForAll @IntRange(min = 0, max = 4) int extraPartners,
      @ForAll @IntRange(min = 0, max = 100) int euPercent) {
    ProjectFixture f =
        Fixtures.project()
            .withBudgetTotal(Amount.of(BigDecimal.valueOf(cents, 2)))
            .withEuShare(Rate.of(BigDecimal.valueOf(euPercent * 3 / 4, 2)));
    for (int i = 0; i < extraPartners; i++) {
      f = f.withPartner(LegalForm.THIRD_SECTOR, PartnerRole.PARTNER);
    }
    Project p = f.build();

    assertThat(Consistency.of(p)).isEmpty();
    assertThat(p.getBudget().getTotal().value()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
  }

  @Property(tries = 100)
  void reportsStayWithinTheBudget(
      @ForAll @IntRange(min = 1, max = 2000) int serial,
      @ForAll @IntRange(min = 0, max = 12) int quarters,
      @ForAll @LongRange(min = 100_000, max = 3_000_000) long euros) {
    Project p =
        Fixtures.project()
            .withSerial(serial)
            .withCall(CALL)
            .withBudgetTotal(Amount.ofEuros(euros))
            .withReports(quarters)
            .build();

    assertThat(Consistency.of(p, CALL)).isEmpty();
    assertThat(p.getReports()).hasSize(quarters);
  }

  @Test
  void tooManyReportsAreRefused() {
    assertThatThrownBy(() -> Fixtures.project().withReports(13).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("12 quarters");
  }

  @Test
  void reportDocumentIsTheNextQuarter() {
    Project p = Fixtures.project().withReports(2).build();
    ReportDocument r = Fixtures.report(p);

    assertThat(r.getProject()).isEqualTo("PROG-FIX-0001");
    assertThat(r.getReport().getQuarter()).isEqualTo(Quarter.of("2024-Q1"));
    Project appended =
        eu.fami.model.ImmutableProject.copyOf(p)
            .withReports(List.of(p.getReports().get(0), p.getReports().get(1), r.getReport()));
    assertThat(Consistency.of(appended)).isEmpty();
    assertThat(Fixtures.report(Fixtures.project().build()).getReport().getQuarter())
        .isEqualTo(Quarter.of("2023-Q3"));
  }

  @Test
  void lastQuarterHasNoNextReport() {
    Project p = Fixtures.project().withReports(12).build();

    assertThatThrownBy(() -> Fixtures.report(p)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void datasetProjectsShareNoIdentifier() {
    Dataset d = Fixtures.dataset(30);
    Call call = d.getCalls().get(0);

    assertThat(d.getProjects())
        .hasSize(30)
        .allSatisfy(p -> assertThat(Consistency.of(p, call)).isEmpty());
    SharedIdentifiers.assertNoneShared(d.getProjects());
    BigDecimal grants =
        d.getProjects().stream()
            .flatMap(p -> p.getFinancing().stream())
            .filter(f -> f.getSource().isGrant())
            .map(f -> f.getAmount().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(grants).isLessThanOrEqualTo(call.getAllocation().value());
    BigDecimal os2 =
        d.getProgramme().getAllocations().stream()
            .filter(a -> "OS2".equals(a.getSpecificObjective()))
            .map(a -> a.getAmount().value())
            .findFirst()
            .orElseThrow();
    assertThat(call.getAllocation().value()).isLessThanOrEqualTo(os2);
  }

  @Test
  void programmeDeclaresItsComputedShares() {
    List<Allocation> allocations = Fixtures.programme().getAllocations();
    BigDecimal total =
        allocations.stream()
            .map(a -> a.getAmount().value())
            .reduce(BigDecimal.ZERO, BigDecimal::add);

    assertThat(allocations)
        .allSatisfy(
            a ->
                assertThat(
                        a.getAmount()
                            .value()
                            .divide(total, 10, java.math.RoundingMode.HALF_UP)
                            .subtract(a.getDeclaredShare().value())
                            .abs())
                    .isLessThan(new BigDecimal("0.0001")));
    assertThat(
            allocations.stream()
                .filter(a -> a.getSpecificObjective().matches("OS[12]"))
                .map(a -> a.getDeclaredShare().value())
                .collect(Collectors.toList()))
        .allMatch(s -> s.compareTo(new BigDecimal("0.15")) >= 0);
    assertThat(FundingSource.EU_AMIF.isGrant()).isTrue();
  }
}
