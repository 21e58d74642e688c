package eu.fami.rules.builtin;

import static eu.fami.rules.builtin.BudgetRulesTest.at;
import static eu.fami.rules.builtin.BudgetRulesTest.budget;
import static eu.fami.rules.builtin.BudgetRulesTest.line;
import static eu.fami.rules.builtin.BudgetRulesTest.money;
import static eu.fami.rules.builtin.Fixtures.LEAD;
import static eu.fami.rules.builtin.Fixtures.PARTNER;
import static eu.fami.rules.builtin.Fixtures.THIRD_SECTOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.BudgetLine;
import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.ImmutableClassification;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.IndirectCosts;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.Rate;
import eu.fami.rules.builtin.budget.EuShareWithinCap;
import eu.fami.rules.builtin.budget.IndirectCostsWithinFlatRate;
import eu.fami.rules.builtin.budget.MinimumSharesMet;
import eu.fami.rules.builtin.budget.SimplifiedCostsForSmallOperations;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The budget rules that rest on the catalogue's figures: one table per rule id. */
class BudgetCatalogueRulesTest {
  // FAMI-BUD-004

  static ImmutableProject modality(ImmutableProject project, String objective, String modality) {
    return project.withClassification(ImmutableClassification.copyOf(project.getClassification())
        .withSpecificObjective(objective)
        .withImplementationModality(modality));
  }

  static ImmutableProject share(String modality, String total, String eu) {
    String national = Amount.of(total).value().subtract(Amount.of(eu).value()).toPlainString();
    return modality(money(total, eu, national), "OS2", modality);
  }

  static Stream<Arguments> euShareWithinCap() {
    ImmutableProject lab = Fixtures.labImpact();
    return Stream.of(
        arguments("valid fixture (50%, 001)", Fixtures.project(), List.of()),
        arguments("001: exactly 75%", share("001", "1000000.00", "750000.00"), List.of()),
        arguments("001: 75.01%", share("001", "1000000.00", "750100.00"),
            List.of(at("/financing/0/amount", "share", "75.01%", "cap", "75.00%",
                "modality", "001"))),
        arguments("001: 75.0000003%", share("001", "100000000.00", "75000000.30"),
            List.of(at("/financing/0/amount", "share", "75.0000003%", "cap", "75.00%",
                "modality", "001"))),
        arguments("no modality: the default 001", share(null, "1000000.00", "750100.00"),
            List.of(at("/financing/0/amount", "share", "75.01%", "cap", "75.00%",
                "modality", "001"))),
        arguments("002: 90%", share("002", "1000000.00", "900000.00"), List.of()),
        arguments("002: 90.01%", share("002", "1000000.00", "900100.00"),
            List.of(at("/financing/0/amount", "share", "90.01%", "cap", "90.00%",
                "modality", "002"))),
        arguments("003: 90%", share("003", "1000000.00", "900000.00"), List.of()),
        arguments("004: 100%", share("004", "1000000.00", "1000000.00"), List.of()),
        arguments("unknown modality (CAT-006's)", share("999", "1000000.00", "1000000.00"),
            List.of()),
        arguments("technical assistance: 100%",
            modality(money("1000000.00", "1000000.00", "0.00"), "TA", null), List.of()),
        arguments("technical assistance: above 100%",
            modality(money("1000000.00", "1000000.01", "0.00"), "TA", "001"),
            List.of(at("/financing/0/amount", "share", "100.000001%", "cap", "100.00%",
                "variant", "ta"))),
        arguments("no objective: not judged",
            modality(money("1000000.00", "1000000.00", "0.00"), null, null), List.of()),
        arguments("2014-2020, no modality: 75%",
            modality(money(lab, "1000000.00", "750100.00", "249900.00"), "OS2", null),
            List.of(at("/financing/0/amount", "share", "75.01%", "cap", "75.00%",
                "modality", "001"))),
        arguments("2014-2020, 003 is a 2021-2027 code (CAT-008's)",
            modality(money(lab, "1000000.00", "950000.00", "50000.00"), "OS2", "003"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void euShareWithinCap(String name, Project project, List<Check.Finding> expected) {
    assertThat(Check.project(new EuShareWithinCap(), project, null))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-006

  static ImmutableProject indirect(IndirectCostMethod method, String rate, BudgetLine... lines) {
    IndirectCosts costs = method == null
        ? null
        : IndirectCosts.builder().method(method).rate(rate == null ? null : Rate.of(rate)).build();
    ImmutableProject p = Fixtures.project();
    return lines.length == 0
        ? p.withBudget(budget().withIndirectCosts(costs))
        : p.withBudget(budget().withIndirectCosts(costs).withLines(lines));
  }

  static BudgetLine lead(CostCategory category, String amount) {
    return line(LEAD, category, Amount.of(amount));
  }

  static Stream<Arguments> indirectCostsWithinFlatRate() {
    IndirectCostMethod direct = IndirectCostMethod.FLAT_RATE_DIRECT_COSTS;
    IndirectCostMethod staff = IndirectCostMethod.FLAT_RATE_STAFF_COSTS;
    return Stream.of(
        arguments("valid fixture (7% of each partner's direct costs)", Fixtures.project(),
            List.of()),
        arguments("one cent above 7% of the lead's direct costs",
            BudgetRulesTest.withLine(4, lead(CostCategory.INDIRECT, "40600.01")),
            List.of(at("/budget/lines/4/amount", "partner", LEAD, "indirect", "40600.01",
                "rate", "7.00%", "allowed", "40600.00"))),
        arguments("no declared rate: the ceiling, 7%",
            indirect(direct, null, lead(CostCategory.STAFF, "580000.00"),
                lead(CostCategory.INDIRECT, "40600.01")),
            List.of(at("/budget/lines/1/amount", "partner", LEAD, "indirect", "40600.01",
                "rate", "7.00%", "allowed", "40600.00"))),
        arguments("rounded half-up to the cent: 5% of 100.90 allows 5.05",
            indirect(direct, "0.05", lead(CostCategory.STAFF, "100.90"),
                lead(CostCategory.INDIRECT, "5.05")),
            List.of()),
        arguments("5.06 on 5% of 100.90",
            indirect(direct, "0.05", lead(CostCategory.STAFF, "100.90"),
                lead(CostCategory.INDIRECT, "5.06")),
            List.of(at("/budget/lines/1/amount", "partner", LEAD, "indirect", "5.06",
                "rate", "5.00%", "allowed", "5.05"))),
        arguments("several INDIRECT lines of one partner are summed",
            indirect(direct, "0.05", lead(CostCategory.STAFF, "100.00"),
                lead(CostCategory.INDIRECT, "3.00"), lead(CostCategory.INDIRECT, "2.01")),
            List.of(at("/budget/lines/1/amount", "partner", LEAD, "indirect", "5.01",
                "rate", "5.00%", "allowed", "5.00"))),
        arguments("declared rate at the ceiling", indirect(direct, "0.07"), List.of()),
        arguments("declared rate above the ceiling", indirect(direct, "0.0701"),
            List.of(at("/budget/indirectCosts/rate", "rate", "7.01%", "ceiling", "7.00%",
                "method", "FLAT_RATE_DIRECT_COSTS", "variant", "rate"))),
        arguments("staff costs at 15%", indirect(staff, "0.15"), List.of()),
        arguments("staff costs at 10%: base is the STAFF lines only", indirect(staff, "0.10"),
            List.of(
                at("/budget/lines/4/amount", "partner", LEAD, "indirect", "40600.00",
                    "rate", "10.00%", "allowed", "30000.00"),
                at("/budget/lines/9/amount", "partner", PARTNER, "indirect", "25550.00",
                    "rate", "10.00%", "allowed", "20000.00"))),
        arguments("staff costs above 15%", indirect(staff, "0.16"),
            List.of(at("/budget/indirectCosts/rate", "rate", "16.00%", "ceiling", "15.00%",
                "method", "FLAT_RATE_STAFF_COSTS", "variant", "rate"))),
        arguments("calculated rate above 25%",
            indirect(IndirectCostMethod.CALCULATED_RATE, "0.26"),
            List.of(at("/budget/indirectCosts/rate", "rate", "26.00%", "ceiling", "25.00%",
                "method", "CALCULATED_RATE", "variant", "rate"))),
        arguments("calculated rate without declared rate: 25% of direct costs",
            indirect(IndirectCostMethod.CALCULATED_RATE, null), List.of()),
        arguments("method NONE with indirect costs", indirect(IndirectCostMethod.NONE, null),
            List.of(
                at("/budget/lines/4/amount", "partner", LEAD, "indirect", "40600.00",
                    "variant", "none"),
                at("/budget/lines/9/amount", "partner", PARTNER, "indirect", "25550.00",
                    "variant", "none"),
                at("/budget/lines/14/amount", "partner", THIRD_SECTOR, "indirect", "24500.00",
                    "variant", "none"))),
        arguments("no method declared, as NONE",
            indirect(null, null, lead(CostCategory.STAFF, "100.00"),
                lead(CostCategory.INDIRECT, "1.00")),
            List.of(at("/budget/lines/1/amount", "partner", LEAD, "indirect", "1.00",
                "variant", "none"))),
        arguments("method NONE with a zero INDIRECT line",
            indirect(IndirectCostMethod.NONE, null, lead(CostCategory.STAFF, "100.00"),
                lead(CostCategory.INDIRECT, "0.00")),
            List.of()),
        arguments("method NONE without indirect costs",
            indirect(IndirectCostMethod.NONE, null, lead(CostCategory.STAFF, "100.00")),
            List.of()),
        arguments("a partner with a line of unknown category is not judged",
            indirect(direct, "0.05", lead(CostCategory.STAFF, "100.00"),
                lead(CostCategory.INDIRECT, "9.00"), line(LEAD, null, Amount.of("80.00"))),
            List.of()),
        arguments("declared rate outside 0..1 (FMT-004's)", indirect(direct, "1.5"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void indirectCostsWithinFlatRate(String name, Project project, List<Check.Finding> expected) {
    assertThat(Check.project(new IndirectCostsWithinFlatRate(), project, null))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-007

  static ImmutableProject costs(ImmutableProject project, CostMethod method, String total) {
    return project.withBudget(budget().withCostMethod(method).withTotal(Amount.of(total)));
  }

  static Stream<Arguments> simplifiedCostsForSmallOperations() {
    ImmutableProject p = Fixtures.project();
    return Stream.of(
        arguments("valid fixture (1,385,650.00, real costs)", p, List.of()),
        arguments("200,000.00 with real costs", costs(p, CostMethod.REAL_COSTS, "200000.00"),
            List.of(at("/budget/costMethod", "total", "200000.00", "threshold", "200000.00"))),
        arguments("200,000.01 with real costs", costs(p, CostMethod.REAL_COSTS, "200000.01"),
            List.of()),
        arguments("150,000.00 with real costs", costs(p, CostMethod.REAL_COSTS, "150000.00"),
            List.of(at("/budget/costMethod", "total", "150000.00", "threshold", "200000.00"))),
        arguments("200,000.00 with unit costs", costs(p, CostMethod.UNIT_COSTS, "200000.00"),
            List.of()),
        arguments("200,000.00 with mixed simplified costs",
            costs(p, CostMethod.MIXED_SIMPLIFIED, "200000.00"), List.of()),
        arguments("no cost method", costs(p, null, "200000.00"), List.of()),
        arguments("2014-2020 has no threshold",
            costs(Fixtures.labImpact(), CostMethod.REAL_COSTS, "150000.00"), List.of()),
        arguments("total that cannot be judged (FMT-004's)",
            costs(p, CostMethod.REAL_COSTS, "150000.001"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void simplifiedCostsForSmallOperations(String name, Project project, List<Check.Finding> expected) {
    assertThat(Check.project(new SimplifiedCostsForSmallOperations(), project, null))
        .containsExactlyElementsOf(expected);
  }

  // FAMI-BUD-011

  static Allocation allocation(String objective, String amount, String euContribution) {
    return Allocation.builder()
        .specificObjective(objective)
        .amount(Amount.of(amount))
        .euContribution(euContribution == null ? null : Amount.of(euContribution))
        .build();
  }

  static Programme programme(Period period, String explanation, Allocation... allocations) {
    return ImmutableProgramme.copyOf(Fixtures.programme())
        .withPeriod(period)
        .withMinimumShareExplanation(explanation)
        .withAllocations(allocations);
  }

  static Programme programme(Allocation... allocations) {
    return programme(Period.P2021_2027, null, allocations);
  }

  static Stream<Arguments> minimumSharesMet() {
    Allocation os1At19 = allocation("OS1", "190.00", null);
    Allocation os2At20 = allocation("OS2", "200.00", null);
    Allocation rest = allocation("OS3", "610.00", null);
    return Stream.of(
        arguments("the example programme", Fixtures.programme(), List.of()),
        arguments("exactly 15% each",
            programme(allocation("OS1", "150.00", null), allocation("OS2", "150.00", null),
                allocation("OS3", "600.00", null), allocation("TA", "100.00", null)),
            List.of()),
        arguments("OS1 at 14.999%, technical assistance in the whole",
            programme(allocation("OS1", "149.99", null), allocation("OS2", "150.00", null),
                allocation("OS3", "600.00", null), allocation("TA", "100.01", null)),
            List.of(at("/allocations/0/amount", "objective", "OS1", "share", "14.999%",
                "minimum", "15.00%"))),
        arguments("OS1 without allocation",
            programme(allocation("OS2", "150.00", null), allocation("OS3", "850.00", null)),
            List.of(at("/allocations", "objective", "OS1", "share", "0.00%",
                "minimum", "15.00%"))),
        arguments("both below, in objective order",
            programme(allocation("OS2", "100.00", null), allocation("OS1", "100.00", null),
                allocation("OS3", "800.00", null)),
            List.of(
                at("/allocations/1/amount", "objective", "OS1", "share", "10.00%",
                    "minimum", "15.00%"),
                at("/allocations/0/amount", "objective", "OS2", "share", "10.00%",
                    "minimum", "15.00%"))),
        arguments("two allocations of one objective are summed (FMT-008 reports the duplicate)",
            programme(allocation("OS1", "100.00", null), allocation("OS1", "50.00", null),
                allocation("OS2", "150.00", null), allocation("OS3", "700.00", null)),
            List.of()),
        arguments("on the EU contributions when every allocation states one",
            programme(allocation("OS1", "500.00", "100.00"), allocation("OS2", "200.00", "150.00"),
                allocation("OS3", "300.00", "750.00")),
            List.of(at("/allocations/0/euContribution", "objective", "OS1", "share", "10.00%",
                "minimum", "15.00%"))),
        arguments("on the amounts when one allocation lacks its EU contribution",
            programme(allocation("OS1", "500.00", "100.00"), allocation("OS2", "200.00", "150.00"),
                allocation("OS3", "300.00", null)),
            List.of()),
        arguments("2014-2020: OS1 at 19% is below 20%",
            programme(Period.P2014_2020, null, os1At19, os2At20, rest),
            List.of(at("/allocations/0/amount", "objective", "OS1", "share", "19.00%",
                "minimum", "20.00%"))),
        arguments("2014-2020 with an explanation may go below",
            programme(Period.P2014_2020, "Lower asylum needs (detailed explanation).", os1At19,
                os2At20, rest),
            List.of()),
        arguments("2014-2020 with a blank explanation",
            programme(Period.P2014_2020, " ", os1At19, os2At20, rest),
            List.of(at("/allocations/0/amount", "objective", "OS1", "share", "19.00%",
                "minimum", "20.00%"))),
        arguments("2021-2027 admits no explanation",
            programme(Period.P2021_2027, "An explanation.", allocation("OS1", "140.00", null),
                os2At20, allocation("OS3", "660.00", null)),
            List.of(at("/allocations/0/amount", "objective", "OS1", "share", "14.00%",
                "minimum", "15.00%"))),
        arguments("an amount that cannot be judged (FMT-004's)",
            programme(allocation("OS1", "10.001", null), allocation("OS2", "150.00", null)),
            List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void minimumSharesMet(String name, Programme programme, List<Check.Finding> expected) {
    assertThat(Check.programme(new MinimumSharesMet(), programme, List.of()))
        .containsExactlyElementsOf(expected);
  }
}
