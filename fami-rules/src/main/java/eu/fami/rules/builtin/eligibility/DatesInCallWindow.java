package eu.fami.rules.builtin.eligibility;

import eu.fami.model.Call;
import eu.fami.model.Project;
import eu.fami.model.ProjectWindow;
import eu.fami.model.report.RuleIds;
import eu.fami.rules.builtin.Definitions;
import eu.fami.rules.spi.Findings;
import eu.fami.rules.spi.ProjectRule;
import eu.fami.rules.spi.ProjectScope;
import eu.fami.rules.spi.RuleDefinition;
import eu.fami.rules.spi.RuleDefinition.Requirement;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * FAMI-ELIG-005: the start and the original end lie within the call's {@code projectWindow}
 * (variants {@code start}, {@code end}; an approved {@code extendedEnd} is not held against the
 * call), and the project lasts no longer than the call's {@code maxDurationMonths} (variant {@code
 * duration}) (call).
 *
 * <p>The duration is counted in whole months from the start to the day after the end:
 * 2023-07-01..2026-06-30 lasts 36 months and passes a maximum of 36; 2023-07-01..2026-07-31 lasts
 * 37 and fails.
 */
public final class DatesInCallWindow implements ProjectRule {
  private static final RuleDefinition DEFINITION =
      Definitions.error(RuleIds.ELIG_005, "call", Requirement.CALL);

  @Override
  public RuleDefinition definition() {
    return DEFINITION;
  }

  @Override
  public void check(ProjectScope scope, Findings findings) {
    scope.getCall().ifPresent(call -> check(scope.getProject(), call, findings));
  }

  private static void check(Project project, Call call, Findings findings) {
    LocalDate start = project.getStart();
    LocalDate end = project.getEnd();
    ProjectWindow window = call.getProjectWindow();
    if (window != null) {
      LocalDate earliest = window.getEarliestStart();
      LocalDate latest = window.getLatestEnd();
      if (start != null && earliest != null && start.isBefore(earliest)) {
        findings.report(
            "/start", "variant", "start", "start", start.toString(),
            "earliestStart", earliest.toString());
      }
      if (end != null && latest != null && end.isAfter(latest)) {
        findings.report(
            "/end", "variant", "end", "end", end.toString(), "latestEnd", latest.toString());
      }
    }
    Long max = call.getMaxDurationMonths();
    if (max != null && start != null && end != null && !end.isBefore(start)) {
      // LocalDate.MAX has no day after; a month more or less cannot matter there
      LocalDate dayAfterEnd = end.isBefore(LocalDate.MAX) ? end.plusDays(1) : end;
      long months = ChronoUnit.MONTHS.between(start, dayAfterEnd);
      if (months > max) {
        findings.report(
            "/end", "variant", "duration", "months", Long.toString(months), "max", max.toString());
      }
    }
  }
}
