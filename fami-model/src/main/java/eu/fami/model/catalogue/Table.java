package eu.fami.model.catalogue;

import eu.fami.model.Nullable;

/**
 * A code table of the {@link Catalogue}. The titles are display strings, never keys.
 *
 * <p>Codes are unique within a table, except in {@link #NATIONAL_ACTION} and {@link
 * #NATIONAL_OBJECTIVE}, whose codes restart per specific objective ({@code a} of OS1 and {@code a}
 * of OS2; {@code ON1} under OS1 and OS2): there an entry is identified by its objective and code.
 */
public enum Table {
  /** Specific objectives {@code OS1}..{@code OS4} and technical assistance {@code TA}. */
  SPECIFIC_OBJECTIVE("Obiettivi specifici", "Specific objectives"),
  /** Annex II implementation measures ({@code 2.d}). */
  IMPLEMENTATION_MEASURE("Misure di attuazione (allegato II)", "Implementation measures (Annex II)"),
  /** Annex III scopes of support ({@code 2.h}; horizontal {@code H.a}). */
  SCOPE_OF_SUPPORT("Ambiti di applicazione (allegato III)", "Scopes of support (Annex III)"),
  /** Actions (interventi) of the Italian national programme, per objective ({@code b}). */
  NATIONAL_ACTION("Interventi del Programma nazionale", "National programme actions"),
  /** 2014-2020 national objectives, per objective ({@code ON2}). */
  NATIONAL_OBJECTIVE("Obiettivi nazionali", "National objectives"),
  /** Annex VI table 1, intervention fields ({@code II.004}). */
  INTERVENTION_FIELD("Settori di intervento (allegato VI, tabella 1)",
      "Intervention fields (Annex VI, table 1)"),
  /** Annex VI table 2, types of action ({@code 003}). */
  TYPE_OF_ACTION("Tipi di azione (allegato VI, tabella 2)", "Types of action (Annex VI, table 2)"),
  /** Annex VI table 3, implementation modalities ({@code 001}). */
  IMPLEMENTATION_MODALITY("Modalità di attuazione (allegato VI, tabella 3)",
      "Implementation modalities (Annex VI, table 3)"),
  /** Annex VI table 4, specific themes ({@code 003}). */
  SPECIFIC_THEME("Temi specifici (allegato VI, tabella 4)", "Specific themes (Annex VI, table 4)"),
  /** Annex VIII output and result indicators ({@code O.2.3.1}, {@code R.2.8}). */
  INDICATOR("Indicatori (allegato VIII)", "Indicators (Annex VIII)"),
  /** Annex IV categories of action eligible for the 90% rate ({@code 1}..{@code 4}). */
  ANNEX_IV_CATEGORY("Azioni dell'allegato IV", "Annex IV actions");

  private final String titleIt;
  private final String titleEn;

  Table(String titleIt, String titleEn) {
    this.titleIt = titleIt;
    this.titleEn = titleEn;
  }

  /** Italian title, for display. */
  public String titleIt() {
    return titleIt;
  }

  /** English title, for display. */
  public String titleEn() {
    return titleEn;
  }

  /** Whether codes restart per objective, so that an entry is identified by objective and code. */
  public boolean codesRestartPerObjective() {
    return this == NATIONAL_ACTION || this == NATIONAL_OBJECTIVE;
  }

  /** Whether every entry must name the specific objective it belongs to. */
  public boolean requiresObjective() {
    switch (this) {
      case IMPLEMENTATION_MEASURE:
      case NATIONAL_ACTION:
      case NATIONAL_OBJECTIVE:
      case INTERVENTION_FIELD:
      case INDICATOR:
        return true;
      default:
        return false;
    }
  }

  /**
   * The table an entry's parent belongs to (an action's Annex II measure; a sub-indicator's
   * indicator), or {@code null} when entries of this table have no parent.
   */
  @Nullable
  public Table parentTable() {
    switch (this) {
      case NATIONAL_ACTION:
        return IMPLEMENTATION_MEASURE;
      case INDICATOR:
        return INDICATOR;
      default:
        return null;
    }
  }
}
