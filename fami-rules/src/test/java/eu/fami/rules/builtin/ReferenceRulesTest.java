package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.BudgetRulesTest.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import eu.fami.model.Call;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.rules.builtin.reference.CallInDataset;
import eu.fami.rules.builtin.reference.DatasetProgrammeInherited;
import eu.fami.rules.builtin.reference.ReferenceRules;
import eu.fami.rules.spi.Rule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reference rules FAMI-REF-001..002: one table per rule id. */
class ReferenceRulesTest {
  // FAMI-REF-001

  static Stream<Arguments> callInDataset() {
    return Stream.of(
        arguments("the dataset holds the call", Fixtures.project(), Fixtures.call(), List.of()),
        arguments("a call the dataset does not hold",
            Fixtures.project().withCall("AVVISO-X"), null,
            List.of(at("/projects/0/call", "call", "AVVISO-X"))),
        arguments("a project that names no call", Fixtures.project().withCall(null), null,
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void callInDataset(String name, Project project, Call call, List<Check.Finding> expected) {
    assertThat(AllRules.inDataset(new CallInDataset(), project, call, Fixtures.programme()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aStandaloneProjectsCallIsOnlyContext() {
    assertThat(Check.project(new CallInDataset(), Fixtures.project().withCall("AVVISO-X"), null))
        .isEmpty();
  }

  // FAMI-REF-002

  static Stream<Arguments> projectStatesDatasetProgramme() {
    return Stream.of(
        arguments("states the dataset's period and programme", Fixtures.project(), List.of()),
        arguments("inherits both", Fixtures.project().withPeriod(null).withProgramme(null),
            List.of()),
        arguments("another period", Fixtures.project().withPeriod(Period.P2014_2020),
            List.of(at("/projects/0/period", "property", "period", "value", "2014-2020",
                "expected", "2021-2027"))),
        arguments("another programme", Fixtures.project().withProgramme("IT-PN-FAMI-2014-2020"),
            List.of(at("/projects/0/programme", "property", "programme",
                "value", "IT-PN-FAMI-2014-2020", "expected", "IT-PN-FAMI-2021-2027"))),
        arguments("codes compared exactly", Fixtures.project().withProgramme("it-pn-fami-2021-2027"),
            List.of(at("/projects/0/programme", "property", "programme",
                "value", "it-pn-fami-2021-2027", "expected", "IT-PN-FAMI-2021-2027"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void projectStatesDatasetProgramme(String name, Project project, List<Check.Finding> expected) {
    assertThat(AllRules.inDataset(
            new DatasetProgrammeInherited(), project, Fixtures.call(), Fixtures.programme()))
        .containsExactlyElementsOf(expected);
  }

  static Stream<Arguments> callStatesDatasetProgramme() {
    ImmutableCall call = ImmutableCall.copyOf(Fixtures.call());
    return Stream.of(
        arguments("states the dataset's period and programme", call, List.of()),
        arguments("inherits both", call.withPeriod(null).withProgramme(null), List.of()),
        arguments("another period and programme",
            call.withPeriod(Period.P2014_2020).withProgramme("IT-PN-FAMI-2014-2020"),
            List.of(
                at("/calls/0/period", "property", "period", "value", "2014-2020",
                    "expected", "2021-2027"),
                at("/calls/0/programme", "property", "programme", "value", "IT-PN-FAMI-2014-2020",
                    "expected", "IT-PN-FAMI-2021-2027"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void callStatesDatasetProgramme(String name, Call call, List<Check.Finding> expected) {
    assertThat(AllRules.inDataset(new DatasetProgrammeInherited(), call, Fixtures.programme()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void nothingIsJudgedOutsideADatasetOrAgainstWhatTheProgrammeLacks() {
    Project other = Fixtures.project().withPeriod(Period.P2014_2020).withProgramme("X");
    Call otherCall = ImmutableCall.copyOf(Fixtures.call()).withPeriod(Period.P2014_2020)
        .withProgramme("X");
    Programme blank = ImmutableProgramme.copyOf(Fixtures.programme()).withPeriod(null).withCode(null);
    assertThat(Check.project(new DatasetProgrammeInherited(), other, null)).isEmpty();
    assertThat(Check.call(new DatasetProgrammeInherited(), otherCall)).isEmpty();
    assertThat(AllRules.inDataset(new DatasetProgrammeInherited(), other, null, blank)).isEmpty();
    assertThat(AllRules.inDataset(new DatasetProgrammeInherited(), otherCall, blank)).isEmpty();
    assertThat(AllRules.inDataset(new DatasetProgrammeInherited(), other, null, null)).isEmpty();
  }

  @Test
  void theValidFixturesGiveNoFinding() {
    for (Rule rule : ReferenceRules.rules()) {
      assertThat(AllRules.findings(rule)).as(rule.definition().getId()).isEmpty();
    }
  }

  @Test
  void theGroupListsEveryIdOnceInOrder() {
    assertThat(ReferenceRules.rules())
        .extracting(r -> r.definition().getId())
        .containsExactly("FAMI-REF-001", "FAMI-REF-002");
  }
}
