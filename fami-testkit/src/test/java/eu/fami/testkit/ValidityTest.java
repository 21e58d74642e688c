package eu.fami.testkit;

import static eu.fami.testkit.assertions.FamiAssertions.assertThat;

import eu.fami.model.Amount;
import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.LegalForm;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.Rate;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.testkit.generate.DatasetGenerator;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Fixtures and generated data are valid for the real rules: no error, no warning. */
class ValidityTest {
  private static final Fami FAMI = Fami.defaults();

  @ParameterizedTest
  @EnumSource(Period.class)
  void fixturesOfEachPeriod(Period period) {
    Call call = Fixtures.call().withPeriod(period).build();

    assertThat(FAMI.validateCall(call)).hasNoViolations();
    assertThat(FAMI.validateProject(Fixtures.project().withPeriod(period).withReports(5).build()))
        .hasNoViolations();
    assertThat(FAMI.validateProject(Fixtures.project().withCall(call).withReports(5).build(), call))
        .hasNoViolations();
  }

  @Test
  void programmeDatasetAndReport() {
    Project project = Fixtures.project().withReports(3).build();

    assertThat(FAMI.validateProgramme(Fixtures.programme())).hasNoViolations();
    assertThat(FAMI.validateDataset(Fixtures.dataset(30))).hasNoViolations();
    assertThat(FAMI.validateReport(Fixtures.report(project), ValidationContext.ofProject(project)))
        .hasNoViolations();
    assertThat(
            FAMI.validateReport(
                Fixtures.report(Fixtures.project().build()),
                ValidationContext.ofProject(Fixtures.project().build())))
        .hasNoViolations();
  }

  @Test
  void callAdaptation() {
    Call strict =
        Fixtures.call()
            .withMaxGrant(Amount.ofEuros(150_000))
            .withMaxEuShare(Rate.of("0.45"))
            .withEligibleLeadForms(LegalForm.LOCAL_AUTHORITY)
            .withEligiblePartnerForms(LegalForm.UNIVERSITY, LegalForm.SCHOOL)
            .build();
    Project p =
        Fixtures.project()
            .withCall(strict)
            .withPartner(LegalForm.THIRD_SECTOR, PartnerRole.ASSOCIATE)
            .withReports(4)
            .build();

    assertThat(FAMI.validateProject(p, strict)).hasNoViolations();
  }

  @Property(tries = 60)
  void variedFixtures(
      @ForAll @IntRange(min = 1, max = 5000) int serial,
      @ForAll @LongRange(min = 1_000, max = 3_000_000_00L) long cents,
      @ForAll @IntRange(min = 0, max = 75) int euPercent,
      @ForAll @IntRange(min = 0, max = 3) int extraPartners,
      @ForAll @IntRange(min = 0, max = 12) int reports) {
    Call call = Fixtures.call().withMaxEuShare(Rate.of("0.75")).build();
    ProjectFixture f =
        Fixtures.project()
            .withSerial(serial)
            .withCall(call)
            .withBudgetTotal(Amount.of(BigDecimal.valueOf(cents, 2)))
            .withEuShare(Rate.of(BigDecimal.valueOf(euPercent, 2)))
            .withReports(reports);
    for (int i = 0; i < extraPartners; i++) {
      f = f.withPartner(LegalForm.SCHOOL, PartnerRole.PARTNER);
    }

    assertThat(FAMI.validateProject(f.build(), call)).hasNoViolations();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void generatedProjects(long seed) {
    DatasetGenerator g = DatasetGenerator.builder().projects(2_000).seed(seed).build();

    for (int i = 0; i < 2_000; i += 20) {
      assertThat(FAMI.validateProject(g.project(i), g.callOf(i)))
          .as("project %d of seed %d", i, seed)
          .hasNoViolations();
    }
  }

  @Test
  void generatedDataset() {
    DatasetGenerator g = DatasetGenerator.builder().projects(1_500).seed(99).build();
    Dataset d =
        Dataset.builder()
            .programme(g.programme())
            .calls(g.calls())
            .projects(g.projects().collect(Collectors.toList()))
            .build();

    assertThat(FAMI.validateDataset(d)).hasNoViolations();
  }
}
