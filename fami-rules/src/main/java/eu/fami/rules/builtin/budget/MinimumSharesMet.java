package eu.fami.rules.builtin.budget;

import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.catalogue.CatalogueEntry;
import eu.fami.model.catalogue.Table;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.builtin.Format;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProgrammeRule;
import eu.fami.rules.spi.ProgrammeScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * FAMI-BUD-011: every specific objective with a minimum share in the catalogue (OS1 and OS2: 15%
 * in 2021-2027, Reg. (EU) 2021/1147 Art 16; 20% in 2014-2020, Reg. (EU) 516/2014 Art 15(1)) gets at
 * least that share of the programme, computed exactly on the {@link ShareBase}. An objective with no
 * allocation has a share of zero (reported at {@code /allocations}). A 2014-2020 programme that
 * gives a {@code minimumShareExplanation} may go below.
 */
public final class MinimumSharesMet implements ProgrammeRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.BUD_011,
      "Reg. (EU) 2021/1147, Art. 16; Reg. (EU) No 516/2014, Art. 15(1)", Requirement.CATALOGUE);

  /** The rule. */
  public MinimumSharesMet() {}

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProgrammeScope scope, Findings findings) {
    Programme programme = scope.getProgramme();
    Catalogue catalogue = scope.catalogue();
    String explanation = programme.getMinimumShareExplanation();
    if (catalogue.period() == Period.P2014_2020 && explanation != null && !explanation.isBlank()) {
      return;
    }
    Optional<ShareBase> base = ShareBase.of(programme);
    if (base.isEmpty()) {
      return;
    }
    BigDecimal whole = base.get().whole();
    for (CatalogueEntry objective : catalogue.entries(Table.SPECIFIC_OBJECTIVE)) {
      String code = objective.getCode();
      catalogue.minimumShare(code).ifPresent(minimum -> {
        BigDecimal share = base.get().ofObjective(code);
        if (share.compareTo(minimum.value().multiply(whole)) < 0) {
          findings.report(base.get().pointer(code), "objective", code,
              "share", Format.percent(share, whole, minimum.value()),
              "minimum", Format.percent(minimum.value()));
        }
      });
    }
  }
}
