package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.GroupRun.Hit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Call;
import eu.fami.model.ImmutableClassification;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.RuleIds;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FAMI-CAT-001..008 on projects and calls, against the built-in catalogues: each case runs both
 * groups (catalogue and eligibility) and lists every finding expected, so that a case triggers
 * exactly its rule; near-misses expect none.
 */
class CatalogueRulesTest {
  private static final String P2021 = "2021-2027";
  private static final String P2014 = "2014-2020";

  /** The Liguria project (no call) with its classification changed. */
  private static ImmutableProject fl(UnaryOperator<ImmutableClassification> change) {
    return Fixtures.project()
        .withCall(null)
        .withClassification(change.apply(ImmutableClassification.copyOf(Fixtures.flClassification())));
  }

  /** Lab'Impact (2014-2020, no call) with its classification changed. */
  private static ImmutableProject lab(UnaryOperator<ImmutableClassification> change) {
    ImmutableProject p = Fixtures.labImpact().withCall(null);
    return p.withClassification(change.apply(ImmutableClassification.copyOf(p.getClassification())));
  }

  /** A project under OS1, OS3 or another objective, without the OS2 indicators. */
  private static ImmutableProject under(UnaryOperator<ImmutableClassification> change) {
    return fl(change).withIndicators().withReports();
  }

  private static Arguments project(String name, Project project, Hit... expected) {
    return Arguments.of(name, project, null, List.of(expected));
  }

  static Stream<Arguments> projects() {
    return Stream.of(
        project("Liguria project (OS2/2.d/2.h/b/II.004/003/001/003)", Fixtures.project().withCall(null)),
        project("Com.In.5 (OS2/2.d/2.m/a/II.001/002/001/003)", GroupRun.comIn5()),
        project("Lab'Impact 2014-2020 (OS2/ON2)", Fixtures.labImpact().withCall(null)),

        // FAMI-CAT-001
        project("CAT-001 objective OS5", fl(c -> c.withSpecificObjective("OS5")),
            Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "OS5", "period", P2021)),
        project("CAT-001 objective os2 (codes are case-sensitive)", fl(c -> c.withSpecificObjective("os2")),
            Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "os2", "period", P2021)),
        project("CAT-001 2014-2020 objective OS5", lab(c -> c.withSpecificObjective("OS5")),
            Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "OS5", "period", P2014)),
        project("near miss: technical assistance TA, nothing else stated",
            under(c -> ImmutableClassification.builder().specificObjective("TA").build())
                .withTargetGroups(eu.fami.model.TargetGroup.PUBLIC_SERVICE_STAFF)),

        // FAMI-CAT-002
        project("CAT-002 measure 1.a (OS1's) under OS2", fl(c -> c.withImplementationMeasure("1.a")),
            Hit.of(RuleIds.CAT_002, "/classification/implementationMeasure",
                "variant", "implementationMeasure", "code", "1.a", "objective", "OS2")),
        project("CAT-002 unknown measure 2.z", fl(c -> c.withImplementationMeasure("2.z")),
            Hit.of(RuleIds.CAT_002, "/classification/implementationMeasure",
                "variant", "implementationMeasure", "code", "2.z", "objective", "OS2")),
        project("CAT-002 2014-2020 national objective ON4 under OS2", lab(c -> c.withNationalObjective("ON4")),
            Hit.of(RuleIds.CAT_002, "/classification/nationalObjective",
                "variant", "nationalObjective", "code", "ON4", "objective", "OS2")),
        project("CAT-002 2014-2020 ON2 under OS4 (ON2 is OS2's and OS3's)",
            lab(c -> c.withSpecificObjective("OS4"))
                .withTargetGroups(eu.fami.model.TargetGroup.ASYLUM_SEEKERS),
            Hit.of(RuleIds.CAT_002, "/classification/nationalObjective",
                "variant", "nationalObjective", "code", "ON2", "objective", "OS4")),
        project("near miss: 2014-2020 ON1 under OS2", lab(c -> c.withNationalObjective("ON1"))),
        project("near miss: measure 2.d of an unknown objective (CAT-001 only)",
            fl(c -> c.withSpecificObjective("OS9")),
            Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "OS9", "period", P2021)),

        // FAMI-CAT-003
        project("CAT-003 scope 1.a (OS1's) under OS2", fl(c -> c.withScopeOfSupport("1.a")),
            Hit.of(RuleIds.CAT_003, "/classification/scopeOfSupport", "scope", "1.a", "objective", "OS2")),
        project("CAT-003 unknown scope 2.z", fl(c -> c.withScopeOfSupport("2.z")),
            Hit.of(RuleIds.CAT_003, "/classification/scopeOfSupport", "scope", "2.z", "objective", "OS2")),
        project("CAT-003 unknown horizontal scope H.i", fl(c -> c.withScopeOfSupport("H.i")),
            Hit.of(RuleIds.CAT_003, "/classification/scopeOfSupport", "scope", "H.i", "objective", "OS2")),
        project("near miss: horizontal scope H.b under OS2", fl(c -> c.withScopeOfSupport("H.b"))),
        project("near miss: scope 2.m under OS2", fl(c -> c.withScopeOfSupport("2.m"))),

        // FAMI-CAT-004
        project("CAT-004 unknown action r of OS2", fl(c -> c.withNationalActions("r")),
            Hit.of(RuleIds.CAT_004, "/classification/nationalActions/0",
                "variant", "unknown", "action", "r", "objective", "OS2")),
        project("CAT-004 second action unknown", fl(c -> c.withNationalActions("b", "zz")),
            Hit.of(RuleIds.CAT_004, "/classification/nationalActions/1",
                "variant", "unknown", "action", "zz", "objective", "OS2")),
        project("CAT-004 action p (measure 2.b) under measure 2.d", fl(c -> c.withNationalActions("p")),
            Hit.of(RuleIds.CAT_004, "/classification/nationalActions/0",
                "variant", "measure", "action", "p", "objective", "OS2",
                "measure", "2.d", "parent", "2.b")),
        project("CAT-004 action b (measure 2.d) under measure 2.b", fl(c -> c.withImplementationMeasure("2.b")),
            Hit.of(RuleIds.CAT_004, "/classification/nationalActions/0",
                "variant", "measure", "action", "b", "objective", "OS2",
                "measure", "2.b", "parent", "2.d")),
        project("near miss: action p under measure 2.b",
            fl(c -> c.withImplementationMeasure("2.b").withNationalActions("p"))),
        project("near miss: action b, no measure stated", fl(c -> c.withImplementationMeasure(null))),
        project("near miss: action b under an invalid measure (CAT-002 only)",
            fl(c -> c.withImplementationMeasure("1.a")),
            Hit.of(RuleIds.CAT_002, "/classification/implementationMeasure",
                "variant", "implementationMeasure", "code", "1.a", "objective", "OS2")),
        project("near miss: OS1 action j (the sources state no measure) under measure 1.b",
            under(c -> c.withSpecificObjective("OS1").withImplementationMeasure("1.b")
                .withScopeOfSupport("1.g").withNationalActions("j").withInterventionField("I.006"))),

        // FAMI-CAT-005
        project("CAT-005 field I.001 (block I) under OS2", fl(c -> c.withInterventionField("I.001")),
            Hit.of(RuleIds.CAT_005, "/classification/interventionField", "field", "I.001", "objective", "OS2")),
        project("CAT-005 unknown field II.013", fl(c -> c.withInterventionField("II.013")),
            Hit.of(RuleIds.CAT_005, "/classification/interventionField", "field", "II.013", "objective", "OS2")),
        project("near miss: field II.012", fl(c -> c.withInterventionField("II.012"))),
        project("near miss: technical assistance field V.004",
            under(c -> ImmutableClassification.builder().specificObjective("TA").interventionField("V.004").build())
                .withTargetGroups(eu.fami.model.TargetGroup.PUBLIC_SERVICE_STAFF)),

        // FAMI-CAT-006
        project("CAT-006 type of action 014", fl(c -> c.withTypeOfAction("014")),
            Hit.of(RuleIds.CAT_006, "/classification/typeOfAction", "code", "014", "property", "typeOfAction")),
        project("CAT-006 implementation modality 006", fl(c -> c.withImplementationModality("006")),
            Hit.of(RuleIds.CAT_006, "/classification/implementationModality",
                "code", "006", "property", "implementationModality")),
        project("CAT-006 specific theme 004", fl(c -> c.withSpecificTheme("004")),
            Hit.of(RuleIds.CAT_006, "/classification/specificTheme", "code", "004", "property", "specificTheme")),
        project("CAT-006 2014-2020 implementation modality 006", lab(c -> c.withImplementationModality("006")),
            Hit.of(RuleIds.CAT_006, "/classification/implementationModality",
                "code", "006", "property", "implementationModality")),
        project("near miss: type of action 013, modality 005, theme 001",
            fl(c -> c.withTypeOfAction("013").withImplementationModality("005").withSpecificTheme("001"))),
        project("near miss: 2014-2020 modality 002", lab(c -> c.withImplementationModality("002"))),

        // FAMI-CAT-007
        project("CAT-007 target O.1.2 (OS1's) on an OS2 project",
            Fixtures.project().withCall(null).withIndicators(
                IndicatorTarget.builder().id("O.2.3").target(10L).build(),
                IndicatorTarget.builder().id("O.1.2").target(10L).build()),
            Hit.of(RuleIds.CAT_007, "/indicators/1/id", "indicator", "O.1.2", "objective", "OS2")),
        project("CAT-007 unknown target O.2.12",
            Fixtures.project().withCall(null).withIndicators(
                IndicatorTarget.builder().id("O.2.12").target(10L).build()),
            Hit.of(RuleIds.CAT_007, "/indicators/0/id", "indicator", "O.2.12", "objective", "OS2")),
        project("CAT-007 value reported for R.3.6 in the second report",
            withReportedIndicator("R.3.6"),
            Hit.of(RuleIds.CAT_007, "/reports/1/indicators/0/id", "indicator", "R.3.6", "objective", "OS2")),
        project("near miss: 2014-2020 has no indicator list, O.9.9 is not checked",
            Fixtures.labImpact().withCall(null).withIndicators(
                IndicatorTarget.builder().id("O.9.9").target(10L).build())),
        project("near miss: indicators of an unknown objective (CAT-001 only)",
            fl(c -> c.withSpecificObjective("OS7")),
            Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "OS7", "period", P2021)),

        // FAMI-CAT-008
        project("CAT-008 2014-2020 intervention field", lab(c -> c.withInterventionField("II.004")),
            Hit.of(RuleIds.CAT_008, "/classification/interventionField",
                "property", "interventionField", "value", "II.004", "period", P2014)),
        project("CAT-008 2014-2020 type of action and specific theme",
            lab(c -> c.withTypeOfAction("003").withSpecificTheme("003")),
            Hit.of(RuleIds.CAT_008, "/classification/typeOfAction",
                "property", "typeOfAction", "value", "003", "period", P2014),
            Hit.of(RuleIds.CAT_008, "/classification/specificTheme",
                "property", "specificTheme", "value", "003", "period", P2014)),
        project("CAT-008 2014-2020 national action", lab(c -> c.withNationalActions("b")),
            Hit.of(RuleIds.CAT_008, "/classification/nationalActions/0",
                "property", "nationalActions", "value", "b", "period", P2014)),
        project("CAT-008 2014-2020 implementation modality 003 (Annex IV, 2021-2027)",
            lab(c -> c.withImplementationModality("003")),
            Hit.of(RuleIds.CAT_008, "/classification/implementationModality",
                "property", "implementationModality", "value", "003", "period", P2014)),
        project("CAT-008 2014-2020 Annex II measure and Annex III scope",
            lab(c -> c.withImplementationMeasure("2.d").withScopeOfSupport("2.h")),
            Hit.of(RuleIds.CAT_008, "/classification/implementationMeasure",
                "property", "implementationMeasure", "value", "2.d", "period", P2014),
            Hit.of(RuleIds.CAT_008, "/classification/scopeOfSupport",
                "property", "scopeOfSupport", "value", "2.h", "period", P2014)),
        project("CAT-008 2021-2027 national objective", fl(c -> c.withNationalObjective("ON2")),
            Hit.of(RuleIds.CAT_008, "/classification/nationalObjective",
                "property", "nationalObjective", "value", "ON2", "period", P2021)),
        project("near miss: 2014-2020 modality 001 and call actions",
            lab(c -> c.withImplementationModality("001"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("projects")
  void project(String name, Project project, Call call, List<Hit> expected) {
    assertThat(GroupRun.project(project, call)).containsExactlyInAnyOrderElementsOf(expected);
  }

  private static ImmutableProject withReportedIndicator(String id) {
    ImmutableProject p = Fixtures.project().withCall(null);
    return p.withReports(
        p.getReports().get(0),
        eu.fami.model.ImmutableProgressReport.copyOf(p.getReports().get(1))
            .withIndicators(Fixtures.value(id, 1, 1, 0, 2, 0)));
  }

  /** A 2014-2020 catalogue amended with an OS2 indicator list. */
  private static Catalogue withIndicators2014() {
    return Catalogue.builtIn(Period.P2014_2020).toBuilder()
        .entry(CatalogueEntry.builder()
            .table(Table.INDICATOR)
            .code("C.2.1")
            .objective("OS2")
            .labelIt("Numero di cittadini di paesi terzi assistiti")
            .labelEn("Number of third-country nationals assisted")
            .source("test amendment")
            .build())
        .build();
  }

  static Stream<Arguments> amended2014() {
    return Stream.of(
        Arguments.of("indicator of the amended list", "C.2.1", List.of()),
        Arguments.of("indicator not in the amended list", "C.2.2",
            List.of(Hit.of(RuleIds.CAT_007, "/indicators/0/id", "indicator", "C.2.2", "objective", "OS2"))));
  }

  @ParameterizedTest(name = "2014-2020 amended catalogue: {0}")
  @MethodSource("amended2014")
  void amendedCatalogueChecksIndicators(String name, String id, List<Hit> expected) {
    Project p = Fixtures.labImpact().withCall(null)
        .withIndicators(IndicatorTarget.builder().id(id).target(10L).build());
    assertThat(GroupRun.project(p, null, withIndicators2014())).containsExactlyInAnyOrderElementsOf(expected);
  }

  static Stream<Arguments> calls() {
    return Stream.of(
        Arguments.of("language-training call", GroupRun.flCall(), List.of()),
        Arguments.of("Lab'Impact's 2014-2020 call", GroupRun.impactCall(), List.of()),
        Arguments.of("empty call (FAMI-FMT-001's)", Call.builder().build(), List.of()),
        Arguments.of("CAT-001 call under OS0",
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withSpecificObjective("OS0")),
            List.of(Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "OS0", "period", P2021))),
        Arguments.of("CAT-002 call under measure 3.c",
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withImplementationMeasure("3.c")),
            List.of(Hit.of(RuleIds.CAT_002, "/classification/implementationMeasure",
                "variant", "implementationMeasure", "code", "3.c", "objective", "OS2"))),
        Arguments.of("CAT-003 call in scope 3.h",
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withScopeOfSupport("3.h")),
            List.of(Hit.of(RuleIds.CAT_003, "/classification/scopeOfSupport", "scope", "3.h", "objective", "OS2"))),
        Arguments.of("CAT-004 call with action q (measure 2.c)",
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withNationalActions("b", "q")),
            List.of(Hit.of(RuleIds.CAT_004, "/classification/nationalActions/1",
                "variant", "measure", "action", "q", "objective", "OS2", "measure", "2.d", "parent", "2.c"))),
        Arguments.of("CAT-005 call in field III.004",
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withInterventionField("III.004")),
            List.of(Hit.of(RuleIds.CAT_005, "/classification/interventionField",
                "field", "III.004", "objective", "OS2"))),
        Arguments.of("CAT-006 call with type of action 3",
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withTypeOfAction("3")),
            List.of(Hit.of(RuleIds.CAT_006, "/classification/typeOfAction", "code", "3", "property", "typeOfAction"))),
        Arguments.of("CAT-008 2014-2020 call with an intervention field",
            GroupRun.impactCall().withClassification(
                ImmutableClassification.copyOf(GroupRun.impactCall().getClassification())
                    .withInterventionField("II.004")),
            List.of(Hit.of(RuleIds.CAT_008, "/classification/interventionField",
                "property", "interventionField", "value", "II.004", "period", P2014))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calls")
  void call(String name, Call call, List<Hit> expected) {
    assertThat(GroupRun.call(call)).containsExactlyInAnyOrderElementsOf(expected);
  }
}
