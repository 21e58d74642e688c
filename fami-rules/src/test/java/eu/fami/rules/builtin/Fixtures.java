package eu.fami.rules.builtin;

import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.AgeBreakdown;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Call;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.ImmutableProject;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.IndirectCosts;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Place;
import eu.fami.model.Programme;
import eu.fami.model.ProgressReport;
import eu.fami.model.ProjectWindow;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import java.time.LocalDate;

/**
 * Valid documents for rule tests, transcribed from the example files: the language-training call
 * of 2023, the Liguria project under it (with two quarterly reports), the 2021-2027 programme, and
 * the 2014-2020 Lab'Impact project. Tests change only what they care about with {@code with...}.
 */
final class Fixtures {
  static final String LEAD = "00849050109";
  static final String PARTNER = "00856930102";
  static final String THIRD_SECTOR = "03753110109";

  private Fixtures() {}

  static Classification flClassification() {
    return Classification.builder()
        .specificObjective("OS2")
        .implementationMeasure("2.d")
        .scopeOfSupport("2.h")
        .addNationalActions("b")
        .interventionField("II.004")
        .typeOfAction("003")
        .implementationModality("001")
        .specificTheme("003")
        .build();
  }

  /** The call "Piani regionali per la formazione civico linguistica 2023-2026". */
  static Call call() {
    return Call.builder()
        .code("AVVISO-FL-2023")
        .programme("IT-PN-FAMI-2021-2027")
        .period(Period.P2021_2027)
        .title("Piani regionali per la formazione civico linguistica 2023-2026")
        .classification(flClassification())
        .opens(LocalDate.of(2023, 3, 1))
        .closes(LocalDate.of(2023, 5, 31))
        .addEligibleLeadForms(LegalForm.REGION)
        .addEligiblePartnerForms(
            LegalForm.LOCAL_AUTHORITY,
            LegalForm.SCHOOL,
            LegalForm.UNIVERSITY,
            LegalForm.THIRD_SECTOR,
            LegalForm.OTHER_PUBLIC_BODY)
        .allocation(Amount.of("30000000.00"))
        .maxGrant(Amount.of("3000000.00"))
        .maxEuShare(Rate.of("0.75"))
        .projectWindow(
            ProjectWindow.builder()
                .earliestStart(LocalDate.of(2023, 7, 1))
                .latestEnd(LocalDate.of(2026, 12, 31))
                .build())
        .maxDurationMonths(42L)
        .build();
  }

  private static BudgetLine line(String partner, CostCategory category, String amount) {
    return BudgetLine.builder().partner(partner).category(category).amount(Amount.of(amount)).build();
  }

  private static Partner partner(String id, String name, LegalForm form, PartnerRole role) {
    return Partner.builder()
        .id(id)
        .name(name)
        .legalForm(form)
        .role(role)
        .region(Place.of("ITC3"))
        .build();
  }

  static Expenditure spend(String partner, CostCategory category, String amount, String doc, LocalDate date) {
    return Expenditure.builder()
        .partner(partner)
        .category(category)
        .amount(Amount.of(amount))
        .document(doc)
        .date(date)
        .build();
  }

  static IndicatorValue value(String id, long female, long male, long under18, long adults, long over60) {
    return IndicatorValue.builder()
        .id(id)
        .total(female + male)
        .byGender(GenderBreakdown.builder().female(female).male(male).build())
        .byAge(AgeBreakdown.builder().under18(under18).from18to60(adults).over60(over60).build())
        .build();
  }

  /** "Parole in rete - Liguria": 2021-2027, under {@link #call()}, with reports 2023-Q3 and Q4. */
  static ImmutableProject project() {
    return ImmutableProject.builder()
        .code("PROG-FL-LIG")
        .cup(eu.fami.model.Cup.of("G31J23000120006"))
        .title("Parole in rete - Liguria")
        .call("AVVISO-FL-2023")
        .period(Period.P2021_2027)
        .programme("IT-PN-FAMI-2021-2027")
        .classification(flClassification())
        .start(LocalDate.of(2023, 7, 1))
        .end(LocalDate.of(2026, 6, 30))
        .addTerritory(Place.of("ITC3"))
        .addTargetGroups(
            TargetGroup.THIRD_COUNTRY_NATIONALS, TargetGroup.UNACCOMPANIED_MINORS, TargetGroup.WOMEN)
        .addPartners(
            partner(LEAD, "Regione Liguria", LegalForm.REGION, PartnerRole.LEAD),
            partner(PARTNER, "Comune di Genova", LegalForm.LOCAL_AUTHORITY, PartnerRole.PARTNER),
            partner(THIRD_SECTOR, "Cooperativa Sociale Mondo Aperto", LegalForm.THIRD_SECTOR,
                PartnerRole.PARTNER))
        .budget(
            Budget.builder()
                .costMethod(CostMethod.REAL_COSTS)
                .indirectCosts(
                    IndirectCosts.builder()
                        .method(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS)
                        .rate(Rate.of("0.07"))
                        .build())
                .addLines(
                    line(LEAD, CostCategory.STAFF, "300000.00"),
                    line(LEAD, CostCategory.SERVICES, "250000.00"),
                    line(LEAD, CostCategory.TRAVEL, "10000.00"),
                    line(LEAD, CostCategory.OTHER, "20000.00"),
                    line(LEAD, CostCategory.INDIRECT, "40600.00"),
                    line(PARTNER, CostCategory.STAFF, "200000.00"),
                    line(PARTNER, CostCategory.SERVICES, "150000.00"),
                    line(PARTNER, CostCategory.TRAVEL, "5000.00"),
                    line(PARTNER, CostCategory.OTHER, "10000.00"),
                    line(PARTNER, CostCategory.INDIRECT, "25550.00"),
                    line(THIRD_SECTOR, CostCategory.STAFF, "250000.00"),
                    line(THIRD_SECTOR, CostCategory.SERVICES, "80000.00"),
                    line(THIRD_SECTOR, CostCategory.TRAVEL, "8000.00"),
                    line(THIRD_SECTOR, CostCategory.OTHER, "12000.00"),
                    line(THIRD_SECTOR, CostCategory.INDIRECT, "24500.00"))
                .total(Amount.of("1385650.00"))
                .build())
        .addFinancing(
            Financing.builder().source(FundingSource.EU_AMIF).amount(Amount.of("692825.00")).build(),
            Financing.builder()
                .source(FundingSource.NATIONAL_ROTATION_FUND)
                .amount(Amount.of("692825.00"))
                .build())
        .addIndicators(
            IndicatorTarget.builder().id("O.2.3").target(3000L).build(),
            IndicatorTarget.builder().id("O.2.3.1").target(2500L).build(),
            IndicatorTarget.builder().id("O.2.3.2").target(1500L).build(),
            IndicatorTarget.builder().id("R.2.8").target(1200L).build())
        .addReports(
            ProgressReport.builder()
                .quarter(Quarter.of("2023-Q3"))
                .addExpenditure(
                    spend(LEAD, CostCategory.STAFF, "42000.00", "LIG-2023-0001", LocalDate.of(2023, 9, 29)),
                    spend(PARTNER, CostCategory.SERVICES, "18000.00", "GE-FT-2023-118",
                        LocalDate.of(2023, 9, 15)))
                .addIndicators(value("O.2.3", 120, 90, 30, 175, 5), value("O.2.3.1", 100, 80, 25, 152, 3))
                .build(),
            ProgressReport.builder()
                .quarter(Quarter.of("2023-Q4"))
                .addExpenditure(
                    spend(LEAD, CostCategory.STAFF, "45500.00", "LIG-2023-0002", LocalDate.of(2023, 12, 20)),
                    spend(THIRD_SECTOR, CostCategory.STAFF, "31000.00", "MA-2023-044",
                        LocalDate.of(2023, 11, 30)))
                .addIndicators(
                    value("O.2.3", 150, 110, 40, 214, 6),
                    value("O.2.3.1", 130, 100, 35, 191, 4),
                    value("O.2.3.2", 50, 40, 0, 88, 2))
                .build())
        .build();
  }

  /** The 2021-2027 programme with the allocations of the source documents (OS2 declared 36.3%). */
  static Programme programme() {
    return Programme.builder()
        .code("IT-PN-FAMI-2021-2027")
        .period(Period.P2021_2027)
        .memberState("IT")
        .title("Programma Nazionale FAMI 2021-2027")
        .addAllocations(
            allocation("OS1", "444440000.00"),
            Allocation.builder()
                .specificObjective("OS2")
                .amount(Amount.of("399252022.00"))
                .declaredShare(Rate.of("0.363"))
                .build(),
            allocation("OS3", "92841851.00"),
            allocation("OS4", "15720000.00"),
            allocation("TA", "29016416.00"))
        .build();
  }

  static Allocation allocation(String objective, String amount) {
    return Allocation.builder().specificObjective(objective).amount(Amount.of(amount)).build();
  }

  /** Lab'Impact (PROG-2463): a 2014-2020 regional plan under ON2 with call actions 01-04. */
  static ImmutableProject labImpact() {
    return ImmutableProject.builder()
        .from(project())
        .code("PROG-2463")
        .cup(eu.fami.model.Cup.of("E89F18000510007"))
        .title("LAB'IMPACT")
        .call("AVVISO-1-2018-IMPACT")
        .period(Period.P2014_2020)
        .programme("IT-PN-FAMI-2014-2020")
        .classification(
            Classification.builder().specificObjective("OS2").nationalObjective("ON2").build())
        .callActions(java.util.List.of("01", "02", "03", "04"))
        .start(LocalDate.of(2018, 10, 1))
        .end(LocalDate.of(2022, 12, 31))
        .territory(java.util.List.of(Place.of("ITC4")))
        .targetGroups(
            java.util.List.of(TargetGroup.THIRD_COUNTRY_NATIONALS, TargetGroup.MINORS,
                TargetGroup.PUBLIC_SERVICE_STAFF, TargetGroup.MIGRANT_ASSOCIATIONS))
        .indicators(java.util.List.of())
        .reports(java.util.List.of())
        .build();
  }
}
