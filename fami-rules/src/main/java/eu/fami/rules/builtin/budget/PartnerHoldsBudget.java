package eu.fami.rules.builtin.budget;

import eu.fami.model.BudgetLine;
import eu.fami.model.Expenditure;
import eu.fami.model.Partner;
import eu.fami.model.PartnerRole;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FAMI-BUD-003: every budget line and every expenditure names a partner of the project that may
 * hold budget, i.e. one listed in {@code partners} and not an ASSOCIATE (DESIGN.md section 3;
 * expenditure of an unknown partner is this rule's, not FAMI-MON-008's). With a partner id listed
 * twice (FAMI-FMT-008), its first entry counts.
 */
public final class PartnerHoldsBudget implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.BUD_003, "");

  /** The rule. */
  public PartnerHoldsBudget() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    Map<String, Partner> partners = new HashMap<>();
    for (Partner p : project.getPartners()) {
      if (p.getId() != null) {
        partners.putIfAbsent(p.getId(), p);
      }
    }
    if (project.getBudget() != null) {
      List<BudgetLine> lines = project.getBudget().getLines();
      for (int i = 0; i < lines.size(); i++) {
        String id = lines.get(i).getPartner();
        if (!holdsBudget(id, partners)) {
          report("/budget/lines/" + i + "/partner", id, partners, findings);
        }
      }
    }
    for (int r = 0; r < project.getReports().size(); r++) {
      List<Expenditure> expenditure = project.getReports().get(r).getExpenditure();
      for (int e = 0; e < expenditure.size(); e++) {
        String id = expenditure.get(e).getPartner();
        if (!holdsBudget(id, partners)) {
          report("/reports/" + r + "/expenditure/" + e + "/partner", id, partners, findings);
        }
      }
    }
  }

  /** Whether {@code id} is absent (FAMI-FMT-001's) or names a partner that may hold budget. */
  private static boolean holdsBudget(String id, Map<String, Partner> partners) {
    if (id == null) {
      return true;
    }
    Partner partner = partners.get(id);
    return partner != null && partner.getRole() != PartnerRole.ASSOCIATE;
  }

  private static void report(
      String pointer, String id, Map<String, Partner> partners, Findings findings) {
    if (partners.containsKey(id)) {
      findings.report(pointer, "partner", id, "variant", "associate");
    } else {
      findings.report(pointer, "partner", id);
    }
  }
}
