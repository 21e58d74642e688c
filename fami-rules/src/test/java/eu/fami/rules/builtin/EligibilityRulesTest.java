package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.GroupRun.Hit;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Call;
import eu.fami.model.ImmutableClassification;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProject;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.TargetGroup;
import eu.fami.model.report.RuleIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FAMI-ELIG-001..008 against the built-in catalogues and the example calls: each case runs both
 * groups (catalogue and eligibility) and lists every finding expected, so that a case triggers
 * exactly its rule; near-misses expect none.
 */
class EligibilityRulesTest {
  private static final String ELIGIBLE_PARTNERS =
      "LOCAL_AUTHORITY, SCHOOL, UNIVERSITY, THIRD_SECTOR, OTHER_PUBLIC_BODY";

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** The Liguria project with partner {@code index} changed. */
  private static ImmutableProject partner(int index, UnaryOperator<ImmutablePartner> change) {
    ImmutableProject p = Fixtures.project();
    List<Partner> partners = new ArrayList<>(p.getPartners());
    partners.set(index, change.apply(ImmutablePartner.copyOf(partners.get(index))));
    return p.withPartners(partners);
  }

  /** The Liguria project with its classification changed. */
  private static ImmutableProject fl(UnaryOperator<ImmutableClassification> change) {
    return Fixtures.project()
        .withClassification(change.apply(ImmutableClassification.copyOf(Fixtures.flClassification())));
  }

  /** The language-training call with a maximum duration of 36 months. */
  private static Call max36() {
    return GroupRun.flCall().withMaxDurationMonths(36L);
  }

  private static Arguments with(String name, Project project, Call call, Hit... expected) {
    return Arguments.of(name, project, call, List.of(expected));
  }

  static Stream<Arguments> cases() {
    Call fl = Fixtures.call();
    return Stream.of(
        with("Liguria project under its call", Fixtures.project(), fl),
        with("Liguria project, no call", Fixtures.project().withCall(null), null),
        with("Com.In.5, no call", GroupRun.comIn5(), null),
        with("Lab'Impact, no call", Fixtures.labImpact().withCall(null), null),
        with("Lab'Impact under its 2014-2020 call", Fixtures.labImpact(), GroupRun.impactCall()),
        with("empty project (FAMI-FMT-001's), no call", Project.builder().build(), null),
        with("empty project and empty partner under an empty call",
            Project.builder().addPartners(Partner.builder().build())
                .classification(ImmutableClassification.builder().build()).build(),
            Call.builder().classification(ImmutableClassification.builder().build()).build()),

        // FAMI-ELIG-001
        with("ELIG-001 two leads", partner(2, p -> p.withRole(PartnerRole.LEAD)), null,
            Hit.of(RuleIds.ELIG_001, "/partners", "count", "2")),
        with("ELIG-001 no lead", partner(0, p -> p.withRole(PartnerRole.PARTNER)), null,
            Hit.of(RuleIds.ELIG_001, "/partners", "count", "0")),
        with("near miss: no lead but a partner without a role (FAMI-FMT-001's)",
            partner(0, p -> p.withRole(null)), null),
        with("near miss: one lead and an associate", partner(2, p -> p.withRole(PartnerRole.ASSOCIATE)), fl),

        // FAMI-ELIG-002
        with("ELIG-002 lead LOCAL_AUTHORITY, call admits REGION",
            partner(0, p -> p.withLegalForm(LegalForm.LOCAL_AUTHORITY)), fl,
            Hit.of(RuleIds.ELIG_002, "/partners/0/legalForm",
                "partner", Fixtures.LEAD, "legalForm", "LOCAL_AUTHORITY", "eligible", "REGION")),
        with("near miss: call admits any lead form",
            partner(0, p -> p.withLegalForm(LegalForm.PRIVATE_COMPANY)),
            GroupRun.flCall().withEligibleLeadForms()),
        with("near miss: lead without legal form (FAMI-FMT-001's)",
            partner(0, p -> p.withLegalForm(null)), fl),

        // FAMI-ELIG-003
        with("ELIG-003 partner PRIVATE_COMPANY",
            partner(2, p -> p.withLegalForm(LegalForm.PRIVATE_COMPANY)), fl,
            Hit.of(RuleIds.ELIG_003, "/partners/2/legalForm",
                "partner", Fixtures.THIRD_SECTOR, "legalForm", "PRIVATE_COMPANY",
                "eligible", ELIGIBLE_PARTNERS)),
        with("ELIG-003 partner without id is named by its name",
            partner(1, p -> p.withLegalForm(LegalForm.REGION).withId(null)), fl,
            Hit.of(RuleIds.ELIG_003, "/partners/1/legalForm",
                "partner", "Comune di Genova", "legalForm", "REGION", "eligible", ELIGIBLE_PARTNERS)),
        with("near miss: associate PRIVATE_COMPANY",
            partner(2, p -> p.withLegalForm(LegalForm.PRIVATE_COMPANY).withRole(PartnerRole.ASSOCIATE)), fl),
        with("near miss: call admits any partner form",
            partner(2, p -> p.withLegalForm(LegalForm.PRIVATE_COMPANY)),
            GroupRun.flCall().withEligiblePartnerForms()),

        // FAMI-ELIG-004
        with("ELIG-004 start 2020-12-31", Fixtures.project().withStart(date("2020-12-31")), null,
            Hit.of(RuleIds.ELIG_004, "/start", "date", "2020-12-31", "from", "2021-01-01", "to", "2029-12-31")),
        with("near miss: start 2021-01-01", Fixtures.project().withStart(date("2021-01-01")), null),
        with("ELIG-004 extended end 2030-01-01",
            Fixtures.project().withExtendedEnd(date("2030-01-01")), null,
            Hit.of(RuleIds.ELIG_004, "/extendedEnd", "date", "2030-01-01", "from", "2021-01-01", "to", "2029-12-31")),
        with("ELIG-004 end 2030-01-01", Fixtures.project().withEnd(date("2030-01-01")), null,
            Hit.of(RuleIds.ELIG_004, "/end", "date", "2030-01-01", "from", "2021-01-01", "to", "2029-12-31")),
        with("near miss: extended end 2029-12-31",
            Fixtures.project().withExtendedEnd(date("2029-12-31")), null),
        with("ELIG-004 2014-2020 extended end 2023-07-01",
            Fixtures.labImpact().withExtendedEnd(date("2023-07-01")), null,
            Hit.of(RuleIds.ELIG_004, "/extendedEnd", "date", "2023-07-01", "from", "2014-01-01", "to", "2023-06-30")),
        with("near miss: 2014-2020 extended end 2023-06-30",
            Fixtures.labImpact().withExtendedEnd(date("2023-06-30")), null),

        // FAMI-ELIG-005
        with("ELIG-005 start before the call's earliest start",
            Fixtures.project().withStart(date("2023-06-30")), fl,
            Hit.of(RuleIds.ELIG_005, "/start", "variant", "start",
                "start", "2023-06-30", "earliestStart", "2023-07-01")),
        with("ELIG-005 end after the call's latest end",
            Fixtures.project().withEnd(date("2027-01-01")), fl,
            Hit.of(RuleIds.ELIG_005, "/end", "variant", "end", "end", "2027-01-01", "latestEnd", "2026-12-31")),
        with("near miss: end on the call's latest end",
            Fixtures.project().withEnd(date("2026-12-31")), fl),
        with("near miss: an extended end after the call's latest end is not held against the call",
            Fixtures.project().withExtendedEnd(date("2027-06-30")), fl),
        with("near miss: 2023-07-01..2026-06-30 is 36 months, maximum 36", Fixtures.project(), max36()),
        with("near miss: 36 whole months and a day, maximum 36",
            Fixtures.project().withEnd(date("2026-07-01")), max36()),
        with("ELIG-005 2023-07-01..2026-07-31 is 37 months, maximum 36",
            Fixtures.project().withEnd(date("2026-07-31")), max36(),
            Hit.of(RuleIds.ELIG_005, "/end", "variant", "duration", "months", "37", "max", "36")),
        with("near miss: no window and no maximum",
            Fixtures.project().withStart(date("2021-02-01")).withEnd(date("2029-12-31")),
            GroupRun.flCall().withProjectWindow((ProjectWindow) null).withMaxDurationMonths((Long) null)),

        // FAMI-ELIG-006
        with("ELIG-006 scope 2.m, call requires 2.h", fl(c -> c.withScopeOfSupport("2.m")), fl,
            Hit.of(RuleIds.ELIG_006, "/classification/scopeOfSupport",
                "property", "scopeOfSupport", "value", "2.m", "expected", "2.h")),
        with("ELIG-006 field II.005, call requires II.004", fl(c -> c.withInterventionField("II.005")), fl,
            Hit.of(RuleIds.ELIG_006, "/classification/interventionField",
                "property", "interventionField", "value", "II.005", "expected", "II.004")),
        with("ELIG-006 no measure, call requires 2.d", fl(c -> c.withImplementationMeasure(null)), fl,
            Hit.of(RuleIds.ELIG_006, "/classification/implementationMeasure",
                "variant", "missing", "property", "implementationMeasure", "expected", "2.d")),
        with("ELIG-006 action c beside b, call lists b", fl(c -> c.withNationalActions("b", "c")), fl,
            Hit.of(RuleIds.ELIG_006, "/classification/nationalActions/1",
                "variant", "among", "property", "nationalActions", "value", "c", "expected", "b")),
        with("ELIG-006 no modality (001 by default), call requires 002",
            fl(c -> c.withImplementationModality(null)),
            GroupRun.flCall().withClassification(
                ImmutableClassification.copyOf(Fixtures.flClassification()).withImplementationModality("002")),
            Hit.of(RuleIds.ELIG_006, "/classification/implementationModality",
                "property", "implementationModality", "value", "001", "expected", "002")),
        with("near miss: no modality (001 by default), call requires 001",
            fl(c -> c.withImplementationModality(null)), fl),
        with("near miss: call states only the objective (Com.In.5, any partner form)",
            GroupRun.comIn5(),
            GroupRun.flCall()
                .withClassification(ImmutableClassification.builder().specificObjective("OS2").build())
                .withEligiblePartnerForms()),
        with("ELIG-006 2014-2020 national objective ON1, call requires ON2",
            Fixtures.labImpact().withClassification(
                ImmutableClassification.copyOf(Fixtures.labImpact().getClassification())
                    .withNationalObjective("ON1")),
            GroupRun.impactCall(),
            Hit.of(RuleIds.ELIG_006, "/classification/nationalObjective",
                "property", "nationalObjective", "value", "ON1", "expected", "ON2")),
        with("ELIG-006 2014-2020 call action 05 not among the call's",
            Fixtures.labImpact().withCallActions("01", "05"), GroupRun.impactCall(),
            Hit.of(RuleIds.ELIG_006, "/callActions/1",
                "variant", "among", "property", "callActions", "value", "05",
                "expected", "01, 02, 03, 04")),

        // FAMI-ELIG-007
        with("ELIG-007 RETURNEES under OS2",
            Fixtures.project().withTargetGroups(TargetGroup.THIRD_COUNTRY_NATIONALS, TargetGroup.RETURNEES),
            fl,
            Hit.of(RuleIds.ELIG_007, "/targetGroups/1", "targetGroup", "RETURNEES", "objective", "OS2")),
        with("ELIG-007 2014-2020 IRREGULAR_MIGRANTS under OS2",
            Fixtures.labImpact().withTargetGroups(TargetGroup.IRREGULAR_MIGRANTS), null,
            Hit.of(RuleIds.ELIG_007, "/targetGroups/0", "targetGroup", "IRREGULAR_MIGRANTS", "objective", "OS2")),
        with("near miss: target groups of an unknown objective (CAT-001 only)",
            fl(c -> c.withSpecificObjective("OS8")).withTargetGroups(TargetGroup.RETURNEES), null,
            Hit.of(RuleIds.CAT_001, "/classification/specificObjective",
                "objective", "OS8", "period", "2021-2027")),

        // FAMI-ELIG-008
        with("ELIG-008 modality 003, OS2 measure 2.a, no vulnerable group", annexIv("2.a"), null,
            Hit.of(RuleIds.ELIG_008, "/classification/implementationModality")),
        with("near miss: modality 003, OS2 measure 2.d, lead REGION (category 1)",
            annexIv("2.d"), null),
        with("near miss: modality 003, OS2 measure 2.a, unaccompanied minors (category 4)",
            annexIv("2.a").withTargetGroups(TargetGroup.UNACCOMPANIED_MINORS), null),
        with("ELIG-008 modality 003, OS2 measure 2.d, lead PRIVATE_COMPANY",
            annexIv("2.d").withPartners(ImmutablePartner.copyOf(Fixtures.project().getPartners().get(0))
                .withLegalForm(LegalForm.PRIVATE_COMPANY)), null,
            Hit.of(RuleIds.ELIG_008, "/classification/implementationModality")),
        with("near miss: modality 003, lead without legal form is not judged",
            annexIv("2.a").withPartners(ImmutablePartner.copyOf(Fixtures.project().getPartners().get(0))
                .withLegalForm(null)), null),
        with("near miss: 2014-2020 modality 003 is CAT-008's",
            Fixtures.labImpact().withClassification(
                ImmutableClassification.copyOf(Fixtures.labImpact().getClassification())
                    .withImplementationModality("003")), null,
            Hit.of(RuleIds.CAT_008, "/classification/implementationModality",
                "property", "implementationModality", "value", "003", "period", "2014-2020")));
  }

  /** An OS2 project under modality 003 and {@code measure}, serving no vulnerable group. */
  private static ImmutableProject annexIv(String measure) {
    return fl(c -> c.withImplementationMeasure(measure).withNationalActions().withImplementationModality("003"))
        .withCall(null)
        .withTargetGroups(TargetGroup.THIRD_COUNTRY_NATIONALS, TargetGroup.WOMEN);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void project(String name, Project project, Call call, List<Hit> expected) {
    assertThat(GroupRun.project(project, call)).containsExactlyInAnyOrderElementsOf(expected);
  }
}
