package eu.fami.io.export;

/**
 * The columns of the list of operations, in order, with the CPR Art 49(3) field each carries and
 * their names in each {@link Profile}. Names marked OC are OpenCoesione's own; the others follow
 * their style.
 */
public enum Column {
  /** Art 49(3): the operation's unique code; OC {@code COD_LOCALE_PROGETTO}. */
  PROJECT_CODE("project_code", "COD_LOCALE_PROGETTO"),
  /** The CUP; OC {@code CUP}. */
  CUP("cup", "CUP"),
  /** The programme's code; OC {@code OC_CODICE_PROGRAMMA}. */
  PROGRAMME("programme", "OC_CODICE_PROGRAMMA"),
  /** (a) the beneficiary: the lead partner's name; OC {@code OC_DENOM_BENEFICIARIO}. */
  BENEFICIARY("beneficiary", "OC_DENOM_BENEFICIARIO"),
  /**
   * The lead partner's identifier, left empty for a natural person's 16-character tax code; OC
   * {@code OC_CODFISC_BENEFICIARIO}.
   */
  BENEFICIARY_ID("beneficiary_id", "OC_CODFISC_BENEFICIARIO"),
  /** (d) the name of the operation: its title; OC {@code OC_TITOLO_PROGETTO}. */
  OPERATION_NAME("operation_name", "OC_TITOLO_PROGETTO"),
  /** (e) purpose and achievements: the summary; OC {@code OC_SINTESI_PROGETTO}. */
  PURPOSE("purpose", "OC_SINTESI_PROGETTO"),
  /** (f) start date; OC {@code OC_DATA_INIZIO_PROGETTO}. */
  START_DATE("start_date", "OC_DATA_INIZIO_PROGETTO"),
  /**
   * (g) expected or actual completion: the effective end ({@code extendedEnd} when approved); OC
   * {@code OC_DATA_FINE_PROGETTO_PREVISTA}.
   */
  END_DATE("end_date", "OC_DATA_FINE_PROGETTO_PREVISTA"),
  /** (h) total cost: {@code budget.total}. */
  TOTAL_COST("total_cost", "COSTO_TOTALE"),
  /** The EU AMIF contribution (sum of the {@code EU_AMIF} financing); OC {@code FINANZ_UE}. */
  EU_CONTRIBUTION("eu_contribution", "FINANZ_UE"),
  /** (i) fund concerned: AMIF (FAMI), then any other EU fund of the financing; OC {@code FONDO_COMUNITARIO}. */
  FUND("fund", "FONDO_COMUNITARIO"),
  /** (j) specific objective code. */
  SPECIFIC_OBJECTIVE("specific_objective", "COD_OBIETTIVO_SPECIFICO"),
  /** (k) Union co-financing rate: EU AMIF / total cost, a fraction with four decimals. */
  EU_COFINANCING_RATE("eu_cofinancing_rate", "TASSO_COFINANZIAMENTO_UE"),
  /** (l) location: the project's territory codes (NUTS 2, {@code IT}, ISO 3166-1). */
  LOCATION("location", "COD_LOCALIZZAZIONE"),
  /** (l) country: the countries of the territory (ISO 3166-1 alpha-2). */
  COUNTRY("country", "COD_PAESE"),
  /** (n) type of intervention, Annex VI table 1: intervention field. */
  INTERVENTION_FIELD("intervention_field", "COD_CAMPO_INTERVENTO"),
  /** (n) Annex VI table 2: type of action. */
  TYPE_OF_ACTION("type_of_action", "COD_TIPO_AZIONE"),
  /** (n) Annex VI table 3: implementation modality. */
  IMPLEMENTATION_MODALITY("implementation_modality", "COD_MODALITA_ATTUAZIONE"),
  /** (n) Annex VI table 4: specific theme. */
  SPECIFIC_THEME("specific_theme", "COD_TEMA_SPECIFICO");

  private final String english;
  private final String italian;

  Column(String english, String italian) {
    this.english = english;
    this.italian = italian;
  }

  /** The column's name in {@code profile}. */
  public String title(Profile profile) {
    return profile == Profile.OPENCOESIONE ? italian : english;
  }
}
