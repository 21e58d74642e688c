package eu.fami.rules.builtin.monitoring;

import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * FAMI-MON-006: a report gives values only for indicators the project declares a target for in
 * {@code indicators}; an undeclared one is reported at its {@code id}. Source: none (monitoring
 * rule).
 */
public final class IndicatorDeclared implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.MON_006, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project p = scope.getProject();
    Set<String> declared = new HashSet<>();
    for (IndicatorTarget t : p.getIndicators()) {
      declared.add(t.getId());
    }
    for (int r = 0; r < p.getReports().size(); r++) {
      List<IndicatorValue> values = p.getReports().get(r).getIndicators();
      for (int i = 0; i < values.size(); i++) {
        String id = values.get(i).getId();
        if (id != null && !declared.contains(id)) {
          findings.report(Reports.indicator(r, i, "id"), "indicator", id);
        }
      }
    }
  }
}
