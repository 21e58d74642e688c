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

  // written out: a record's generated equals and hashCode are linked by invokedynamic on first use,
  // which spins method-handle classes that a cold start of the CLI pays for

  @Override
  public boolean equals(Object o) {
    return o instanceof PartnerCategory
        && partner.equals(((PartnerCategory) o).partner)
        && category == ((PartnerCategory) o).category;
  }

  @Override
  public int hashCode() {
    return 31 * partner.hashCode() + category.hashCode();
  }
}
