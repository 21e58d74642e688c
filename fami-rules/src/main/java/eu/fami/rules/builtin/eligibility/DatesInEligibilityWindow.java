package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Project;
import eu.fami.model.catalogue.Catalogue;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.time.LocalDate;

/**
 * FAMI-ELIG-004: the start and the effective end ({@code extendedEnd} when present) lie within the
 * period's eligibility window of the catalogue (Reg. (EU) 2021/1060 Art 63(2); 2014-2020 as
 * amended).
 */
public final class DatesInEligibilityWindow implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(
          RuleIds.ELIG_004,
          "Reg. (EU) 2021/1060, Art. 63(2); Reg. (EU) 514/2014 (2014-2020)",
          Requirement.CATALOGUE);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project project = scope.getProject();
    Catalogue catalogue = scope.catalogue();
    LocalDate from = catalogue.eligibleFrom().value();
    LocalDate to = catalogue.eligibleTo().value();
    String endPointer = project.getExtendedEnd() != null ? "/extendedEnd" : "/end";
    judge(project.getStart(), "/start", from, to, findings);
    judge(project.effectiveEnd(), endPointer, from, to, findings);
  }

  private static void judge(
      LocalDate date, String pointer, LocalDate from, LocalDate to, Findings findings) {
    if (date != null && (date.isBefore(from) || date.isAfter(to))) {
      findings.report(
          pointer, "date", date.toString(), "from", from.toString(), "to", to.toString());
    }
  }
}
