package eu.fami.rules.builtin.catalogue;

import eu.fami.model.Classification;
import eu.fami.model.IndicatorTarget;
import eu.fami.model.IndicatorValue;
import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;

/**
 * FAMI-CAT-007: every indicator a project targets or reports values for is an indicator of its
 * specific objective (Reg. (EU) 2021/1147 Annex VIII). A catalogue without indicators (2014-2020's
 * built-in one) checks none; an amended catalogue that adds them is checked.
 */
public final class IndicatorsOfObjective implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.CAT_007, "Reg. (EU) 2021/1147, Annex VIII", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Catalogue catalogue = scope.catalogue();
    Project project = scope.getProject();
    Classification classification = project.getClassification();
    if (classification == null || catalogue.entries(Table.INDICATOR).isEmpty()) {
      return;
    }
    String objective = Codes.knownObjective(catalogue, classification);
    if (objective == null) {
      return;
    }
    List<IndicatorTarget> targets = project.getIndicators();
    for (int i = 0; i < targets.size(); i++) {
      String id = targets.get(i).getId();
      if (unknown(id, objective, catalogue)) {
        findings.report("/indicators/" + i + "/id", "indicator", id, "objective", objective);
      }
    }
    for (int r = 0; r < project.getReports().size(); r++) {
      List<IndicatorValue> values = project.getReports().get(r).getIndicators();
      for (int i = 0; i < values.size(); i++) {
        String id = values.get(i).getId();
        if (unknown(id, objective, catalogue)) {
          findings.report("/reports/" + r + "/indicators/" + i + "/id",
              "indicator", id, "objective", objective);
        }
      }
    }
  }

  private static boolean unknown(String id, String objective, Catalogue catalogue) {
    return id != null && !catalogue.contains(Table.INDICATOR, objective, id);
  }
}
