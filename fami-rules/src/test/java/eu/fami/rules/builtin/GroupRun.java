package eu.fami.rules.builtin;

import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Project;
import eu.fami.model.TargetGroup;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.rules.builtin.catalogue.CatalogueRules;
import eu.fami.rules.builtin.eligibility.EligibilityRules;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.CallScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.Rule;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import eu.fami.rules.spi.RuleParameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs every rule of the catalogue and eligibility groups on one document, as the engine does
 * (rules that need a call are skipped without one), so that a test sees every finding of both
 * groups: a case triggers exactly the rule it is about.
 */
final class GroupRun {
  /** A finding of a rule: its id, pointer and arguments. */
  record Hit(String rule, String pointer, Map<String, String> arguments) {
    static Hit of(String rule, String pointer, String... nameValuePairs) {
      Map<String, String> args = new java.util.LinkedHashMap<>();
      for (int i = 0; i < nameValuePairs.length; i += 2) {
        args.put(nameValuePairs[i], nameValuePairs[i + 1]);
      }
      return new Hit(rule, pointer, Map.copyOf(args));
    }
  }

  static final List<Rule> RULES =
      Stream.concat(CatalogueRules.rules().stream(), EligibilityRules.rules().stream()).toList();

  private GroupRun() {}

  /** Findings of both groups on {@code project} with {@code call} (may be null). */
  static List<Hit> project(Project project, Call call) {
    return project(project, call, Catalogue.builtIn(periodOf(project)));
  }

  /** Findings of both groups on {@code project} against {@code catalogue}. */
  static List<Hit> project(Project project, Call call, Catalogue catalogue) {
    ProjectScope scope =
        ProjectScope.builder()
            .from(Check.scope(project, call, 0, false, null))
            .period(catalogue.period())
            .catalogue(catalogue)
            .build();
    List<Hit> hits = new ArrayList<>();
    for (Rule rule : RULES) {
      boolean runs = call != null || !rule.definition().getRequires().contains(Requirement.CALL);
      if (rule instanceof ProjectRule projectRule && runs) {
        projectRule.check(scope, recorder(rule, hits));
      }
    }
    return hits;
  }

  /** Findings of both groups on {@code call}. */
  static List<Hit> call(Call call) {
    Period period = call.getPeriod() != null ? call.getPeriod() : Period.P2021_2027;
    CallScope scope =
        CallScope.builder()
            .call(call)
            .pointer("")
            .period(period)
            .catalogue(Catalogue.builtIn(period))
            .inDataset(false)
            .parameters(RuleParameters.DEFAULTS)
            .build();
    List<Hit> hits = new ArrayList<>();
    for (Rule rule : RULES) {
      if (rule instanceof CallRule callRule) {
        callRule.check(scope, recorder(rule, hits));
      }
    }
    return hits;
  }

  private static Findings recorder(Rule rule, List<Hit> hits) {
    return (pointer, args) -> hits.add(new Hit(rule.definition().getId(), pointer, Map.copyOf(args)));
  }

  private static Period periodOf(Project project) {
    return project.getPeriod() != null ? project.getPeriod() : Period.P2021_2027;
  }

  /**
   * Com.In.5 (examples/project-com-in-5.json) as far as these rules see it: OS2 / 2.d / 2.m /
   * action a / II.001 / 002 / 001 / 003, five regions and a third-sector consortium, no call.
   */
  static ImmutableProject comIn5() {
    return Fixtures.project()
        .withCode("PROG-COMIN5")
        .withCup(null)
        .withCall(null)
        .withClassification(
            Classification.builder()
                .specificObjective("OS2")
                .implementationMeasure("2.d")
                .scopeOfSupport("2.m")
                .addNationalActions("a")
                .interventionField("II.001")
                .typeOfAction("002")
                .implementationModality("001")
                .specificTheme("003")
                .build())
        .withStart(LocalDate.of(2023, 7, 1))
        .withEnd(LocalDate.of(2026, 6, 30))
        .withTargetGroups(TargetGroup.PUBLIC_SERVICE_STAFF, TargetGroup.THIRD_SECTOR_STAFF)
        .withPartners(
            partner("80012000826", LegalForm.REGION, PartnerRole.LEAD),
            partner("80002950766", LegalForm.REGION, PartnerRole.PARTNER),
            partner("02205340793", LegalForm.REGION, PartnerRole.PARTNER),
            partner("80011990639", LegalForm.REGION, PartnerRole.PARTNER),
            partner("80017210727", LegalForm.REGION, PartnerRole.PARTNER),
            partner("06345120825", LegalForm.THIRD_SECTOR, PartnerRole.PARTNER))
        .withIndicators(
            IndicatorTarget.builder().id("O.2.2").target(5L).build(),
            IndicatorTarget.builder().id("O.2.7").target(1L).build())
        .withReports();
  }

  /** The 2014-2020 call of Lab'Impact, as far as its example states it: OS2 / ON2, actions 01-04. */
  static ImmutableCall impactCall() {
    return flCall()
        .withCode("AVVISO-1-2018-IMPACT")
        .withProgramme("IT-PN-FAMI-2014-2020")
        .withPeriod(Period.P2014_2020)
        .withClassification(
            Classification.builder().specificObjective("OS2").nationalObjective("ON2").build())
        .withActions("01", "02", "03", "04")
        .withEligiblePartnerForms(LegalForm.LOCAL_AUTHORITY, LegalForm.THIRD_SECTOR)
        .withProjectWindow(
            eu.fami.model.ProjectWindow.builder()
                .earliestStart(LocalDate.of(2018, 1, 1))
                .latestEnd(LocalDate.of(2022, 12, 31))
                .build())
        .withMaxDurationMonths((Long) null);
  }

  /** The language-training call of {@link Fixtures#call()}, to change with {@code with...}. */
  static ImmutableCall flCall() {
    return ImmutableCall.copyOf(Fixtures.call());
  }

  private static Partner partner(String id, LegalForm form, PartnerRole role) {
    return Partner.builder().id(id).legalForm(form).role(role).build();
  }
}
