package eu.fami.examples;

import eu.fami.io.FamiJson;
import eu.fami.model.Amount;
import eu.fami.model.Budget;
import eu.fami.model.BudgetLine;
import eu.fami.model.Classification;
import eu.fami.model.CostCategory;
import eu.fami.model.CostMethod;
import eu.fami.model.Financing;
import eu.fami.model.FundingSource;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndirectCostMethod;
import eu.fami.model.IndirectCosts;
import eu.fami.model.LegalForm;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Period;
import eu.fami.model.Place;
import eu.fami.model.Project;
import eu.fami.model.Rate;
import eu.fami.model.TargetGroup;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationReport;
import java.time.LocalDate;

/**
 * Building a project in code with the builders, validating it, and writing it as {@code fami/1}
 * JSON: a regional language-training project under OS2 / 2.d / 2.h / action b, with a 7% flat
 * rate of indirect costs and 50% EU co-financing.
 *
 * <pre>{@code String json = BuildProjectExample.writeValidProject();}</pre>
 */
public final class BuildProjectExample {
  static final String REGION = "00849050109"; // Regione Liguria
  static final String CITY = "00856930102"; // Comune di Genova

  private BuildProjectExample() {}

  /** The project, built in code. */
  public static Project project() {
    return Project.builder()
        .code("PROG-FL-LIG-2")
        .title("Parole in rete - seconda edizione")
        .period(Period.P2021_2027)
        .programme("IT-PN-FAMI-2021-2027")
        .classification(Classification.builder()
            .specificObjective("OS2").implementationMeasure("2.d").scopeOfSupport("2.h")
            .addNationalActions("b").interventionField("II.004").typeOfAction("003")
            .implementationModality("001").specificTheme("003").build())
        .start(LocalDate.of(2024, 1, 1))
        .end(LocalDate.of(2025, 12, 31))
        .addTerritory(Place.of("ITC3"))
        .addTargetGroups(TargetGroup.THIRD_COUNTRY_NATIONALS, TargetGroup.WOMEN)
        .addPartners(
            Partner.builder().id(REGION).name("Regione Liguria").legalForm(LegalForm.REGION)
                .role(PartnerRole.LEAD).region(Place.of("ITC3")).build(),
            Partner.builder().id(CITY).name("Comune di Genova").legalForm(LegalForm.LOCAL_AUTHORITY)
                .role(PartnerRole.PARTNER).region(Place.of("ITC3")).build())
        .budget(Budget.builder()
            .costMethod(CostMethod.REAL_COSTS)
            .indirectCosts(IndirectCosts.builder()
                .method(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS).rate(Rate.of("0.07")).build())
            .addLines(
                line(REGION, CostCategory.STAFF, "200000.00"),
                line(REGION, CostCategory.SERVICES, "100000.00"),
                line(REGION, CostCategory.INDIRECT, "21000.00"),
                line(CITY, CostCategory.STAFF, "100000.00"),
                line(CITY, CostCategory.INDIRECT, "7000.00"))
            .total(Amount.of("428000.00"))
            .build())
        .addFinancing(
            Financing.builder().source(FundingSource.EU_AMIF).amount(Amount.of("214000.00")).build(),
            Financing.builder().source(FundingSource.NATIONAL_ROTATION_FUND)
                .amount(Amount.of("214000.00")).build())
        .addIndicators(IndicatorTarget.builder().id("O.2.3.1").target(400L).build())
        .build();
  }

  private static BudgetLine line(String partner, CostCategory category, String amount) {
    return BudgetLine.builder().partner(partner).category(category).amount(Amount.of(amount)).build();
  }

  /** Validates the project and writes it; throws if the example ever stops being valid. */
  public static String writeValidProject() {
    Project project = project();
    ValidationReport report = Fami.defaults().validateProject(project);
    if (!report.isValid()) {
      throw new IllegalStateException("the example project is invalid: " + report.getViolations());
    }
    return FamiJson.defaults().writeString(project);
  }
}
