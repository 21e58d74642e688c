package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Classification;
import eu.fami.model.Project;
import eu.fami.model.TargetGroup;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.util.List;
import java.util.Set;

/**
 * FAMI-ELIG-007 (warning): each target group is one the specific objective usually serves, as the
 * catalogue's table reads Reg. (EU) 2021/1147 Art 3 and Annex III (DOMAIN.md 0b). An objective the
 * catalogue gives no groups for (an unknown one, FAMI-CAT-001's) is not judged.
 */
public final class TargetGroupsOfObjective implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.warning(
          RuleIds.ELIG_007, "Reg. (EU) 2021/1147, Art. 3 and Annex III", Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    Classification classification = project.getClassification();
    String objective = classification == null ? null : classification.getSpecificObjective();
    if (objective == null) {
      return;
    }
    Set<TargetGroup> served = scope.catalogue().targetGroups(objective);
    if (served.isEmpty()) {
      return;
    }
    List<TargetGroup> groups = project.getTargetGroups();
    for (int i = 0; i < groups.size(); i++) {
      if (!served.contains(groups.get(i))) {
        findings.report(
            "/targetGroups/" + i, "targetGroup", groups.get(i).name(), "objective", objective);
      }
    }
  }
}
