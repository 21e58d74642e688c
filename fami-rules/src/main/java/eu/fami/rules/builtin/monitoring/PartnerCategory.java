package eu.fami.rules.builtin.monitoring;

import eu.fami.model.BudgetLine;
import eu.fami.model.CostCategory;
import eu.fami.model.Expenditure;
import eu.fami.model.Nullable;

/** A partner's cost category: what a budget line plans and an expenditure entry spends. */
record PartnerCategory(String partner, CostCategory category) {
  /** The key of {@code line}, or null when its partner or category is missing. */
  @Nullable
  static PartnerCategory of(BudgetLine line) {
    return of(line.getPartner(), line.getCategory());
  }

  /** The key of {@code entry}, or null when its partner or category is missing. */
  @Nullable
  static PartnerCategory of(Expenditure entry) {
    return of(entry.getPartner(), entry.getCategory());
  }

  private static PartnerCategory of(String partner, CostCategory category) {
    return partner == null || category == null ? null : new PartnerCategory(partner, category);
  }
}
