package eu.fami.rules.builtin.reference;

import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.CallRule;
import eu.fami.rules.spi.CallScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.Objects;

/**
 * FAMI-REF-002: a call or project in a dataset inherits the dataset programme's {@code period} and
 * {@code programme} code, and may state them only as they are (DESIGN.md section 3). Nothing is
 * judged against a value the dataset's programme lacks.
 */
public final class DatasetProgrammeInherited implements CallRule, ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.REF_002, "");

  /** The rule. */
  public DatasetProgrammeInherited() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(CallScope scope, Findings findings) {
    if (scope.isInDataset()) {
      check(scope.getCall().getPeriod(), scope.getCall().getProgramme(),
          scope.getDatasetProgramme(), findings);
    }
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    if (scope.isInDataset()) {
      check(scope.getProject().getPeriod(), scope.getProject().getProgramme(),
          scope.getDatasetProgramme(), findings);
    }
  }

  private static void check(Period period, String code, Programme dataset, Findings findings) {
    if (dataset == null) {
      return;
    }
    if (differs(period, dataset.getPeriod())) {
      findings.report("/period",
          "property", "period", "value", period.code(), "expected", dataset.getPeriod().code());
    }
    if (differs(code, dataset.getCode())) {
      findings.report("/programme",
          "property", "programme", "value", code, "expected", dataset.getCode());
    }
  }

  private static boolean differs(Object stated, Object expected) {
    return stated != null && expected != null && !Objects.equals(stated, expected);
  }
}
