package eu.fami.testkit.assertions;

import eu.fami.model.report.Location;
import eu.fami.model.report.Violation;
import eu.fami.rules.SkippedRule;
import eu.fami.rules.ValidationReport;
import java.util.List;
import java.util.stream.Collectors;

/** A report as failure messages print it: a summary line, then one line per violation. */
final class ReportText {
  private ReportText() {}

  static String of(ValidationReport report) {
    StringBuilder s = new StringBuilder();
    s.append("report");
    if (report.getFile() != null) {
      s.append(" of ").append(report.getFile());
    }
    if (report.getKind() != null) {
      s.append(" (").append(report.getKind().code()).append(')');
    }
    s.append(": ")
        .append(report.getErrorCount())
        .append(" error(s), ")
        .append(report.getWarningCount())
        .append(" warning(s)");
    s.append(lines(report.getViolations()));
    if (!report.getSkipped().isEmpty()) {
      s.append("\n  skipped: ")
          .append(
              report.getSkipped().stream()
                  .map(ReportText::skipped)
                  .collect(Collectors.joining(", ")));
    }
    return s.toString();
  }

  /** One line per violation, each starting on a new line. */
  static String lines(List<Violation> violations) {
    StringBuilder s = new StringBuilder();
    for (Violation v : violations) {
      s.append("\n  ").append(line(v));
    }
    return s.toString();
  }

  /** {@code ERROR FAMI-BUD-004 /financing/0/amount 71:20 {cap=0.75}}. */
  static String line(Violation v) {
    Location l = v.getLocation();
    return String.format(
        "%-7s %s %s %s %s",
        v.getSeverity(),
        v.getRule(),
        l.getPointer().isEmpty() ? "(document)" : l.getPointer(),
        l.hasPosition() ? l.getLine() + ":" + l.getColumn() : "-",
        v.getArguments());
  }

  private static String skipped(SkippedRule s) {
    return s.getRule() + " (" + s.getReason() + ")";
  }
}
