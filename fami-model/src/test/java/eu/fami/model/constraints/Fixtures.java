package eu.fami.model.constraints;

import eu.fami.model.AgeBreakdown;
import eu.fami.model.Allocation;
import eu.fami.model.Amount;
import eu.fami.model.BudgetLine;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.Expenditure;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.GenderBreakdown;
import eu.fami.model.ImmutableBudget;
import eu.fami.model.ImmutableCall;
import eu.fami.model.ImmutableDataset;
import eu.fami.model.ImmutableExpenditure;
import eu.fami.model.ImmutableProgramme;
import eu.fami.model.ImmutableProgressReport;
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
import eu.fami.model.ProjectWindow;
import eu.fami.model.Quarter;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import java.time.LocalDate;

/** Valid documents, transcribed from the example files of the format contract. */
final class Fixtures {
  private Fixtures() {}

  /** {@code project-com-in-5.json}: six partners, 30 budget lines, flat-rate indirect costs. */
  static ImmutableProject comIn5() {
    String[][] partners = {
      {"80012000826", "Regione Siciliana", "REGION", "LEAD", "ITG1"},
      {"80002950766", "Regione Basilicata", "REGION", "PARTNER", "ITF5"},
      {"02205340793", "Regione Calabria", "REGION", "PARTNER", "ITF6"},
      {"80011990639", "Regione Campania", "REGION", "PARTNER", "ITF3"},
      {"80017210727", "Regione Puglia", "REGION", "PARTNER", "ITF4"},
      {"06345120825", "Nova Consorzio Nazionale per l'Innovazione Sociale", "THIRD_SECTOR",
          "PARTNER", "ITG1"},
    };
    CostCategory[] categories = {
      CostCategory.STAFF, CostCategory.TRAVEL, CostCategory.SERVICES, CostCategory.OTHER,
      CostCategory.INDIRECT
    };
    long[] regionLines = {300_000, 20_000, 90_000, 10_000, 29_400};
    long[] novaLines = {450_000, 30_000, 200_000, 20_000, 49_000};
    ImmutableBudget.Builder budget = ImmutableBudget.builder()
        .costMethod(CostMethod.REAL_COSTS)
        .indirectCosts(IndirectCosts.builder()
            .method(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS)
            .rate(Rate.of("0.07"))
            .build())
        .total(Amount.of("2996000.00"));
    ImmutableProject.Builder project = ImmutableProject.builder()
        .period(Period.P2021_2027)
        .programme("IT-PN-FAMI-2021-2027")
        .code("PROG-COMIN5")
        .title("Com.In.5 - Competenze per l'integrazione")
        .summary("Capacity building of public and private operators of five southern regions,"
            + " consolidating multilevel and multistakeholder governance of integration policies.")
        .classification(Classification.builder()
            .specificObjective("OS2")
            .implementationMeasure("2.d")
            .scopeOfSupport("2.m")
            .addNationalActions("a")
            .interventionField("II.001")
            .typeOfAction("002")
            .implementationModality("001")
            .specificTheme("003")
            .build())
        .start(LocalDate.of(2023, 7, 1))
        .end(LocalDate.of(2026, 6, 30))
        .addTerritory(places("ITG1", "ITF5", "ITF6", "ITF3", "ITF4"))
        .addTargetGroups(TargetGroup.PUBLIC_SERVICE_STAFF, TargetGroup.THIRD_SECTOR_STAFF)
        .addFinancing(
            financing(FundingSource.EU_AMIF, "1498000.00"),
            financing(FundingSource.NATIONAL_ROTATION_FUND, "1498000.00"))
        .addIndicators(target("O.2.2", 5), target("O.2.7", 1));
    for (int p = 0; p < partners.length; p++) {
      String[] partner = partners[p];
      project.addPartners(Partner.builder()
          .id(partner[0])
          .name(partner[1])
          .legalForm(LegalForm.valueOf(partner[2]))
          .role(PartnerRole.valueOf(partner[3]))
          .region(Place.of(partner[4]))
          .build());
      long[] amounts = p < 5 ? regionLines : novaLines;
      for (int c = 0; c < categories.length; c++) {
        budget.addLines(BudgetLine.builder()
            .partner(partner[0])
            .category(categories[c])
            .amount(Amount.ofEuros(amounts[c]))
            .build());
      }
    }
    return project.budget(budget.build()).build();
  }

  /** {@code call-formazione-linguistica-2023.json}. */
  static ImmutableCall call() {
    return ImmutableCall.builder()
        .code("AVVISO-FL-2023")
        .programme("IT-PN-FAMI-2021-2027")
        .period(Period.P2021_2027)
        .title("Piani regionali per la formazione civico linguistica 2023-2026")
        .classification(Classification.builder()
            .specificObjective("OS2")
            .implementationMeasure("2.d")
            .scopeOfSupport("2.h")
            .addNationalActions("b")
            .interventionField("II.004")
            .typeOfAction("003")
            .implementationModality("001")
            .specificTheme("003")
            .build())
        .opens(LocalDate.of(2023, 3, 1))
        .closes(LocalDate.of(2023, 5, 31))
        .addEligibleLeadForms(LegalForm.REGION)
        .addEligiblePartnerForms(LegalForm.LOCAL_AUTHORITY, LegalForm.SCHOOL,
            LegalForm.UNIVERSITY, LegalForm.THIRD_SECTOR, LegalForm.OTHER_PUBLIC_BODY)
        .allocation(Amount.of("30000000.00"))
        .maxGrant(Amount.of("3000000.00"))
        .maxEuShare(Rate.of("0.75"))
        .projectWindow(ProjectWindow.builder()
            .earliestStart(LocalDate.of(2023, 7, 1))
            .latestEnd(LocalDate.of(2026, 12, 31))
            .build())
        .maxDurationMonths(42L)
        .build();
  }

  /** {@code programme-it-2021-2027.json}. */
  static ImmutableProgramme programme() {
    return ImmutableProgramme.builder()
        .code("IT-PN-FAMI-2021-2027")
        .period(Period.P2021_2027)
        .memberState("IT")
        .title("Programma Nazionale FAMI 2021-2027")
        .managingAuthority("Ministero dell'Interno - Dipartimento per le Libertà Civili e"
            + " l'Immigrazione")
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

  /** The report of {@code report-fl-lig-2024-q1.json}: one invoice paid in two instalments. */
  static ImmutableProgressReport report() {
    return ImmutableProgressReport.builder()
        .quarter(Quarter.of("2024-Q1"))
        .addExpenditure(
            expenditure("00849050109", CostCategory.STAFF, "44800.00", "LIG-2024-0003", 3, 28),
            Expenditure.builder()
                .from(expenditure("00856930102", CostCategory.SERVICES, "21000.00",
                    "GE-FT-2024-017", 2, 14))
                .documentTotal(Amount.of("42000.00"))
                .build(),
            expenditure("03753110109", CostCategory.TRAVEL, "1250.40", "MA-2024-009", 1, 31))
        .addIndicators(
            value("O.2.3", 240, 131, 109, 22, 214, 4),
            value("O.2.3.1", 205, 118, 87, 20, 182, 3),
            value("O.2.3.2", 120, 70, 50, 0, 118, 2),
            value("R.2.8", 64, 40, 24, 5, 59, 0))
        .build();
  }

  /** A dataset of the programme, the call, and Com.In.5 inheriting period and programme. */
  static ImmutableDataset dataset() {
    return ImmutableDataset.builder()
        .programme(programme())
        .addCalls(call())
        .addProjects(comIn5().withPeriod(null).withProgramme(null))
        .build();
  }

  static Place[] places(String... codes) {
    Place[] places = new Place[codes.length];
    for (int i = 0; i < codes.length; i++) {
      places[i] = Place.of(codes[i]);
    }
    return places;
  }

  static ImmutableExpenditure expenditure(
      String partner, CostCategory category, String amount, String document, int month, int day) {
    return Expenditure.builder()
        .partner(partner)
        .category(category)
        .amount(Amount.of(amount))
        .document(document)
        .date(LocalDate.of(2024, month, day))
        .build();
  }

  private static Financing financing(FundingSource source, String amount) {
    return Financing.builder().source(source).amount(Amount.of(amount)).build();
  }

  private static IndicatorTarget target(String id, long target) {
    return IndicatorTarget.builder().id(id).target(target).build();
  }

  private static Allocation allocation(String objective, String amount) {
    return Allocation.builder().specificObjective(objective).amount(Amount.of(amount)).build();
  }

  private static IndicatorValue value(
      String id, long total, long female, long male, long under18, long from18to60, long over60) {
    return IndicatorValue.builder()
        .id(id)
        .total(total)
        .byGender(GenderBreakdown.builder().female(female).male(male).build())
        .byAge(AgeBreakdown.builder()
            .under18(under18).from18to60(from18to60).over60(over60).build())
        .build();
  }
}
