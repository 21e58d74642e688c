package eu.fami.rules.builtin.monitoring;

import eu.fami.model.Expenditure;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import java.util.List;

/** Walks a project's reports and builds the pointers of their parts. */
final class Reports {
  private Reports() {}

  /** Receives one expenditure entry with its position. */
  @FunctionalInterface
  interface EntryVisitor {
    /** Entry {@code entry} of report {@code report}. */
    void visit(int report, int entry, ProgressReport of, Expenditure expenditure);
  }

  /** Visits every expenditure entry of every report, in document order. */
  static void forEachEntry(Project project, EntryVisitor visitor) {
    List<ProgressReport> reports = project.getReports();
    for (int r = 0; r < reports.size(); r++) {
      List<Expenditure> entries = reports.get(r).getExpenditure();
      for (int e = 0; e < entries.size(); e++) {
        visitor.visit(r, e, reports.get(r), entries.get(e));
      }
    }
  }

  /** {@code /reports/r/quarter}. */
  static String quarter(int report) {
    return "/reports/" + report + "/quarter";
  }

  /** {@code /reports/r/expenditure/e/field}. */
  static String entry(int report, int entry, String field) {
    return "/reports/" + report + "/expenditure/" + entry + "/" + field;
  }

  /** {@code /reports/r/indicators/i/field}. */
  static String indicator(int report, int indicator, String field) {
    return "/reports/" + report + "/indicators/" + indicator + "/" + field;
  }
}
