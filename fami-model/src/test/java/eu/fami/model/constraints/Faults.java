package eu.fami.model.constraints;

import static eu.fami.model.constraints.Fixtures.call;
import static eu.fami.model.constraints.Fixtures.comIn5;
import static eu.fami.model.constraints.Fixtures.places;
import static eu.fami.model.constraints.Fixtures.programme;
import static eu.fami.model.constraints.Fixtures.report;

import eu.fami.model.Amount;
import eu.fami.model.Cup;
import eu.fami.model.Dataset;
import eu.fami.model.IdScheme;
import eu.fami.model.ImmutableAgeBreakdown;
import eu.fami.model.ImmutableAllocation;
import eu.fami.model.ImmutableBudget;
import eu.fami.model.ImmutableBudgetLine;
import eu.fami.model.ImmutableClassification;
import eu.fami.model.ImmutableExpenditure;
import eu.fami.model.ImmutableFinancing;
import eu.fami.model.ImmutableGenderBreakdown;
import eu.fami.model.ImmutableIndicatorTarget;
import eu.fami.model.ImmutableIndicatorValue;
import eu.fami.model.ImmutableIndirectCosts;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProgressReport;
import eu.fami.model.ImmutableProject;
import eu.fami.model.ImmutableProjectWindow;
import eu.fami.model.LegalForm;
import eu.fami.model.Place;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import eu.fami.model.report.RuleIds;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The shared table: valid documents with one change each. A fault names the constraint that must
 * fire, its rule and Hibernate Validator's property path; a near miss is a change that must not
 * fire anything.
 */
final class Faults {
  private Faults() {}

  /** One row of the table. */
  record Fault(
      String name, Object document, Class<? extends Annotation> constraint, String rule,
      String path) {
    boolean isNearMiss() {
      return constraint == null;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Fault> all() {
    return Stream.of(
        // FAMI-FMT-001
        fault("project code missing", comIn5().withCode(null), Required.class, RuleIds.FMT_001,
            "code"),
        fault("project title blank", comIn5().withTitle(" \t"), Required.class, RuleIds.FMT_001,
            "title"),
        fault("territory empty", comIn5().withTerritory(), Required.class, RuleIds.FMT_001,
            "territory"),
        fault("partners empty", comIn5().withPartners(), Required.class, RuleIds.FMT_001,
            "partners"),
        fault("financing empty", comIn5().withFinancing(), Required.class, RuleIds.FMT_001,
            "financing"),
        fault("budget missing", comIn5().withBudget(null), Required.class, RuleIds.FMT_001,
            "budget"),
        fault("budget lines empty", budget(b -> b.withLines()), Required.class, RuleIds.FMT_001,
            "budget.lines"),
        fault("budget total missing", budget(b -> b.withTotal(null)), Required.class,
            RuleIds.FMT_001, "budget.total"),
        fault("classification missing", comIn5().withClassification(null), Required.class,
            RuleIds.FMT_001, "classification"),
        fault("specific objective missing",
            classification(c -> c.withSpecificObjective(null)), Required.class, RuleIds.FMT_001,
            "classification.specificObjective"),
        fault("project start missing", comIn5().withStart(null), Required.class,
            RuleIds.FMT_001, "start"),
        fault("project end missing", comIn5().withEnd(null), Required.class, RuleIds.FMT_001,
            "end"),
        fault("partner legal form missing", partner(2, p -> p.withLegalForm(null)),
            Required.class, RuleIds.FMT_001, "partners[2].legalForm"),
        fault("partner role missing", partner(0, p -> p.withRole(null)), Required.class,
            RuleIds.FMT_001, "partners[0].role"),
        fault("partner id missing", partner(5, p -> p.withId(null)), Required.class,
            RuleIds.FMT_001, "partners[5].id"),
        fault("budget line category missing", line(3, l -> l.withCategory(null)),
            Required.class, RuleIds.FMT_001, "budget.lines[3].category"),
        fault("budget line partner blank", line(29, l -> l.withPartner("")), Required.class,
            RuleIds.FMT_001, "budget.lines[29].partner"),
        fault("indirect cost method missing",
            budget(b -> b.withIndirectCosts(
                ImmutableIndirectCosts.copyOf(b.getIndirectCosts()).withMethod(null))),
            Required.class, RuleIds.FMT_001, "budget.indirectCosts.method"),
        fault("financing source missing", financing(1, f -> f.withSource(null)), Required.class,
            RuleIds.FMT_001, "financing[1].source"),
        fault("indicator target missing", target(1, t -> t.withTarget(null)), Required.class,
            RuleIds.FMT_001, "indicators[1].target"),
        fault("call opens missing", call().withOpens(null), Required.class, RuleIds.FMT_001,
            "opens"),
        fault("call allocation missing", call().withAllocation(null), Required.class,
            RuleIds.FMT_001, "allocation"),
        fault("call title missing", call().withTitle(null), Required.class, RuleIds.FMT_001,
            "title"),
        fault("programme period missing", programme().withPeriod(null), Required.class,
            RuleIds.FMT_001, "period"),
        fault("programme allocations empty", programme().withAllocations(), Required.class,
            RuleIds.FMT_001, "allocations"),
        fault("allocation amount missing", allocation(2, a -> a.withAmount(null)),
            Required.class, RuleIds.FMT_001, "allocations[2].amount"),
        fault("report quarter missing", report().withQuarter(null), Required.class,
            RuleIds.FMT_001, "quarter"),
        fault("expenditure document blank", expenditure(0, e -> e.withDocument(" ")),
            Required.class, RuleIds.FMT_001, "expenditure[0].document"),
        fault("expenditure date missing", expenditure(2, e -> e.withDate(null)), Required.class,
            RuleIds.FMT_001, "expenditure[2].date"),
        fault("male count missing in a project's report",
            inProject(indicatorValue(0, v -> v.withByGender(
                ImmutableGenderBreakdown.copyOf(v.getByGender()).withMale(null)))),
            Required.class, RuleIds.FMT_001, "reports[0].indicators[0].byGender.male"),
        fault("dataset programme missing", Fixtures.dataset().withProgramme(null),
            Required.class, RuleIds.FMT_001, "programme"),
        nearMiss("summary is optional", comIn5().withSummary(null)),
        nearMiss("period and programme are not field constraints",
            comIn5().withPeriod(null).withProgramme(null)),
        nearMiss("indicators are optional", comIn5().withIndicators()),
        nearMiss("gender other is optional",
            indicatorValue(0, v -> v.withByGender(
                ImmutableGenderBreakdown.copyOf(v.getByGender()).withOther(null)))),
        nearMiss("partner name is optional", partner(1, p -> p.withName(null))),

        // FAMI-FMT-002
        fault("CUP of 14 characters", comIn5().withCup(Cup.of("E89F1800051000")),
            ValidCup.class, RuleIds.FMT_002, "cup"),
        nearMiss("well-formed CUP", comIn5().withCup(Cup.of("E89F18000510007"))),

        // FAMI-FMT-003
        fault("tax code with a wrong check digit", partner(1, p -> p.withId("80002950767")),
            ValidPartnerId.class, RuleIds.FMT_003, "partners[1].id"),
        fault("stated IT_TAX_CODE scheme", partner(1, p -> p.withId("8000295076")
            .withIdScheme(IdScheme.IT_TAX_CODE)), ValidPartnerId.class, RuleIds.FMT_003,
            "partners[1].id"),
        nearMiss("another scheme is not a tax code",
            partner(1, p -> p.withId("80002950767").withIdScheme(IdScheme.OTHER))),
        nearMiss("16-character tax code", partner(5, p -> p.withId("RCCMNL83S18D969H"))),

        // FAMI-FMT-004
        fault("line amount with 3 decimals", line(3, l -> l.withAmount(Amount.of("12.345"))),
            ValidAmount.class, RuleIds.FMT_004, "budget.lines[3].amount"),
        nearMiss("1.500 has two decimals' worth",
            line(3, l -> l.withAmount(Amount.of("1.500")))),
        fault("negative total", budget(b -> b.withTotal(Amount.of("-1"))), ValidAmount.class,
            RuleIds.FMT_004, "budget.total"),
        fault("total of 10^13", budget(b -> b.withTotal(Amount.of("1e13"))), ValidAmount.class,
            RuleIds.FMT_004, "budget.total"),
        nearMiss("total just below 10^13",
            budget(b -> b.withTotal(Amount.of("9999999999999.99")))),
        fault("huge exponent", financing(0, f -> f.withAmount(Amount.of("1e100000000"))),
            ValidAmount.class, RuleIds.FMT_004, "financing[0].amount"),
        fault("negative max grant", call().withMaxGrant(Amount.of("-0.01")), ValidAmount.class,
            RuleIds.FMT_004, "maxGrant"),
        fault("EU contribution with 3 decimals",
            allocation(0, a -> a.withEuContribution(Amount.of("1.001"))), ValidAmount.class,
            RuleIds.FMT_004, "allocations[0].euContribution"),
        fault("expenditure amount with 3 decimals",
            expenditure(1, e -> e.withAmount(Amount.of("1.005"))), ValidAmount.class,
            RuleIds.FMT_004, "expenditure[1].amount"),
        fault("negative document total",
            expenditure(1, e -> e.withDocumentTotal(Amount.of("-42000"))), ValidAmount.class,
            RuleIds.FMT_004, "expenditure[1].documentTotal"),
        fault("negative entry not a correction",
            expenditure(0, e -> e.withAmount(Amount.of("-100"))), CorrectionSign.class,
            RuleIds.FMT_004, "expenditure[0].amount"),
        fault("positive correction",
            expenditure(0, e -> e.withCorrection(true)), CorrectionSign.class,
            RuleIds.FMT_004, "expenditure[0].amount"),
        fault("zero correction",
            expenditure(0, e -> e.withCorrection(true).withAmount(Amount.ZERO)),
            CorrectionSign.class, RuleIds.FMT_004, "expenditure[0].amount"),
        nearMiss("negative correction",
            expenditure(0, e -> e.withCorrection(true).withAmount(Amount.of("-100")))),
        nearMiss("positive entry, correction false",
            expenditure(0, e -> e.withCorrection(false))),
        fault("indirect rate above 1", budget(b -> b.withIndirectCosts(
                ImmutableIndirectCosts.copyOf(b.getIndirectCosts()).withRate(Rate.of("1.07")))),
            ValidRate.class, RuleIds.FMT_004, "budget.indirectCosts.rate"),
        nearMiss("rate of exactly 1", budget(b -> b.withIndirectCosts(
            ImmutableIndirectCosts.copyOf(b.getIndirectCosts()).withRate(Rate.of("1.00"))))),
        fault("negative max EU share", call().withMaxEuShare(Rate.of("-0.1")), ValidRate.class,
            RuleIds.FMT_004, "maxEuShare"),
        fault("declared share above 1", allocation(1, a -> a.withDeclaredShare(Rate.of("36.3"))),
            ValidRate.class, RuleIds.FMT_004, "allocations[1].declaredShare"),
        fault("target of a billion", target(0, t -> t.withTarget(1_000_000_000L)),
            ValidCount.class, RuleIds.FMT_004, "indicators[0].target"),
        nearMiss("target of 999,999,999", target(0, t -> t.withTarget(999_999_999L))),
        fault("negative target", target(1, t -> t.withTarget(-1L)), ValidCount.class,
            RuleIds.FMT_004, "indicators[1].target"),
        fault("negative age count", indicatorValue(3, v -> v.withByAge(
                ImmutableAgeBreakdown.copyOf(v.getByAge()).withOver60(-1L))),
            ValidCount.class, RuleIds.FMT_004, "indicators[3].byAge.over60"),
        fault("negative other gender count", indicatorValue(0, v -> v.withByGender(
                ImmutableGenderBreakdown.copyOf(v.getByGender()).withOther(-3L))),
            ValidCount.class, RuleIds.FMT_004, "indicators[0].byGender.other"),
        fault("indicator total of a billion",
            indicatorValue(2, v -> v.withTotal(1_000_000_000L)), ValidCount.class,
            RuleIds.FMT_004, "indicators[2].total"),
        fault("negative duration", call().withMaxDurationMonths(-1L), ValidCount.class,
            RuleIds.FMT_004, "maxDurationMonths"),

        // FAMI-FMT-005
        fault("project ends before it starts", comIn5().withEnd(LocalDate.of(2023, 6, 30)),
            DateOrder.class, RuleIds.FMT_005, "end"),
        nearMiss("one-day project", comIn5().withEnd(LocalDate.of(2023, 7, 1))),
        fault("extension before the end",
            comIn5().withExtendedEnd(LocalDate.of(2026, 6, 29)), DateOrder.class,
            RuleIds.FMT_005, "extendedEnd"),
        nearMiss("extension on the end", comIn5().withExtendedEnd(LocalDate.of(2026, 6, 30))),
        fault("call closes before it opens", call().withCloses(LocalDate.of(2023, 2, 28)),
            DateOrder.class, RuleIds.FMT_005, "closes"),
        nearMiss("call open one day", call().withCloses(LocalDate.of(2023, 3, 1))),
        fault("project window inverted", call().withProjectWindow(
                ImmutableProjectWindow.copyOf(call().getProjectWindow())
                    .withLatestEnd(LocalDate.of(2023, 6, 30))),
            DateOrder.class, RuleIds.FMT_005, "projectWindow.latestEnd"),

        // FAMI-FMT-006
        fault("extra-regio code in territory",
            comIn5().withTerritory(places("ITG1", "ITF5", "ITZZ")), ValidPlace.class,
            RuleIds.FMT_006, "territory[2].<list element>"),
        nearMiss("third country in territory",
            comIn5().withTerritory(places("ITG1", "IT", "TN", "XK"))),
        fault("unknown partner region", partner(0, p -> p.withRegion(Place.of("ITX9"))),
            ValidPlace.class, RuleIds.FMT_006, "partners[0].region"),
        nearMiss("foreign partner region", partner(0, p -> p.withRegion(Place.of("TN")))),

        // FAMI-FMT-007
        fault("fifth quarter", report().withQuarter(Quarter.of("2024-Q5")), ValidQuarter.class,
            RuleIds.FMT_007, "quarter"),
        fault("quarter in a project's report",
            inProject(report().withQuarter(Quarter.of("24-Q1"))), ValidQuarter.class,
            RuleIds.FMT_007, "reports[0].quarter"),
        nearMiss("fourth quarter", report().withQuarter(Quarter.of("2024-Q4"))),

        // FAMI-FMT-008
        fault("territory twice", comIn5().withTerritory(places("ITG1", "ITF5", "ITG1")),
            UniqueEntries.class, RuleIds.FMT_008, "territory[2]"),
        fault("partner id twice", partner(4, p -> p.withId("80012000826")),
            UniqueEntries.class, RuleIds.FMT_008, "partners[4].id"),
        fault("target group twice", comIn5().withTargetGroups(TargetGroup.WOMEN,
                TargetGroup.MINORS, TargetGroup.WOMEN), UniqueEntries.class, RuleIds.FMT_008,
            "targetGroups[2]"),
        fault("national action twice", classification(c -> c.withNationalActions("a", "a")),
            UniqueEntries.class, RuleIds.FMT_008, "classification.nationalActions[1]"),
        fault("call action twice", comIn5().withCallActions("01", "02", "01"),
            UniqueEntries.class, RuleIds.FMT_008, "callActions[2]"),
        fault("indicator target twice", target(1, t -> t.withId("O.2.2")), UniqueEntries.class,
            RuleIds.FMT_008, "indicators[1].id"),
        fault("indicator value twice in a report", indicatorValue(3, v -> v.withId("O.2.3")),
            UniqueEntries.class, RuleIds.FMT_008, "indicators[3].id"),
        fault("call's own action twice", call().withActions("01", "01"), UniqueEntries.class,
            RuleIds.FMT_008, "actions[1]"),
        fault("eligible lead form twice",
            call().withEligibleLeadForms(LegalForm.REGION, LegalForm.REGION),
            UniqueEntries.class, RuleIds.FMT_008, "eligibleLeadForms[1]"),
        fault("eligible partner form twice",
            call().withEligiblePartnerForms(LegalForm.SCHOOL, LegalForm.REGION, LegalForm.SCHOOL),
            UniqueEntries.class, RuleIds.FMT_008, "eligiblePartnerForms[2]"),
        fault("allocation objective twice", allocation(3, a -> a.withSpecificObjective("OS1")),
            UniqueEntries.class, RuleIds.FMT_008, "allocations[3].specificObjective"),
        fault("call code twice in a dataset",
            Fixtures.dataset().withCalls(call(), call().withTitle("Another call")),
            UniqueEntries.class, RuleIds.FMT_008, "calls[1].code"),
        nearMiss("distinct call codes in a dataset",
            Dataset.builder().from(Fixtures.dataset())
                .calls(List.of(call(), call().withCode("AVVISO-2"))).build()),
        nearMiss("an indicator in two reports",
            comIn5().withReports(report(),
                report().withQuarter(Quarter.of("2024-Q2")))),
        nearMiss("a project's call action equal to a national action",
            comIn5().withCallActions("a")));
  }

  private static Fault fault(
      String name, Object document, Class<? extends Annotation> constraint, String rule,
      String path) {
    return new Fault(name, document, constraint, rule, path);
  }

  private static Fault nearMiss(String name, Object document) {
    return new Fault(name, document, null, null, null);
  }

  // one change deep inside a valid document

  private static <T, I> List<T> replace(List<T> list, int index, Function<T, I> copy,
      Function<I, T> change) {
    List<T> changed = new ArrayList<>(list);
    changed.set(index, change.apply(copy.apply(list.get(index))));
    return changed;
  }

  static ImmutableProject partner(int index, UnaryOperator<ImmutablePartner> change) {
    ImmutableProject p = comIn5();
    return p.withPartners(replace(p.getPartners(), index, ImmutablePartner::copyOf, change::apply));
  }

  static ImmutableProject budget(UnaryOperator<ImmutableBudget> change) {
    ImmutableProject p = comIn5();
    return p.withBudget(change.apply(ImmutableBudget.copyOf(p.getBudget())));
  }

  static ImmutableProject line(int index, UnaryOperator<ImmutableBudgetLine> change) {
    return budget(b -> b.withLines(
        replace(b.getLines(), index, ImmutableBudgetLine::copyOf, change::apply)));
  }

  static ImmutableProject classification(UnaryOperator<ImmutableClassification> change) {
    ImmutableProject p = comIn5();
    return p.withClassification(change.apply(ImmutableClassification.copyOf(
        p.getClassification())));
  }

  static ImmutableProject financing(int index, UnaryOperator<ImmutableFinancing> change) {
    ImmutableProject p = comIn5();
    return p.withFinancing(replace(p.getFinancing(), index, ImmutableFinancing::copyOf,
        change::apply));
  }

  static ImmutableProject target(int index, UnaryOperator<ImmutableIndicatorTarget> change) {
    ImmutableProject p = comIn5();
    return p.withIndicators(replace(p.getIndicators(), index, ImmutableIndicatorTarget::copyOf,
        change::apply));
  }

  static ImmutableProgramme allocation(int index, UnaryOperator<ImmutableAllocation> change) {
    ImmutableProgramme p = programme();
    return p.withAllocations(replace(p.getAllocations(), index, ImmutableAllocation::copyOf,
        change::apply));
  }

  static ImmutableProgressReport expenditure(
      int index, UnaryOperator<ImmutableExpenditure> change) {
    ImmutableProgressReport r = report();
    return r.withExpenditure(replace(r.getExpenditure(), index, ImmutableExpenditure::copyOf,
        change::apply));
  }

  static ImmutableProgressReport indicatorValue(
      int index, UnaryOperator<ImmutableIndicatorValue> change) {
    ImmutableProgressReport r = report();
    return r.withIndicators(replace(r.getIndicators(), index, ImmutableIndicatorValue::copyOf,
        change::apply));
  }

  static ImmutableProject inProject(ImmutableProgressReport report) {
    return comIn5().withReports(report);
  }
}
