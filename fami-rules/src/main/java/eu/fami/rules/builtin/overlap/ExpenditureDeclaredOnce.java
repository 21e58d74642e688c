package eu.fami.rules.builtin.overlap;

import eu.fami.model.Expenditure;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.DatasetRule;
import eu.fami.rules.spi.DatasetScope;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.util.List;

/**
 * FAMI-OVL-003: one expenditure document (partner + document id) is declared once, or in
 * instalments or pro-rata shares that each state the same {@code documentTotal} and together
 * (corrections included) do not exceed it; across the whole document (a dataset, or one project's
 * reports). Correction entries ({@code correction: true}) are not declarations: they never make a
 * document declared twice, and they reduce its declared sum.
 *
 * <p>Three findings, at the offending entry: a further declaration of a document when it or an
 * earlier declaration lacks a {@code documentTotal} ({@code /document}; as the entry arrives, since
 * no correction undoes a declaration); a {@code documentTotal} other than the first one stated
 * (variant {@code differs}, at {@code /documentTotal}); and a declared sum beyond the total
 * (variant {@code beyond}, at the {@code /document} of the entry after which the sum stayed beyond
 * it, judged on the final sum so that a later correction cures it, hence reported after the last
 * project). Entries of different projects meet only when both projects are funded (ADMITTED or
 * CLOSED); within one project every entry counts. Source: Reg. (EU) 2021/1060, Art. 63(9).
 */
public final class ExpenditureDeclaredOnce implements DatasetRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.OVL_003, "Reg. (EU) 2021/1060, Art. 63(9)");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public Aggregate start(DatasetScope scope) {
    return new Aggregate() {
      private final DocumentLedger funded = new DocumentLedger();

      @Override
      public void accept(ProjectScope project, Findings findings) {
        Project p = project.getProject();
        boolean isFunded = p.effectiveStatus().isFunded();
        DocumentLedger ledger = isFunded ? funded : new DocumentLedger();
        String prefix = isFunded ? project.getPointer() : "";
        List<ProgressReport> reports = p.getReports();
        for (int r = 0; r < reports.size(); r++) {
          List<Expenditure> entries = reports.get(r).getExpenditure();
          for (int e = 0; e < entries.size(); e++) {
            ledger.enter(r, e, entries.get(e), prefix, findings);
          }
        }
        if (!isFunded) {
          ledger.reportExcesses(findings);
        }
      }

      @Override
      public void finish(Findings findings) {
        funded.reportExcesses(findings);
      }
    };
  }
}
