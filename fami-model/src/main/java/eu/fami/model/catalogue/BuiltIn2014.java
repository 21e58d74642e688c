package eu.fami.model.catalogue;

import static eu.fami.model.catalogue.Table.IMPLEMENTATION_MODALITY;
import static eu.fami.model.catalogue.Table.NATIONAL_OBJECTIVE;
import static eu.fami.model.catalogue.Table.SPECIFIC_OBJECTIVE;

import eu.fami.model.IndirectCostMethod;
import eu.fami.model.Period;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The 2014-2020 catalogue: Reg. (EU) 516/2014 (AMIF), Reg. (EU) 514/2014 (horizontal rules) and
 * the Italian Programma nazionale FAMI 2014-2020. It has no Annex II, III, IV, VI or VIII tables;
 * implementation modalities reuse the 2021-2027 codes to select the co-financing rate.
 */
final class BuiltIn2014 {
  private static final String AMIF = "Reg. (EU) 516/2014, ";
  private static final String HORIZONTAL = "Reg. (EU) 514/2014, ";
  private static final String PN = "PN FAMI 2014-2020, ";
  private static final String RATES = HORIZONTAL + "Art 16 [?] (commonly cited rate, text not verified)";

  static final Catalogue CATALOGUE = build();

  private BuiltIn2014() {}

  private static Catalogue build() {
    Catalogue.Builder b = Catalogue.builder(Period.P2014_2020);
    Section.of(b, SPECIFIC_OBJECTIVE, null, AMIF)
        .add("OS1", "Art 3(2)(a)", "Asilo", "Asylum")
        .add("OS2", "Art 3(2)(b)", "Integrazione/Migrazione legale", "Legal migration and integration")
        .add("OS3", "Art 3(2)(c)", "Rimpatrio", "Return")
        .add("OS4", "Art 3(2)(d)", "Solidarietà", "Solidarity");
    Section.of(b, SPECIFIC_OBJECTIVE, null, HORIZONTAL)
        .add("TA", "technical assistance at the initiative of the Member State (fami code TA)", "Assistenza tecnica", "Technical assistance");
    nationalObjectives(b);
    Section.of(b, IMPLEMENTATION_MODALITY, null, "fami convention (2021-2027 Annex VI table 3 code) for the rate of " + RATES + ": ")
        .uncertain()
        .add("001", "75%", "Azioni al tasso di cofinanziamento ordinario", "Actions at the standard co-financing rate")
        .add("002", "90%", "Azioni specifiche e priorità strategiche dell'Unione", "Specific actions and Union strategic priorities")
        .add("004", "100%", "Sostegno operativo", "Operating support")
        .add("005", "100%", "Assistenza emergenziale", "Emergency assistance");
    b.eligibleFrom(Sourced.of(LocalDate.of(2014, 1, 1), "SFC2014 AMIF implementation report model (Eligible From 1 January 2014)"))
        .eligibleTo(Sourced.of(LocalDate.of(2023, 6, 30), "SFC2014 AMIF implementation report model (Eligible To 30 June 2023), " + HORIZONTAL + "as amended"))
        .defaultImplementationModality(Sourced.of("001", "fami convention: the standard rate applies unless the modality says otherwise"))
        .coFinancingCap("001", Sourced.uncertain(new BigDecimal("0.75"), RATES))
        .coFinancingCap("002", Sourced.uncertain(new BigDecimal("0.90"), RATES + ", specific actions and strategic priorities"))
        .coFinancingCap("004", Sourced.uncertain(new BigDecimal("1.00"), RATES + ", operating support"))
        .coFinancingCap("005", Sourced.uncertain(new BigDecimal("1.00"), RATES + ", emergency assistance"))
        .technicalAssistanceCap(Sourced.uncertain(new BigDecimal("1.00"), "not verified for 2014-2020; as Reg. (EU) 2021/1147, Art 15(6)"))
        .indirectCostCeiling(IndirectCostMethod.FLAT_RATE_DIRECT_COSTS, Sourced.uncertain(new BigDecimal("0.07"), "Italian national practice for FAMI 2014-2020 (a parameter; cf. " + HORIZONTAL + "Art 18(3)(c))"))
        .indirectCostCeiling(IndirectCostMethod.FLAT_RATE_STAFF_COSTS, Sourced.of(new BigDecimal("0.15"), HORIZONTAL + "Art 18(3) (15% of direct staff costs)"))
        .indirectCostCeiling(IndirectCostMethod.CALCULATED_RATE, Sourced.of(new BigDecimal("0.25"), HORIZONTAL + "Art 18(3) (25% of direct costs, with a calculation)"))
        .minimumShare("OS1", Sourced.of(new BigDecimal("0.20"), AMIF + "Art 15(1)(a) (of the Annex I amount; lower only with a detailed explanation)"))
        .minimumShare("OS2", Sourced.of(new BigDecimal("0.20"), AMIF + "Art 15(1)(a) (of the Annex I amount; lower only with a detailed explanation)"));
    BuiltIn2021.targetGroups(b, AMIF + "Art 3, fami's reading as for 2021-2027");
    return b.build();
  }

  /** ON codes restart per objective: ON2 is "Integrazione" under OS2 but return under OS3. */
  private static void nationalObjectives(Catalogue.Builder b) {
    String seen = " (code seen in calls; name descriptive, not verbatim)";
    Section.of(b, NATIONAL_OBJECTIVE, "OS1", PN).uncertain()
        .add("ON1", "OS1/ON1" + seen, "Accoglienza e asilo", "Reception and asylum");
    Section os2 = Section.of(b, NATIONAL_OBJECTIVE, "OS2", PN);
    os2.uncertain()
        .add("ON1", "OS2/ON1 (name not seen verbatim; consistent with " + AMIF + "Art 8)", "Migrazione legale", "Legal migration");
    os2.add("ON2", "OS2/ON2 (Avvisi 1/2018 IMPACT and 2/2018 PRIMA)", "Integrazione", "Integration");
    os2.uncertain()
        .add("ON3", "OS2/ON3 (code seen; name not seen verbatim; consistent with " + AMIF + "Art 10)", "Capacity building", "Capacity building");
    Section.of(b, NATIONAL_OBJECTIVE, "OS3", PN).uncertain()
        .add("ON2", "OS3/ON2" + seen, "Rimpatrio volontario assistito e reintegrazione", "Assisted voluntary return and reintegration");
  }
}
