package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.ExpectedFindings.finding;
import static eu.fami.rules.builtin.Fixtures.LEAD;
import static eu.fami.rules.builtin.Fixtures.PARTNER;
import static eu.fami.rules.builtin.Fixtures.THIRD_SECTOR;
import static eu.fami.rules.builtin.Fixtures.spend;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.AgeBreakdown;
import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.CostCategory;
import eu.fami.model.Expenditure;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndicatorValue;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Check.Finding;
import eu.fami.rules.builtin.monitoring.BreakdownAddsUp;
import eu.fami.rules.builtin.monitoring.CategoryWithinBudgetLine;
import eu.fami.rules.builtin.monitoring.ExpenditureHasBudgetLine;
import eu.fami.rules.builtin.monitoring.ExpenditureWithinBudget;
import eu.fami.rules.builtin.monitoring.IndicatorDeclared;
import eu.fami.rules.builtin.monitoring.MonitoringRules;
import eu.fami.rules.builtin.monitoring.NoQuarterMissing;
import eu.fami.rules.builtin.monitoring.QuarterReportedOnce;
import eu.fami.rules.builtin.monitoring.ReportedDatesWithinProject;
import eu.fami.rules.spi.ImmutableProjectScope;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.RuleParameters;
import eu.fami.rules.spi.Rule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FAMI-MON-001..008 on the Liguria project (reports 2023-Q3 and Q4) and variations of it. */
class MonitoringRulesTest {
  private static final ImmutableProject LIG = Fixtures.project();

  /** The first quarter of 2024 of the example report document, appended as the engine does. */
  private static final ProgressReport LIG_2024_Q1 =
      ProgressReport.builder()
          .quarter(Quarter.of("2024-Q1"))
          .addExpenditure(
              spend(LEAD, CostCategory.STAFF, "44800.00", "LIG-2024-0003", LocalDate.of(2024, 3, 28)),
              Expenditure.builder()
                  .from(spend(PARTNER, CostCategory.SERVICES, "21000.00", "GE-FT-2024-017",
                      LocalDate.of(2024, 2, 14)))
                  .documentTotal(Amount.of("42000.00"))
                  .build(),
              spend(THIRD_SECTOR, CostCategory.TRAVEL, "1250.40", "MA-2024-009",
                  LocalDate.of(2024, 1, 31)))
          .addIndicators(
              value("O.2.3", 240, 131, 109, 22, 214, 4),
              value("O.2.3.1", 205, 118, 87, 20, 182, 3),
              value("O.2.3.2", 120, 70, 50, 0, 118, 2),
              value("R.2.8", 64, 40, 24, 5, 59, 0))
          .build();

  @Test
  void listsEveryMonitoringRuleOnceInIdOrder() {
    assertThat(MonitoringRules.rules())
        .extracting(r -> r.definition().getId())
        .containsExactly(RuleIds.MON_001, RuleIds.MON_002, RuleIds.MON_003, RuleIds.MON_004,
            RuleIds.MON_005, RuleIds.MON_006, RuleIds.MON_007, RuleIds.MON_008);
  }

  static Stream<Arguments> validProjects() {
    return Stream.of(
        Arguments.of("Liguria, 2023-Q3 and Q4", LIG),
        Arguments.of("Liguria with the 2024-Q1 report appended", appended(LIG_2024_Q1)),
        Arguments.of("Lab'Impact, no reports", Fixtures.labImpact()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validProjects")
  void validProjectsGiveNoFinding(String name, Project project) {
    for (Rule rule : MonitoringRules.rules()) {
      assertThat(Check.project((ProjectRule) rule, project, Fixtures.call()))
          .as(rule.definition().getId())
          .isEmpty();
    }
  }

  static Stream<Arguments> mon001() {
    return Stream.of(
        Arguments.of("a quarter reported again", reports("2023-Q3", "2023-Q4", "2023-Q3"),
            List.of(finding("/reports/2/quarter", "quarter", "2023-Q3"))),
        Arguments.of("reported three times: each later one",
            reports("2023-Q3", "2023-Q3", "2023-Q3"),
            List.of(finding("/reports/1/quarter", "quarter", "2023-Q3"),
                finding("/reports/2/quarter", "quarter", "2023-Q3"))),
        Arguments.of("distinct quarters", reports("2023-Q3", "2023-Q4", "2024-Q1"), List.of()),
        Arguments.of("a malformed quarter twice is FAMI-FMT-007's",
            reports("2023-Q5", "2023-Q5"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon001")
  void quarterReportedOnce(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new QuarterReportedOnce(), project, null)).isEqualTo(expected);
  }

  static Stream<Arguments> mon002() {
    return Stream.of(
        Arguments.of("one quarter missing", reports("2023-Q3", "2024-Q1"),
            List.of(finding("/reports/1/quarter",
                "missing", "2023-Q4", "previous", "2023-Q3", "next", "2024-Q1"))),
        Arguments.of("three missing: one finding, the first missing",
            reports("2023-Q3", "2024-Q3"),
            List.of(finding("/reports/1/quarter",
                "missing", "2023-Q4", "previous", "2023-Q3", "next", "2024-Q3"))),
        Arguments.of("reports out of order", reports("2024-Q1", "2023-Q3"),
            List.of(finding("/reports/0/quarter",
                "missing", "2023-Q4", "previous", "2023-Q3", "next", "2024-Q1"))),
        Arguments.of("two gaps", reports("2023-Q3", "2024-Q1", "2024-Q3"),
            List.of(
                finding("/reports/1/quarter",
                    "missing", "2023-Q4", "previous", "2023-Q3", "next", "2024-Q1"),
                finding("/reports/2/quarter",
                    "missing", "2024-Q2", "previous", "2024-Q1", "next", "2024-Q3"))),
        Arguments.of("across the year", reports("2023-Q4", "2024-Q1"), List.of()),
        Arguments.of("quarters before the first report are not counted", reports("2024-Q2"),
            List.of()),
        Arguments.of("a repeated quarter is no gap", reports("2023-Q3", "2023-Q3", "2023-Q4"),
            List.of()),
        Arguments.of("no reports", LIG.withReports(List.of()), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon002")
  void noQuarterMissing(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new NoQuarterMissing(), project, null)).isEqualTo(expected);
  }

  static Stream<Arguments> mon003() {
    LocalDate q3 = LocalDate.of(2023, 9, 30);
    return Stream.of(
        Arguments.of("quarter before the start", reports("2023-Q2"),
            List.of(finding("/reports/0/quarter",
                "quarter", "2023-Q2", "start", "2023-07-01", "end", "2026-06-30"))),
        Arguments.of("quarter after the end", reports("2026-Q3"),
            List.of(finding("/reports/0/quarter",
                "quarter", "2026-Q3", "start", "2023-07-01", "end", "2026-06-30"))),
        Arguments.of("first and last quarters", reports("2023-Q3", "2026-Q2"), List.of()),
        Arguments.of("quarter within the extended end",
            reports("2026-Q4").withExtendedEnd(LocalDate.of(2026, 12, 31)), List.of()),
        Arguments.of("quarter after the extended end",
            reports("2027-Q1").withExtendedEnd(LocalDate.of(2026, 12, 31)),
            List.of(finding("/reports/0/quarter",
                "quarter", "2027-Q1", "start", "2023-07-01", "end", "2026-12-31"))),
        Arguments.of("expenditure after its quarter", reportWith("2023-Q3", dated(q3.plusDays(1))),
            List.of(finding("/reports/0/expenditure/0/date",
                "variant", "late", "date", "2023-10-01", "quarterEnd", "2023-09-30"))),
        Arguments.of("expenditure on the quarter's last day", reportWith("2023-Q3", dated(q3)),
            List.of()),
        Arguments.of("a Q3 payment declared in Q4", reportWith("2023-Q4", dated(q3)), List.of()),
        Arguments.of("expenditure before the start",
            reportWith("2023-Q3", dated(LocalDate.of(2023, 6, 30))),
            List.of(finding("/reports/0/expenditure/0/date",
                "variant", "outside", "date", "2023-06-30", "start", "2023-07-01",
                "end", "2026-06-30"))),
        Arguments.of("expenditure on the start day",
            reportWith("2023-Q3", dated(LocalDate.of(2023, 7, 1))), List.of()),
        Arguments.of("expenditure both late and after the end",
            reportWith("2026-Q2", dated(LocalDate.of(2026, 7, 1))),
            List.of(
                finding("/reports/0/expenditure/0/date",
                    "variant", "late", "date", "2026-07-01", "quarterEnd", "2026-06-30"),
                finding("/reports/0/expenditure/0/date",
                    "variant", "outside", "date", "2026-07-01", "start", "2023-07-01",
                    "end", "2026-06-30"))),
        Arguments.of("inverted project dates are FAMI-FMT-005's",
            reportWith("2023-Q3", dated(LocalDate.of(2020, 1, 1)))
                .withEnd(LocalDate.of(2023, 1, 1)),
            List.of()),
        Arguments.of("no start date", reports("2020-Q1").withStart(null), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon003")
  void reportedDatesWithinProject(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new ReportedDatesWithinProject(), project, null)).isEqualTo(expected);
  }

  static Stream<Arguments> mon004() {
    // the Liguria reports spend 42000 + 18000 (Q3) and 45500 + 31000 (Q4) = 136500.00
    return Stream.of(
        Arguments.of("spent equals the total", withTotal(LIG, "136500.00"), List.of()),
        Arguments.of("one cent above the total", withTotal(LIG, "136499.99"),
            List.of(finding("/reports/1/expenditure/1/amount",
                "spent", "136500.00", "total", "136499.99"))),
        Arguments.of("crossed by an earlier entry", withTotal(LIG, "100000.00"),
            List.of(finding("/reports/1/expenditure/0/amount",
                "spent", "136500.00", "total", "100000.00"))),
        Arguments.of("a later correction cures it",
            withTotal(appended(report("2024-Q1", correction(LEAD, "-0.01"))), "136499.99"),
            List.of()),
        Arguments.of("crossed again after a correction: the last crossing",
            withTotal(appended(report("2024-Q1", correction(LEAD, "-40000.00"),
                    spend(LEAD, CostCategory.STAFF, "5000.00", "LIG-2024-1", LocalDate.of(2024, 1, 9)))),
                "100000.00"),
            List.of(finding("/reports/2/expenditure/1/amount",
                "spent", "101500.00", "total", "100000.00"))),
        Arguments.of("an amount with three decimals is FAMI-FMT-004's",
            withTotal(appended(report("2024-Q1",
                    spend(LEAD, CostCategory.STAFF, "0.001", "LIG-2024-1", LocalDate.of(2024, 1, 9)))),
                "136500.00"),
            List.of()),
        Arguments.of("a negative entry that is no correction is FAMI-FMT-004's",
            withTotal(appended(report("2024-Q1",
                    spend(LEAD, CostCategory.STAFF, "-1.00", "LIG-2024-1", LocalDate.of(2024, 1, 9)),
                    spend(LEAD, CostCategory.STAFF, "0.50", "LIG-2024-2", LocalDate.of(2024, 1, 9)))),
                "136500.49"),
            List.of(finding("/reports/2/expenditure/1/amount",
                "spent", "136500.50", "total", "136500.49"))),
        Arguments.of("an invalid total is FAMI-FMT-004's", withTotal(LIG, "-1.00"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon004")
  void expenditureWithinBudget(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new ExpenditureWithinBudget(), project, null)).isEqualTo(expected);
  }

  static Stream<Arguments> mon005() {
    // LEAD's STAFF line is 300000.00 and the reports spend 42000 + 45500 = 87500.00 on it;
    // 10% more is 330000.00, so 242500.00 more reaches it exactly
    return Stream.of(
        Arguments.of("exactly 110% of the line", leadStaff("242500.00"), List.of()),
        Arguments.of("one cent above 110% of the line", leadStaff("242500.01"),
            List.of(finding("/reports/2/expenditure/0/amount",
                "partner", LEAD, "category", "STAFF", "spent", "330000.01",
                "budget", "300000.00", "tolerance", "10.00%"))),
        Arguments.of("reported once per partner and category",
            appended(report("2024-Q1",
                spend(LEAD, CostCategory.STAFF, "250000.00", "LIG-2024-1", LocalDate.of(2024, 1, 9)),
                spend(LEAD, CostCategory.STAFF, "1.00", "LIG-2024-2", LocalDate.of(2024, 1, 9)),
                spend(PARTNER, CostCategory.TRAVEL, "5500.01", "GE-2024-1", LocalDate.of(2024, 1, 9)))),
            List.of(
                finding("/reports/2/expenditure/0/amount",
                    "partner", LEAD, "category", "STAFF", "spent", "337501.00",
                    "budget", "300000.00", "tolerance", "10.00%"),
                finding("/reports/2/expenditure/2/amount",
                    "partner", PARTNER, "category", "TRAVEL", "spent", "5500.01",
                    "budget", "5000.00", "tolerance", "10.00%"))),
        Arguments.of("a category without a line is FAMI-MON-008's",
            appended(report("2024-Q1",
                spend(LEAD, CostCategory.EQUIPMENT, "1.00", "LIG-2024-1", LocalDate.of(2024, 1, 9)))),
            List.of()),
        Arguments.of("a correction brings it back within",
            appended(report("2024-Q1",
                spend(LEAD, CostCategory.STAFF, "242500.01", "LIG-2024-1", LocalDate.of(2024, 1, 9)),
                correction(LEAD, "-0.01"))),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon005")
  void categoryWithinBudgetLine(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new CategoryWithinBudgetLine(), project, null)).isEqualTo(expected);
  }

  @Test
  void categoryToleranceIsAParameter() {
    List<Finding> found = new ArrayList<>();
    new CategoryWithinBudgetLine()
        .check(
            ImmutableProjectScope.copyOf(Check.scope(leadStaff("212500.01"), null, 0, false, null))
                .withParameters(
                    RuleParameters.builder().categoryOverrunTolerance(BigDecimal.ZERO).build()),
            (pointer, args) -> found.add(new Finding(pointer, Map.copyOf(args))));
    assertThat(found)
        .containsExactly(finding("/reports/2/expenditure/0/amount",
            "partner", LEAD, "category", "STAFF", "spent", "300000.01",
            "budget", "300000.00", "tolerance", "0.00%"));
  }

  static Stream<Arguments> mon006() {
    return Stream.of(
        Arguments.of("an indicator the project does not declare",
            appended(ProgressReport.builder().quarter(Quarter.of("2024-Q1"))
                .addIndicators(value("O.2.3", 10, 5, 5, 0, 10, 0), value("O.2.5", 10, 5, 5, 0, 10, 0))
                .build()),
            List.of(finding("/reports/2/indicators/1/id", "indicator", "O.2.5"))),
        Arguments.of("declared indicators only", LIG, List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon006")
  void indicatorDeclared(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new IndicatorDeclared(), project, null)).isEqualTo(expected);
  }

  static Stream<Arguments> mon007() {
    return Stream.of(
        Arguments.of("gender does not add up", indicator(value("O.2.3", 181, 100, 80, 0, 181, 0)),
            List.of(finding("/reports/2/indicators/0/byGender", "variant", "gender",
                "breakdown", "gender", "indicator", "O.2.3", "sum", "180", "total", "181"))),
        Arguments.of("age does not add up", indicator(value("O.2.3", 180, 100, 80, 1, 178, 0)),
            List.of(finding("/reports/2/indicators/0/byAge", "variant", "age",
                "breakdown", "age", "indicator", "O.2.3", "sum", "179", "total", "180"))),
        Arguments.of("other counts in the gender sum",
            indicator(IndicatorValue.builder().from(value("O.2.3", 181, 100, 80, 0, 181, 0))
                .byGender(GenderBreakdown.builder().female(100L).male(80L).other(1L).build())
                .build()),
            List.of()),
        Arguments.of("no breakdown",
            indicator(IndicatorValue.builder().id("O.2.3").total(12L).build()), List.of()),
        Arguments.of("a missing count is FAMI-FMT-001's",
            indicator(IndicatorValue.builder().id("O.2.3").total(12L)
                .byGender(GenderBreakdown.builder().female(2L).build())
                .byAge(AgeBreakdown.builder().under18(1L).over60(1L).build())
                .build()),
            List.of()),
        Arguments.of("a count out of range is FAMI-FMT-004's",
            indicator(IndicatorValue.builder().id("O.2.3").total(12L)
                .byGender(GenderBreakdown.builder().female(Long.MAX_VALUE).male(Long.MAX_VALUE).build())
                .build()),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon007")
  void breakdownAddsUp(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new BreakdownAddsUp(), project, null)).isEqualTo(expected);
  }

  static Stream<Arguments> mon008() {
    LocalDate day = LocalDate.of(2024, 1, 9);
    return Stream.of(
        Arguments.of("a category without a line",
            appended(report("2024-Q1", spend(LEAD, CostCategory.EQUIPMENT, "1.00", "L-1", day))),
            List.of(finding("/reports/2/expenditure/0/category",
                "partner", LEAD, "category", "EQUIPMENT"))),
        Arguments.of("a category with a line",
            appended(report("2024-Q1", spend(LEAD, CostCategory.TRAVEL, "1.00", "L-1", day))),
            List.of()),
        Arguments.of("an unknown partner is FAMI-BUD-003's",
            appended(report("2024-Q1",
                spend("00000000000", CostCategory.EQUIPMENT, "1.00", "L-1", day))),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mon008")
  void expenditureHasBudgetLine(String name, Project project, List<Finding> expected) {
    assertThat(Check.project(new ExpenditureHasBudgetLine(), project, null)).isEqualTo(expected);
  }

  // --- builders

  /** Liguria with empty reports of {@code quarters}. */
  private static ImmutableProject reports(String... quarters) {
    List<ProgressReport> reports = new ArrayList<>();
    for (String q : quarters) {
      reports.add(report(q));
    }
    return LIG.withReports(reports);
  }

  private static ProgressReport report(String quarter, Expenditure... entries) {
    return ProgressReport.builder().quarter(Quarter.of(quarter)).addExpenditure(entries).build();
  }

  /** Liguria with one report of {@code quarter} holding {@code entry}. */
  private static ImmutableProject reportWith(String quarter, Expenditure entry) {
    return LIG.withReports(report(quarter, entry));
  }

  /** Liguria's reports plus {@code report}. */
  private static ImmutableProject appended(ProgressReport report) {
    List<ProgressReport> reports = new ArrayList<>(LIG.getReports());
    reports.add(report);
    return LIG.withReports(reports);
  }

  private static ImmutableProject leadStaff(String amount) {
    return appended(report("2024-Q1",
        spend(LEAD, CostCategory.STAFF, amount, "LIG-2024-1", LocalDate.of(2024, 1, 9))));
  }

  private static ImmutableProject indicator(IndicatorValue value) {
    return appended(ProgressReport.builder().quarter(Quarter.of("2024-Q1")).addIndicators(value).build());
  }

  private static Expenditure dated(LocalDate date) {
    return spend(LEAD, CostCategory.STAFF, "100.00", "LIG-X", date);
  }

  private static Expenditure correction(String partner, String amount) {
    return Expenditure.builder()
        .from(spend(partner, CostCategory.STAFF, amount, "LIG-2023-0002", LocalDate.of(2024, 1, 9)))
        .correction(true)
        .build();
  }

  private static ImmutableProject withTotal(ImmutableProject p, String total) {
    return p.withBudget(Budget.builder().from(p.getBudget()).total(Amount.of(total)).build());
  }

  private static IndicatorValue value(
      String id, long total, long female, long male, long under18, long adults, long over60) {
    return IndicatorValue.builder()
        .id(id)
        .total(total)
        .byGender(GenderBreakdown.builder().female(female).male(male).build())
        .byAge(AgeBreakdown.builder().under18(under18).from18to60(adults).over60(over60).build())
        .build();
  }
}
