package eu.fami.rules.builtin.monitoring;

import eu.fami.model.BudgetLine;
import eu.fami.model.Partner;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.HashSet;
import java.util.Set;

/**
 * FAMI-MON-008: a partner spends only in cost categories it has a budget line for; an entry in
 * another category is reported at its {@code category}. Expenditure by a partner that is not in
 * {@code partners} is FAMI-BUD-003's, not this rule's. Source: none (monitoring rule).
 */
public final class ExpenditureHasBudgetLine implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.MON_008, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project p = scope.getProject();
    Set<String> partners = new HashSet<>();
    for (Partner partner : p.getPartners()) {
      partners.add(partner.getId());
    }
    Set<PartnerCategory> lines = new HashSet<>();
    if (p.getBudget() != null) {
      for (BudgetLine line : p.getBudget().getLines()) {
        PartnerCategory key = PartnerCategory.of(line);
        if (key != null) {
          lines.add(key);
        }
      }
    }
    Reports.forEachEntry(p, (r, e, report, entry) -> {
      PartnerCategory key = PartnerCategory.of(entry);
      if (key != null && partners.contains(key.partner()) && !lines.contains(key)) {
        findings.report(Reports.entry(r, e, "category"),
            "partner", key.partner(), "category", key.category().name());
      }
    });
  }
}
