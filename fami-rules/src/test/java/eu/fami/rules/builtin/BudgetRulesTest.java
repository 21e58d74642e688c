package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.Fixtures.LEAD;
import static eu.fami.rules.builtin.Fixtures.PARTNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.ImmutableBudget;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProgressReport;
import eu.fami.model.ImmutableProject;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.ProjectStatus;
import eu.fami.model.Rate;
import eu.fami.rules.builtin.budget.BudgetRules;
import eu.fami.rules.builtin.budget.CallAllocationsWithinProgramme;
import eu.fami.rules.builtin.budget.CallGrantsWithinAllocation;
import eu.fami.rules.builtin.budget.DeclaredSharesMatch;
import eu.fami.rules.builtin.budget.EuShareWithinCallMaximum;
import eu.fami.rules.builtin.budget.FinancingAddsUpToTotal;
import eu.fami.rules.builtin.budget.GrantWithinCallMaximum;
import eu.fami.rules.builtin.budget.LinesAddUpToTotal;
import eu.fami.rules.builtin.budget.PartnerHoldsBudget;
import eu.fami.rules.spi.Rule;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The budget rules that need no catalogue: one table per rule id. */
class BudgetRulesTest {
  static final String ASSOCIATE = "80003170661";
  static final String UNKNOWN = "99999999999";

  /** An expected finding: absolute pointer and argument name, value pairs. */
  static Check.Finding at(String pointer, String... nameValuePairs) {
    Map<String, String> args = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      args.put(nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return new Check.Finding(pointer, args);
  }

  static Financing financing(FundingSource source, String amount) {
    return Financing.builder().source(source).amount(Amount.of(amount)).build();
  }

  static ImmutableBudget budget() {
    return ImmutableBudget.copyOf(Fixtures.project().getBudget());
  }

  /** The fixture project with another total and EU and national-rotation-fund financing. */
  static ImmutableProject money(String total, String eu, String national) {
    return money(Fixtures.project(), total, eu, national);
  }

  /** {@code project} with another total and EU and national-rotation-fund financing. */
  static ImmutableProject money(ImmutableProject project, String total, String eu, String national) {
    return project
        .withBudget(ImmutableBudget.copyOf(project.getBudget()).withTotal(Amount.of(total)))
        .withFinancing(
            financing(FundingSource.EU_AMIF, eu),
            financing(FundingSource.NATIONAL_ROTATION_FUND, national));
  }

  static ImmutableProject withLine(int index, BudgetLine line) {
    List<BudgetLine> lines = new java.util.ArrayList<>(budget().getLines());
    lines.set(index, line);
    return Fixtures.project().withBudget(budget().withLines(lines));
  }

  static BudgetLine line(String partner, CostCategory category, Amount amount) {
    return BudgetLine.builder().partner(partner).category(category).amount(amount).build();
  }

  // FAMI-BUD-001

  static Stream<Arguments> linesAddUpToTotal() {
    return Stream.of(
        arguments("valid fixture", Fixtures.project(), List.of()),
        arguments("total one cent above the lines",
            Fixtures.project().withBudget(budget().withTotal(Amount.of("1385650.01"))),
            List.of(at("/budget/total", "sum", "1385650.00", "total", "1385650.01"))),
        arguments("a line one cent above",
            withLine(0, line(LEAD, CostCategory.STAFF, Amount.of("300000.01"))),
            List.of(at("/budget/total", "sum", "1385650.01", "total", "1385650.00"))),
        arguments("total missing (FMT-001's)",
            Fixtures.project().withBudget(budget().withTotal(null)), List.of()),
        arguments("a line without amount (FMT-001's)",
            withLine(0, line(LEAD, CostCategory.STAFF, null)), List.of()),
        arguments("a line with three decimals (FMT-004's)",
            withLine(0, line(LEAD, CostCategory.STAFF, Amount.of("300000.005"))), List.of()),
        arguments("a line of 10^13 (FMT-004's)",
            withLine(0, line(LEAD, CostCategory.STAFF, Amount.of("1e13"))), List.of()),
        arguments("no lines (FMT-001's)",
            Fixtures.project().withBudget(budget().withLines(List.of())), List.of()),
        arguments("no budget", Fixtures.project().withBudget(null), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void linesAddUpToTotal(String name, Project project, List<Check.Finding> expected) {
    assertThat(Check.project(new LinesAddUpToTotal(), project, null))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-002

  static Stream<Arguments> financingAddsUpToTotal() {
    return Stream.of(
        arguments("valid fixture", Fixtures.project(), List.of()),
        arguments("financing one cent above the total",
            money("1385650.00", "692825.01", "692825.00"),
            List.of(at("/financing", "sum", "1385650.01", "total", "1385650.00"))),
        arguments("financing one cent below the total",
            money("1385650.00", "692824.99", "692825.00"),
            List.of(at("/financing", "sum", "1385649.99", "total", "1385650.00"))),
        arguments("three sources add up",
            Fixtures.project().withFinancing(
                financing(FundingSource.EU_AMIF, "692825.00"),
                financing(FundingSource.NATIONAL_ROTATION_FUND, "600000.00"),
                financing(FundingSource.REGIONAL, "92825.00")),
            List.of()),
        arguments("no financing (FMT-001's)", Fixtures.project().withFinancing(List.of()), List.of()),
        arguments("a negative amount (FMT-004's)",
            money("1385650.00", "-692825.00", "692825.00"), List.of()),
        arguments("total missing (FMT-001's)",
            Fixtures.project().withBudget(budget().withTotal(null)), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void financingAddsUpToTotal(String name, Project project, List<Check.Finding> expected) {
    assertThat(Check.project(new FinancingAddsUpToTotal(), project, null))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-003

  static ImmutableProject withAssociate() {
    Partner associate = Partner.builder()
        .id(ASSOCIATE)
        .name("Università degli Studi di Genova")
        .legalForm(LegalForm.UNIVERSITY)
        .role(PartnerRole.ASSOCIATE)
        .build();
    return Fixtures.project().withPartners(
        Stream.concat(Fixtures.project().getPartners().stream(), Stream.of(associate)).toList());
  }

  static ImmutableProject spendingBy(String partner) {
    ImmutableProject p = Fixtures.project();
    ImmutableProgressReport first = ImmutableProgressReport.copyOf(p.getReports().get(0));
    first = first.withExpenditure(Stream.concat(first.getExpenditure().stream(), Stream.of(
        Fixtures.spend(partner, CostCategory.STAFF, "100.00", "X-1", LocalDate.of(2023, 9, 1))))
        .toList());
    return p.withReports(first, p.getReports().get(1));
  }

  static Stream<Arguments> partnerHoldsBudget() {
    return Stream.of(
        arguments("valid fixture", Fixtures.project(), List.of()),
        arguments("a line of an unknown partner",
            withLine(5, line(UNKNOWN, CostCategory.STAFF, Amount.of("200000.00"))),
            List.of(at("/budget/lines/5/partner", "partner", UNKNOWN))),
        arguments("a line of an associate",
            withAssociate().withBudget(budget().withLines(Stream.concat(
                budget().getLines().stream(),
                Stream.of(line(ASSOCIATE, CostCategory.TRAVEL, Amount.of("0.00")))).toList())),
            List.of(at("/budget/lines/15/partner", "partner", ASSOCIATE, "variant", "associate"))),
        arguments("an associate without budget", withAssociate(), List.of()),
        arguments("expenditure of an unknown partner", spendingBy(UNKNOWN),
            List.of(at("/reports/0/expenditure/2/partner", "partner", UNKNOWN))),
        arguments("expenditure of an associate",
            spendingBy(ASSOCIATE).withPartners(withAssociate().getPartners()),
            List.of(at("/reports/0/expenditure/2/partner", "partner", ASSOCIATE,
                "variant", "associate"))),
        arguments("a line without partner (FMT-001's)",
            withLine(5, line(null, CostCategory.STAFF, Amount.of("200000.00"))), List.of()),
        arguments("a partner's id compared exactly",
            withLine(5, line(PARTNER + " ", CostCategory.STAFF, Amount.of("200000.00"))),
            List.of(at("/budget/lines/5/partner", "partner", PARTNER + " "))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void partnerHoldsBudget(String name, Project project, List<Check.Finding> expected) {
    assertThat(Check.project(new PartnerHoldsBudget(), project, null))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-005

  static Stream<Arguments> euShareWithinCallMaximum() {
    Call call = Fixtures.call(); // maxEuShare 0.75
    return Stream.of(
        arguments("valid fixture (50%)", Fixtures.project(), call, List.of()),
        arguments("exactly 75%", money("1000000.00", "750000.00", "250000.00"), call, List.of()),
        arguments("75.01%", money("1000000.00", "750100.00", "249900.00"), call,
            List.of(at("/financing/0/amount", "share", "75.01%", "cap", "75.00%"))),
        arguments("75.0000003%", money("100000000.00", "75000000.30", "24999999.70"), call,
            List.of(at("/financing/0/amount", "share", "75.0000003%", "cap", "75.00%"))),
        arguments("75.0000033...% (not a finite decimal)",
            money("300000.00", "225000.01", "74999.99"), call,
            List.of(at("/financing/0/amount", "share", "75.000003%", "cap", "75.00%"))),
        arguments("two EU entries summed, reported at the first",
            Fixtures.project().withBudget(budget().withTotal(Amount.of("1000000.00")))
                .withFinancing(
                    financing(FundingSource.OWN_RESOURCES, "100000.00"),
                    financing(FundingSource.EU_AMIF, "500000.00"),
                    financing(FundingSource.EU_AMIF, "300000.00"),
                    financing(FundingSource.NATIONAL_ROTATION_FUND, "100000.00")),
            call,
            List.of(at("/financing/1/amount", "share", "80.00%", "cap", "75.00%"))),
        arguments("call with a lower maximum",
            Fixtures.project(), ImmutableCall.copyOf(call).withMaxEuShare(Rate.of("0.4999")),
            List.of(at("/financing/0/amount", "share", "50.00%", "cap", "49.99%"))),
        arguments("call without maximum", money("1000000.00", "900000.00", "100000.00"),
            ImmutableCall.copyOf(call).withMaxEuShare(null), List.of()),
        arguments("call maximum outside 0..1 (FMT-004's)",
            money("1000000.00", "900000.00", "100000.00"),
            ImmutableCall.copyOf(call).withMaxEuShare(Rate.of("-0.5")), List.of()),
        arguments("no EU financing", Fixtures.project().withFinancing(
            financing(FundingSource.REGIONAL, "1385650.00")), call, List.of()),
        arguments("total zero", money("0.00", "1.00", "0.00"), call, List.of()),
        arguments("EU amount with three decimals (FMT-004's)",
            money("1000000.00", "900000.001", "100000.00"), call, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void euShareWithinCallMaximum(String name, Project project, Call call, List<Check.Finding> expected) {
    assertThat(Check.project(new EuShareWithinCallMaximum(), project, call))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-008

  static Stream<Arguments> grantWithinCallMaximum() {
    ImmutableCall call = ImmutableCall.copyOf(Fixtures.call()); // maxGrant 3,000,000.00
    return Stream.of(
        arguments("valid fixture", Fixtures.project(), call, List.of()),
        arguments("grant equal to the maximum", Fixtures.project(),
            call.withMaxGrant(Amount.of("1385650.00")), List.of()),
        arguments("grant one cent above, made of two entries", Fixtures.project(),
            call.withMaxGrant(Amount.of("1385649.99")),
            List.of(at("/financing", "grant", "1385650.00", "max", "1385649.99"))),
        arguments("grant of one entry",
            Fixtures.project().withFinancing(
                financing(FundingSource.OWN_RESOURCES, "385650.00"),
                financing(FundingSource.EU_AMIF, "1000000.00")),
            call.withMaxGrant(Amount.of("999999.99")),
            List.of(at("/financing/1/amount", "grant", "1000000.00", "max", "999999.99"))),
        arguments("other sources are not grant",
            Fixtures.project().withFinancing(
                financing(FundingSource.EU_AMIF, "500000.00"),
                financing(FundingSource.REGIONAL, "885650.00")),
            call.withMaxGrant(Amount.of("500000.00")), List.of()),
        arguments("call without maximum", Fixtures.project(), call.withMaxGrant(null), List.of()),
        arguments("grant amount out of bounds (FMT-004's)",
            money("1385650.00", "1e13", "0.00"), call, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void grantWithinCallMaximum(String name, Project project, Call call, List<Check.Finding> expected) {
    assertThat(Check.project(new GrantWithinCallMaximum(), project, call))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-009

  static ImmutableProject fundedProject(String code, ProjectStatus status) {
    return Fixtures.project().withCode(code).withStatus(status); // grant 1,385,650.00
  }

  static Stream<Arguments> callGrantsWithinAllocation() {
    ImmutableCall call = ImmutableCall.copyOf(Fixtures.call()).withAllocation(Amount.of("2771300.00"));
    Call other = ImmutableCall.copyOf(Fixtures.call()).withCode("AVVISO-2").withAllocation(
        Amount.of("1000000.00"));
    Project a = fundedProject("A", null);
    Project b = fundedProject("B", ProjectStatus.CLOSED);
    return Stream.of(
        arguments("one valid project", List.of(Fixtures.call()), List.of(Fixtures.project()),
            List.of()),
        arguments("grants equal to the allocation", List.of(call), List.of(a, b), List.of()),
        arguments("a third admitted project crosses it", List.of(call),
            List.of(a, b, fundedProject("C", ProjectStatus.ADMITTED)),
            List.of(at("/calls/0/allocation", "call", "AVVISO-FL-2023", "grants", "4156950.00",
                "allocation", "2771300.00"))),
        arguments("submitted, rejected and withdrawn projects do not count", List.of(call),
            List.of(a, b, fundedProject("C", ProjectStatus.SUBMITTED),
                fundedProject("D", ProjectStatus.REJECTED),
                fundedProject("E", ProjectStatus.WITHDRAWN)),
            List.of()),
        arguments("reported at the call's index", List.of(other, call),
            List.of(a, fundedProject("C", null), b),
            List.of(at("/calls/1/allocation", "call", "AVVISO-FL-2023", "grants", "4156950.00",
                "allocation", "2771300.00"))),
        arguments("per call", List.of(call, other),
            List.of(a, b, fundedProject("C", null).withCall("AVVISO-2")),
            List.of(at("/calls/1/allocation", "call", "AVVISO-2", "grants", "1385650.00",
                "allocation", "1000000.00"))),
        arguments("project of a call not in the dataset (REF-001's)", List.of(call),
            List.of(a, b, fundedProject("C", null).withCall("AVVISO-X")), List.of()),
        arguments("call without allocation (FMT-001's)", List.of(call.withAllocation(null)),
            List.of(a, b, fundedProject("C", null)), List.of()),
        arguments("a grant that cannot be judged adds nothing", List.of(call),
            List.of(a, b, money("1385650.00", "1385650.001", "0.00").withCode("C")), List.of()));
  }

  @Test
  void callGrantsOnlyInADataset() {
    Call call = ImmutableCall.copyOf(Fixtures.call()).withAllocation(Amount.of("1000000.00"));
    assertThat(Check.dataset(new CallGrantsWithinAllocation(), null, List.of(call),
        List.of(Fixtures.project()))).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void callGrantsWithinAllocation(
      String name, List<Call> calls, List<Project> projects, List<Check.Finding> expected) {
    assertThat(Check.dataset(new CallGrantsWithinAllocation(), Fixtures.programme(), calls, projects))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-010

  static Call callUnder(String code, String objective, String allocation) {
    return ImmutableCall.copyOf(Fixtures.call())
        .withCode(code)
        .withClassification(Classification.builder().specificObjective(objective).build())
        .withAllocation(Amount.of(allocation));
  }

  static Stream<Arguments> callAllocationsWithinProgramme() {
    // the programme allocates OS2 399,252,022.00 and OS3 92,841,851.00
    return Stream.of(
        arguments("the example call", List.of(Fixtures.call()), List.of()),
        arguments("no calls (a programme document)", List.of(), List.of()),
        arguments("calls equal to the allocation",
            List.of(callUnder("C1", "OS2", "300000000.00"), callUnder("C2", "OS2", "99252022.00")),
            List.of()),
        arguments("the second call crosses it",
            List.of(callUnder("C1", "OS2", "300000000.00"), callUnder("C2", "OS2", "99252022.01"),
                callUnder("C3", "OS2", "1.00")),
            List.of(at("/allocations/1/amount", "objective", "OS2", "calls", "399252023.01",
                "allocation", "399252022.00", "call", "C2"))),
        arguments("per objective",
            List.of(callUnder("C1", "OS3", "92841851.01"), callUnder("C2", "OS2", "1.00")),
            List.of(at("/allocations/2/amount", "objective", "OS3", "calls", "92841851.01",
                "allocation", "92841851.00", "call", "C1"))),
        arguments("objective the programme does not allocate (CAT-001's)",
            List.of(callUnder("C1", "OS9", "1000000000.00")), List.of()),
        arguments("call without objective",
            List.of(ImmutableCall.copyOf(Fixtures.call()).withClassification(null)
                .withAllocation(Amount.of("1000000000.00"))),
            List.of()),
        arguments("call allocation that cannot be judged",
            List.of(callUnder("C1", "OS3", "92841851.001")), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void callAllocationsWithinProgramme(String name, List<Call> calls, List<Check.Finding> expected) {
    assertThat(Check.programme(new CallAllocationsWithinProgramme(), Fixtures.programme(), calls))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void callAllocationsAgainstAProgrammeAllocationThatCannotBeJudged() {
    Programme programme = ImmutableProgramme.copyOf(Fixtures.programme()).withAllocations(
        Fixtures.allocation("OS2", "100.00"),
        Allocation.builder().specificObjective("OS2").build());
    assertThat(Check.programme(new CallAllocationsWithinProgramme(), programme,
        List.of(callUnder("C1", "OS2", "1000.00")))).isEmpty();
  }

  // FAMI-BUD-012

  static Allocation declared(String objective, String amount, String euContribution, String share) {
    return Allocation.builder()
        .specificObjective(objective)
        .amount(Amount.of(amount))
        .euContribution(euContribution == null ? null : Amount.of(euContribution))
        .declaredShare(share == null ? null : Rate.of(share))
        .build();
  }

  static Programme withOs2Declared(String share) {
    List<Allocation> allocations = new java.util.ArrayList<>(Fixtures.programme().getAllocations());
    allocations.set(1, declared("OS2", "399252022.00", null, share));
    return ImmutableProgramme.copyOf(Fixtures.programme()).withAllocations(allocations);
  }

  static Programme halves(Allocation first, Allocation second) {
    return ImmutableProgramme.copyOf(Fixtures.programme()).withAllocations(first, second);
  }

  static Stream<Arguments> declaredSharesMatch() {
    return Stream.of(
        arguments("the example programme: OS2 declared 36.3%, computed 40.69%",
            Fixtures.programme(),
            List.of(at("/allocations/1/declaredShare", "objective", "OS2", "declared", "36.30%",
                "computed", "40.69%"))),
        arguments("declared within 0.1 pp below", withOs2Declared("0.4059"), List.of()),
        arguments("declared 0.107 pp below", withOs2Declared("0.4058"),
            List.of(at("/allocations/1/declaredShare", "objective", "OS2", "declared", "40.58%",
                "computed", "40.69%"))),
        arguments("declared within 0.1 pp above", withOs2Declared("0.4078"), List.of()),
        arguments("no declared share", withOs2Declared(null), List.of()),
        arguments("difference of exactly 0.1 pp",
            halves(declared("OS1", "500.00", null, "0.501"), declared("OS2", "500.00", null, null)),
            List.of()),
        arguments("difference just above 0.1 pp",
            halves(declared("OS1", "500.00", null, "0.5011"), declared("OS2", "500.00", null, null)),
            List.of(at("/allocations/0/declaredShare", "objective", "OS1", "declared", "50.11%",
                "computed", "50.00%"))),
        arguments("EU contributions are the base when every allocation states one",
            halves(declared("OS1", "1000.00", "750.00", "0.5"),
                declared("OS2", "1000.00", "250.00", "0.5")),
            List.of(
                at("/allocations/0/declaredShare", "objective", "OS1", "declared", "50.00%",
                    "computed", "75.00%"),
                at("/allocations/1/declaredShare", "objective", "OS2", "declared", "50.00%",
                    "computed", "25.00%"))),
        arguments("amounts are the base when one allocation lacks its EU contribution",
            halves(declared("OS1", "1000.00", "750.00", "0.5"),
                declared("OS2", "1000.00", null, "0.5")),
            List.of()),
        arguments("declared share outside 0..1 (FMT-004's)", withOs2Declared("1.5"), List.of()),
        arguments("an allocation amount that cannot be judged",
            halves(declared("OS1", "500.005", null, "0.9"), declared("OS2", "500.00", null, null)),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void declaredSharesMatch(String name, Programme programme, List<Check.Finding> expected) {
    assertThat(Check.programme(new DeclaredSharesMatch(), programme, List.of()))
        .containsExactlyElementsOf(expected);
  }

  // Every rule on the valid fixtures

  @Test
  void theValidFixturesGiveNoFindingButTheExampleProgrammesShareWarning() {
    Check.Finding os2 = at("/allocations/1/declaredShare", "objective", "OS2",
        "declared", "36.30%", "computed", "40.69%");
    for (Rule rule : BudgetRules.rules()) {
      // programme rules run on the programme alone and with the dataset's call
      List<Check.Finding> expected =
          rule instanceof DeclaredSharesMatch ? List.of(os2, os2) : List.of();
      assertThat(AllRules.findings(rule))
          .as(rule.definition().getId())
          .containsExactlyElementsOf(expected);
    }
  }

  @Test
  void theGroupListsEveryIdOnceInOrder() {
    assertThat(BudgetRules.rules())
        .extracting(r -> r.definition().getId())
        .containsExactly("FAMI-BUD-001", "FAMI-BUD-002", "FAMI-BUD-003", "FAMI-BUD-004",
            "FAMI-BUD-005", "FAMI-BUD-006", "FAMI-BUD-007", "FAMI-BUD-008", "FAMI-BUD-009",
            "FAMI-BUD-010", "FAMI-BUD-011", "FAMI-BUD-012");
  }
}
