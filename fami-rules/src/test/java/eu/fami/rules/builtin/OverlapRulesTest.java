package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.ExpectedFindings.finding;
import static eu.fami.rules.builtin.Fixtures.LEAD;
import static eu.fami.rules.builtin.Fixtures.PARTNER;
import static eu.fami.rules.builtin.Fixtures.spend;
import static org.assertj.core.api.Assertions.assertThat;

import eu.fami.model.Amount;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.Cup;
import eu.fami.model.Expenditure;
import eu.fami.model.ImmutablePartner;
import eu.fami.model.ImmutableProject;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Place;
import eu.fami.model.ProgressReport;
import eu.fami.model.ProjectStatus;
import eu.fami.model.Quarter;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Check.Finding;
import eu.fami.rules.builtin.overlap.CupUsedOnce;
import eu.fami.rules.builtin.overlap.ExpenditureDeclaredOnce;
import eu.fami.rules.builtin.overlap.OverlapRules;
import eu.fami.rules.builtin.overlap.OverlappingProjects;
import eu.fami.rules.builtin.overlap.ProjectCodeUnique;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** FAMI-OVL-001..004 over datasets made of the Liguria project and variations of it. */
class OverlapRulesTest {
  private static final ImmutableProject LIG = Fixtures.project();
  /** Lombardy's project of the example dataset, as far as these rules look at it. */
  private static final ImmutableProject LOM = other("PROG-FL-LOM", "E41J23000410006", "80050050154", "ITC4");
  /** Sicily's project of the example dataset, as far as these rules look at it. */
  private static final ImmutableProject SIC = other("PROG-FL-SIC", "G71J23000330006", "80012000826", "ITG1");
  private static final LocalDate DAY = LocalDate.of(2024, 1, 9);

  @Test
  void listsEveryOverlapRuleOnceInIdOrder() {
    assertThat(OverlapRules.rules())
        .extracting(r -> r.definition().getId())
        .containsExactly(RuleIds.OVL_001, RuleIds.OVL_002, RuleIds.OVL_003, RuleIds.OVL_004);
  }

  static Stream<Arguments> validDocuments() {
    return Stream.of(
        Arguments.of("the example dataset's three regional projects", List.of(LIG, LOM, SIC)),
        Arguments.of("the Liguria project document", List.of(LIG)),
        Arguments.of("Liguria with the 2024-Q1 report's instalment",
            List.of(appended(LIG, report(instalment(PARTNER, "GE-FT-2024-017", "21000.00", "42000.00"))))),
        Arguments.of("Liguria and Lab'Impact", List.of(LIG, Fixtures.labImpact())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validDocuments")
  void validDocumentsGiveNoFinding(String name, List<ImmutableProject> projects) {
    for (Rule rule : OverlapRules.rules()) {
      assertThat(run((DatasetRule) rule, projects)).as(rule.definition().getId()).isEmpty();
    }
  }

  static Stream<Arguments> ovl001() {
    ImmutableProject copy = LOM.withCup(LIG.getCup());
    return Stream.of(
        Arguments.of("the same CUP on a later project", List.of(LIG, LOM, copy),
            List.of(finding("/projects/2/cup", "cup", "G31J23000120006", "other", "PROG-FL-LIG"))),
        Arguments.of("a third holder names the first", List.of(LIG, copy, copy.withCode("PROG-3")),
            List.of(finding("/projects/1/cup", "cup", "G31J23000120006", "other", "PROG-FL-LIG"),
                finding("/projects/2/cup", "cup", "G31J23000120006", "other", "PROG-FL-LIG"))),
        Arguments.of("whatever the status",
            List.of(LIG.withStatus(ProjectStatus.REJECTED), copy.withStatus(ProjectStatus.WITHDRAWN)),
            List.of(finding("/projects/1/cup", "cup", "G31J23000120006", "other", "PROG-FL-LIG"))),
        Arguments.of("a first holder without a code is named by its pointer",
            List.of(LIG.withCode(null), copy),
            List.of(finding("/projects/1/cup", "cup", "G31J23000120006", "other", "/projects/0"))),
        Arguments.of("different CUPs", List.of(LIG, LOM, SIC), List.of()),
        Arguments.of("projects without a CUP", List.of(LIG.withCup(null), LOM.withCup(null)), List.of()),
        Arguments.of("CUPs that differ in case are different texts",
            List.of(LIG.withCup(Cup.of("g31j23000120006")), LOM.withCup(LIG.getCup())), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ovl001")
  void cupUsedOnce(String name, List<ImmutableProject> projects, List<Finding> expected) {
    assertThat(run(new CupUsedOnce(), projects)).isEqualTo(expected);
  }

  static Stream<Arguments> ovl002() {
    return Stream.of(
        Arguments.of("the same code twice", List.of(LIG, LOM.withCode("PROG-FL-LIG")),
            List.of(finding("/projects/1/code", "code", "PROG-FL-LIG"))),
        Arguments.of("whatever the status",
            List.of(LIG.withStatus(ProjectStatus.SUBMITTED), SIC, LOM.withCode("PROG-FL-LIG")),
            List.of(finding("/projects/2/code", "code", "PROG-FL-LIG"))),
        Arguments.of("distinct codes", List.of(LIG, LOM, SIC), List.of()),
        Arguments.of("missing codes are FAMI-FMT-001's",
            List.of(LIG.withCode(null), LOM.withCode(null)), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ovl002")
  void projectCodeUnique(String name, List<ImmutableProject> projects, List<Finding> expected) {
    assertThat(run(new ProjectCodeUnique(), projects)).isEqualTo(expected);
  }

  static Stream<Arguments> ovl003() {
    // Liguria's lead declared LIG-2023-0001 in 2023-Q3 (reports/0/expenditure/0), no documentTotal
    Expenditure again = spend(LEAD, CostCategory.STAFF, "42000.00", "LIG-2023-0001", DAY);
    return Stream.of(
        Arguments.of("declared again without a documentTotal", List.of(appended(LIG, report(again))),
            List.of(finding("/reports/2/expenditure/0/document",
                "document", "LIG-2023-0001", "partner", LEAD))),
        Arguments.of("an earlier declaration without a total taints a later one with it",
            List.of(appended(LIG, report(withTotal(again, "84000.00")))),
            List.of(finding("/reports/2/expenditure/0/document",
                "document", "LIG-2023-0001", "partner", LEAD))),
        Arguments.of("the same document id of another partner",
            List.of(appended(LIG, report(spend(PARTNER, CostCategory.STAFF, "1.00", "LIG-2023-0001", DAY)))),
            List.of()),
        Arguments.of("a correction is no declaration",
            List.of(appended(LIG, report(correction(LEAD, "LIG-2023-0001", "-2000.00")))),
            List.of()),
        Arguments.of("instalments up to the total",
            List.of(appended(LIG, report(instalment(PARTNER, "GE-1", "21000.00", "42000.00"),
                instalment(PARTNER, "GE-1", "21000.00", "42000.00")))),
            List.of()),
        Arguments.of("instalments one cent beyond the total",
            List.of(appended(LIG, report(instalment(PARTNER, "GE-1", "21000.00", "42000.00"),
                instalment(PARTNER, "GE-1", "21000.01", "42000.00")))),
            List.of(finding("/reports/2/expenditure/1/document", "variant", "beyond",
                "document", "GE-1", "partner", PARTNER, "declared", "42000.01",
                "documentTotal", "42000.00"))),
        Arguments.of("a single declaration beyond its own total",
            List.of(appended(LIG, report(instalment(PARTNER, "GE-1", "42000.01", "42000.00")))),
            List.of(finding("/reports/2/expenditure/0/document", "variant", "beyond",
                "document", "GE-1", "partner", PARTNER, "declared", "42000.01",
                "documentTotal", "42000.00"))),
        Arguments.of("a later correction brings the sum back to the total",
            List.of(appended(LIG, report(instalment(PARTNER, "GE-1", "21000.00", "42000.00"),
                    instalment(PARTNER, "GE-1", "21000.01", "42000.00")),
                report("2024-Q2", correction(PARTNER, "GE-1", "-0.01")))),
            List.of()),
        Arguments.of("a total other than the first one stated",
            List.of(appended(LIG, report(instalment(PARTNER, "GE-1", "21000.00", "42000.00"),
                instalment(PARTNER, "GE-1", "19000.00", "40000.00")))),
            List.of(finding("/reports/2/expenditure/1/documentTotal", "variant", "differs",
                "document", "GE-1", "partner", PARTNER, "documentTotal", "40000.00",
                "expected", "42000.00"))),
        Arguments.of("declared again by another funded project",
            List.of(LIG, LOM.withReports(report(again))),
            List.of(finding("/projects/1/reports/0/expenditure/0/document",
                "document", "LIG-2023-0001", "partner", LEAD))),
        Arguments.of("pro-rata shares of two funded projects up to the total",
            List.of(appended(LIG, report(instalment(LEAD, "SHARED-1", "500.00", "1000.00"))),
                LOM.withReports(report(instalment(LEAD, "SHARED-1", "500.00", "1000.00")))),
            List.of()),
        Arguments.of("pro-rata shares of two funded projects beyond the total",
            List.of(appended(LIG, report(instalment(LEAD, "SHARED-1", "500.00", "1000.00"))),
                LOM.withStatus(ProjectStatus.CLOSED)
                    .withReports(report(instalment(LEAD, "SHARED-1", "500.01", "1000.00")))),
            List.of(finding("/projects/1/reports/0/expenditure/0/document", "variant", "beyond",
                "document", "SHARED-1", "partner", LEAD, "declared", "1000.01",
                "documentTotal", "1000.00"))),
        Arguments.of("a project that is not funded does not meet the others",
            List.of(LIG, LOM.withStatus(ProjectStatus.SUBMITTED).withReports(report(again))),
            List.of()),
        Arguments.of("but its own reports count",
            List.of(LIG, LOM.withStatus(ProjectStatus.REJECTED).withReports(report(again, again))),
            List.of(finding("/projects/1/reports/0/expenditure/1/document",
                "document", "LIG-2023-0001", "partner", LEAD))),
        Arguments.of("and its own totals",
            List.of(LIG, LOM.withStatus(ProjectStatus.WITHDRAWN)
                .withReports(report(instalment(LEAD, "GE-1", "2.00", "1.00")))),
            List.of(finding("/projects/1/reports/0/expenditure/0/document", "variant", "beyond",
                "document", "GE-1", "partner", LEAD, "declared", "2.00",
                "documentTotal", "1.00"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ovl003")
  void expenditureDeclaredOnce(String name, List<ImmutableProject> projects, List<Finding> expected) {
    assertThat(run(new ExpenditureDeclaredOnce(), projects)).isEqualTo(expected);
  }

  static Stream<Arguments> ovl004() {
    // LIG runs 2023-07-01..2026-06-30 in ITC3 under action b, led by LEAD
    ImmutableProject twin = LOM.withPartners(LIG.getPartners()).withTerritory(LIG.getTerritory());
    Finding overlap = finding("/projects/1", "other", "PROG-FL-LIG", "lead", LEAD);
    return Stream.of(
        Arguments.of("same lead, place, action and dates", List.of(LIG, twin), List.of(overlap)),
        Arguments.of("starting on the other's last day",
            List.of(LIG, twin.withStart(LocalDate.of(2026, 6, 30)).withEnd(LocalDate.of(2027, 6, 30))),
            List.of(overlap)),
        Arguments.of("starting the day after the other's end",
            List.of(LIG, twin.withStart(LocalDate.of(2026, 7, 1)).withEnd(LocalDate.of(2027, 6, 30))),
            List.of()),
        Arguments.of("the earlier project's extended end counts",
            List.of(LIG.withExtendedEnd(LocalDate.of(2026, 12, 31)),
                twin.withStart(LocalDate.of(2026, 10, 1)).withEnd(LocalDate.of(2027, 6, 30))),
            List.of(overlap)),
        Arguments.of("the later project's extended end counts",
            List.of(LIG.withStart(LocalDate.of(2027, 1, 1)).withEnd(LocalDate.of(2027, 6, 30)),
                twin.withStart(LocalDate.of(2026, 1, 1)).withEnd(LocalDate.of(2026, 6, 30))
                    .withExtendedEnd(LocalDate.of(2027, 1, 1))),
            List.of(overlap)),
        Arguments.of("reported once when several places and actions are shared",
            List.of(withActions(LIG, "b", "c").withTerritory(Place.of("ITC3"), Place.of("ITC4")),
                withActions(twin, "c", "b").withTerritory(Place.of("ITC4"), Place.of("ITC3"))),
            List.of(overlap)),
        Arguments.of("one shared place among others",
            List.of(LIG, twin.withTerritory(Place.of("ITC4"), Place.of("ITC3"))), List.of(overlap)),
        Arguments.of("another place", List.of(LIG, twin.withTerritory(Place.of("ITC4"))), List.of()),
        Arguments.of("another action", List.of(LIG, withActions(twin, "c")), List.of()),
        Arguments.of("another lead", List.of(LIG, LOM.withTerritory(LIG.getTerritory())), List.of()),
        Arguments.of("the same body as a partner, not as lead",
            List.of(LIG, twin.withPartners(swapRoles(LIG.getPartners()))), List.of()),
        Arguments.of("a later project that is not funded",
            List.of(LIG, twin.withStatus(ProjectStatus.SUBMITTED)), List.of()),
        Arguments.of("an earlier project that is not funded",
            List.of(LIG.withStatus(ProjectStatus.WITHDRAWN), twin), List.of()),
        Arguments.of("closed projects count",
            List.of(LIG.withStatus(ProjectStatus.CLOSED), twin.withStatus(ProjectStatus.CLOSED)),
            List.of(overlap)),
        Arguments.of("inverted dates are FAMI-FMT-005's",
            List.of(LIG, twin.withEnd(LocalDate.of(2023, 1, 1))), List.of()),
        Arguments.of("any order: overlapping the earlier project that starts first",
            List.of(dated(LIG, "2025-01-01", "2026-12-31"), dated(twin, "2019-01-01", "2020-12-31"),
                dated(twin.withCode("PROG-3"), "2020-06-01", "2020-08-31")),
            List.of(finding("/projects/2", "other", "PROG-FL-LOM", "lead", LEAD))),
        Arguments.of("any order: overlapping the earlier project that ends last",
            List.of(dated(LIG, "2019-01-01", "2020-12-31"), dated(twin, "2025-01-01", "2026-12-31"),
                dated(twin.withCode("PROG-3"), "2026-06-01", "2027-08-31")),
            List.of(finding("/projects/2", "other", "PROG-FL-LOM", "lead", LEAD))),
        Arguments.of("documented limit: a project in the gap between the first and the last",
            List.of(dated(LIG, "2010-01-01", "2011-12-31"), dated(twin, "2020-01-01", "2030-12-31"),
                dated(twin.withCode("PROG-3"), "2015-01-01", "2016-12-31"),
                dated(twin.withCode("PROG-4"), "2015-06-01", "2015-07-31")),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ovl004")
  void overlappingProjects(String name, List<ImmutableProject> projects, List<Finding> expected) {
    assertThat(run(new OverlappingProjects(), projects)).isEqualTo(expected);
  }

  // --- builders

  /** Runs {@code rule} over a dataset of {@code projects}, or over one project document. */
  private static List<Finding> run(DatasetRule rule, List<ImmutableProject> projects) {
    return Check.dataset(rule, projects.size() > 1 ? Fixtures.programme() : null,
        List.of(Fixtures.call()), projects);
  }

  /** A regional project of the language-training call like Liguria's, with its own identity. */
  private static ImmutableProject other(String code, String cup, String lead, String region) {
    List<Partner> partners = new ArrayList<>();
    for (Partner p : LIG.getPartners()) {
      partners.add(p.getRole() == PartnerRole.LEAD ? ImmutablePartner.copyOf(p).withId(lead) : p);
    }
    List<ProgressReport> reports = List.of(report(
        spend(lead, CostCategory.STAFF, "1000.00", code + "-1", LocalDate.of(2023, 12, 1))));
    return LIG.withCode(code).withCup(Cup.of(cup)).withPartners(partners)
        .withTerritory(Place.of(region)).withReports(reports);
  }

  private static List<Partner> swapRoles(List<Partner> partners) {
    List<Partner> swapped = new ArrayList<>();
    for (Partner p : partners) {
      PartnerRole role = p.getRole() == PartnerRole.LEAD ? PartnerRole.PARTNER
          : p.getId().equals(PARTNER) ? PartnerRole.LEAD : p.getRole();
      swapped.add(ImmutablePartner.copyOf(p).withRole(role));
    }
    return swapped;
  }

  private static ImmutableProject withActions(ImmutableProject p, String... actions) {
    return p.withClassification(
        Classification.builder().from(p.getClassification()).nationalActions(List.of(actions)).build());
  }

  private static ImmutableProject dated(ImmutableProject p, String start, String end) {
    return p.withStart(LocalDate.parse(start)).withEnd(LocalDate.parse(end));
  }

  private static ProgressReport report(Expenditure... entries) {
    return report("2024-Q1", entries);
  }

  private static ProgressReport report(String quarter, Expenditure... entries) {
    return ProgressReport.builder().quarter(Quarter.of(quarter)).addExpenditure(entries).build();
  }

  private static ImmutableProject appended(ImmutableProject p, ProgressReport... more) {
    List<ProgressReport> reports = new ArrayList<>(p.getReports());
    reports.addAll(List.of(more));
    return p.withReports(reports);
  }

  private static Expenditure instalment(String partner, String document, String amount, String total) {
    return withTotal(spend(partner, CostCategory.SERVICES, amount, document, DAY), total);
  }

  private static Expenditure withTotal(Expenditure e, String total) {
    return Expenditure.builder().from(e).documentTotal(Amount.of(total)).build();
  }

  private static Expenditure correction(String partner, String document, String amount) {
    return Expenditure.builder()
        .from(spend(partner, CostCategory.SERVICES, amount, document, DAY))
        .correction(true)
        .build();
  }
}
