package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;

/**
 * FAMI-ELIG-001: a project has exactly one LEAD partner (national practice: the capofila). Without
 * partners (FAMI-FMT-001), or without a lead while some partner states no role, it is not judged.
 */
public final class SingleLead implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.ELIG_001, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    long leads = Leads.count(project);
    boolean roleMissing = project.getPartners().stream().anyMatch(p -> p.getRole() == null);
    if (leads > 1 || (leads == 0 && !project.getPartners().isEmpty() && !roleMissing)) {
      findings.report("/partners", "count", Long.toString(leads));
    }
  }
}
