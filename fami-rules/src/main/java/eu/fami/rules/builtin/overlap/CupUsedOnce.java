package eu.fami.rules.builtin.overlap;

import eu.fami.model.Cup;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.ArrayList;
import java.util.List;

/**
 * FAMI-OVL-001: a CUP identifies one project. Every project whose CUP an earlier project of the
 * document already holds is reported at its {@code cup}, with {@code other} the first holder's
 * code. All projects count, whatever their status; CUPs are compared as submitted (a malformed one
 * too, which FAMI-FMT-002 also reports). Source: L. 3/2003, art. 11.
 */
public final class CupUsedOnce implements DatasetRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.OVL_001, "L. 3/2003, art. 11; CIPE delibera 24/2004");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Aggregate start(DatasetScope scope) {
    return new Aggregate() {
      private final LongIndex cups = new LongIndex();
      /** Label of the first holder, per CUP index. */
      private final List<String> holders = new ArrayList<>();

      @Override
      public void accept(ProjectScope project, Findings findings) {
        Cup cup = project.getProject().getCup();
        if (cup == null || cup.value().isBlank()) {
          return;
        }
        int known = cups.size();
        int i = cups.add(Fingerprint.of(cup.value()));
        if (i < known) {
          findings.report("/cup", "cup", cup.value(), "other", holders.get(i));
        } else {
          holders.add(ProjectLabel.of(project));
        }
      }

      @Override
      public void finish(Findings findings) {
        // every finding is made as projects arrive
      }
    };
  }
}
