package eu.fami.testkit;

import static eu.fami.testkit.assertions.FamiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import eu.fami.testkit.generate.DatasetGenerator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every injectable fault yields exactly its rule, once. */
class FaultsTest {
  private static final Fami FAMI = Fami.defaults();

  /** Faults that apply to 2021-2027 projects only (codes or rules of that period). */
  private static final List<String> ONLY_2021 =
      List.of(
          RuleIds.CAT_003,
          RuleIds.CAT_004,
          RuleIds.CAT_005,
          RuleIds.CAT_006,
          RuleIds.CAT_007,
          RuleIds.ELIG_008,
          RuleIds.BUD_007);

  static Stream<Arguments> projectFaults() {
    return Stream.of(Period.values())
        .flatMap(
            period ->
                Faults.injectable().stream()
                    .filter(id -> period == Period.P2021_2027 || !ONLY_2021.contains(id))
                    .map(id -> Arguments.of(period, id)));
  }

  @ParameterizedTest(name = "{1} on a {0} project")
  @MethodSource("projectFaults")
  void projectFaultBreaksExactlyItsRule(Period period, String ruleId) {
    Call call = Fixtures.call().withPeriod(period).build();
    Project valid = Fixtures.project().withCall(call).withReports(4).build();

    assertThat(validate(Faults.inject(ruleId, valid), ruleId, call)).hasOnlyViolations(ruleId);
  }

  @ParameterizedTest(name = "{0} on a project without reports")
  @MethodSource("eu.fami.testkit.Faults#injectable")
  void faultsAddTheReportsTheyNeed(String ruleId) {
    Call call = Fixtures.call().build();

    assertThat(
            validate(
                Faults.inject(ruleId, Fixtures.project().withCall(call).build()), ruleId, call))
        .hasOnlyViolations(ruleId);
  }

  @ParameterizedTest(name = "{0} on generated projects")
  @MethodSource("eu.fami.testkit.Faults#injectable")
  void faultsApplyToGeneratedProjects(String ruleId) {
    DatasetGenerator g = DatasetGenerator.builder().projects(1_000).seed(8).build();

    for (int i = 0; i < 1_000; i += 50) {
      Project p = g.project(i);
      // call rules are judged against the fixture call, which generated projects do not answer
      ValidationReport report =
          Faults.needsCall(ruleId) ? null : FAMI.validateProject(Faults.inject(ruleId, p));
      if (report != null) {
        assertThat(report).as(p.getCode()).hasOnlyViolations(ruleId);
      }
    }
  }

  @ParameterizedTest(name = "{0} in a dataset")
  @MethodSource("eu.fami.testkit.Faults#injectableInDatasets")
  void datasetFaultBreaksExactlyItsRule(String ruleId) {
    Dataset broken = Faults.inject(ruleId, Fixtures.dataset(3));

    assertThat(FAMI.validateDataset(broken)).hasOnlyViolations(ruleId);
  }

  @Test
  void injectableIdsAreRuleIdsInCatalogueOrder() {
    List<String> ids = Faults.injectable();

    assertThat(RuleIds.ALL).containsSubsequence(ids);
    assertThat(RuleIds.ALL).containsSubsequence(Faults.injectableInDatasets());
    assertThat(ids).hasSize(41).allMatch(id -> !id.startsWith("FAMI-IO-"));
  }

  @Test
  void unsupportedIdNamesTheSupportedOnes() {
    assertThatThrownBy(() -> Faults.inject(RuleIds.IO_001, Fixtures.project().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "cannot inject FAMI-IO-001; injectable: FAMI-FMT-001, FAMI-FMT-002,")
        .hasMessageContaining("FAMI-MON-008");
    assertThatThrownBy(() -> Faults.inject(RuleIds.BUD_004, Fixtures.dataset(3)))
        .hasMessageStartingWith("cannot inject FAMI-BUD-004; injectable: FAMI-BUD-009,");
    assertThatThrownBy(() -> Faults.inject(RuleIds.OVL_001, Fixtures.dataset(1)))
        .hasMessageContaining("two projects");
    assertThatThrownBy(
            () ->
                Faults.inject(
                    RuleIds.BUD_007, Fixtures.project().withPeriod(Period.P2014_2020).build()))
        .hasMessageContaining("applies to 2021-2027 projects");
  }

  private static ValidationReport validate(Project p, String ruleId, Call call) {
    return Faults.needsCall(ruleId) ? FAMI.validateProject(p, call) : FAMI.validateProject(p);
  }
}
