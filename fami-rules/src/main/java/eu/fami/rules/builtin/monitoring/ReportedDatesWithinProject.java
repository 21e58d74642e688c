package eu.fami.rules.builtin.monitoring;

import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.Quarter;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import java.time.LocalDate;
import java.util.List;

/**
 * FAMI-MON-003: each report's quarter overlaps the project's dates (start to effective end), and
 * each expenditure is dated no later than the last day of its report's quarter (variant {@code
 * late}; a payment of Q3 declared in Q4 is fine) and within the project's dates (variant {@code
 * outside}). An entry can be both late and outside: both are reported. Project dates that are
 * missing or inverted (FAMI-FMT-001/005) are not judged. Source: none (monitoring rule).
 */
public final class ReportedDatesWithinProject implements ProjectRule {
  private static final RuleDefinition DEFINITION = Definitions.error(RuleIds.MON_003, "");

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    Project p = scope.getProject();
    LocalDate start = p.getStart();
    LocalDate end = p.effectiveEnd();
    boolean datesKnown = start != null && end != null && !end.isBefore(start);
    List<ProgressReport> reports = p.getReports();
    for (int r = 0; r < reports.size(); r++) {
      Quarter q = reports.get(r).getQuarter();
      if (datesKnown && q != null && q.isValid()
          && (q.lastDay().isBefore(start) || q.firstDay().isAfter(end))) {
        findings.report(Reports.quarter(r), "quarter", q.value(), "start", start.toString(),
            "end", end.toString());
      }
    }
    Reports.forEachEntry(p, (r, e, report, entry) -> {
      LocalDate date = entry.getDate();
      if (date == null) {
        return;
      }
      Quarter q = report.getQuarter();
      if (q != null && q.isValid() && date.isAfter(q.lastDay())) {
        findings.report(Reports.entry(r, e, "date"), "variant", "late", "date", date.toString(),
            "quarterEnd", q.lastDay().toString());
      }
      if (datesKnown && (date.isBefore(start) || date.isAfter(end))) {
        findings.report(Reports.entry(r, e, "date"), "variant", "outside", "date", date.toString(),
            "start", start.toString(), "end", end.toString());
      }
    });
  }
}
