package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.Nullable;
import eu.fami.model.Period;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;

/** Catalogue look-ups shared by the FAMI-CAT rules. */
final class Codes {
  private Codes() {}

  /**
   * The classification's specific objective when the catalogue knows it, otherwise {@code null}:
   * what depends on the objective is not judged against an unknown one (FAMI-CAT-001 reports it).
   */
  @Nullable
  static String knownObjective(Catalogue catalogue, Classification classification) {
    String objective = classification.getSpecificObjective();
    return objective != null && catalogue.contains(Table.SPECIFIC_OBJECTIVE, objective)
        ? objective
        : null;
  }

  /**
   * Whether {@code code} belongs to another programming period (FAMI-CAT-008): the period's
   * catalogue has no such table at all (Annex VI codes and national actions in 2014-2020, national
   * objectives in 2021-2027), or lacks the code while another period's built-in catalogue holds it
   * (implementation modality 003 in 2014-2020). The rules that judge the code against its
   * objective skip such a code, so that it is reported once.
   */
  static boolean ofAnotherPeriod(Catalogue catalogue, Table table, String code) {
    if (catalogue.entries(table).isEmpty()) {
      return true;
    }
    if (catalogue.contains(table, code)) {
      return false;
    }
    for (Period other : Period.values()) {
      if (other != catalogue.period() && Catalogue.builtIn(other).contains(table, code)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code code} is stated and belongs to the period, so that a CAT rule judges it. */
  static boolean ofThisPeriod(Catalogue catalogue, Table table, @Nullable String code) {
    return code != null && !ofAnotherPeriod(catalogue, table, code);
  }
}
