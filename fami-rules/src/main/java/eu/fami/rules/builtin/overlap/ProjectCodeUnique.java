package eu.fami.rules.builtin.overlap;

import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;

/**
 * FAMI-OVL-002: project codes are unique in a dataset; every project whose code an earlier project
 * already has is reported at its {@code code}. All projects count, whatever their status. Source:
 * none (format rule).
 */
public final class ProjectCodeUnique implements DatasetRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.OVL_002, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Aggregate start(DatasetScope scope) {
    return new Aggregate() {
      private final LongIndex codes = new LongIndex();

      @Override
      public void accept(ProjectScope project, Findings findings) {
        String code = project.getProject().getCode();
        if (code == null || code.isBlank()) {
          return;
        }
        int known = codes.size();
        if (codes.add(Fingerprint.of(code)) < known) {
          findings.report("/code", "code", code);
        }
      }

      @Override
      public void finish(Findings findings) {
        // every finding is made as projects arrive
      }
    };
  }
}
