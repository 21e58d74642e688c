package eu.fami.examples;

import eu.fami.model.Dataset;
import eu.fami.model.ImmutableProject;
import eu.fami.model.ProgressReport;
import eu.fami.model.Project;
import eu.fami.model.ReportDocument;
import eu.fami.rules.Fami;
import eu.fami.rules.ValidationContext;
import eu.fami.rules.ValidationReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The quarterly monitoring flow: a portal receives one quarter's report of a project, validates it
 * against the project it belongs to (only the report's own violations come back), and when it is
 * accepted appends it to the project and re-validates the whole project.
 *
 * <pre>{@code Project updated = MonitoringExample.accept(report, dataset).orElseThrow();}</pre>
 */
public final class MonitoringExample {
  private MonitoringExample() {}

  /** The outcome of one submission: the report's own check, and the project after appending. */
  public record Outcome(ValidationReport reportCheck, Project updated, ValidationReport projectCheck) {}

  /** Validates {@code report} against its project in {@code context}; appends it when valid. */
  public static Outcome submit(ReportDocument report, Dataset context) {
    Fami fami = Fami.defaults();
    ValidationReport check = fami.validateReport(report, ValidationContext.ofDataset(context));
    Project project = context.getProjects().stream()
        .filter(p -> p.getCode() != null && p.getCode().equals(report.getProject()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no project " + report.getProject()));
    if (!check.isValid()) {
      return new Outcome(check, project, null);
    }
    List<ProgressReport> reports = new ArrayList<>(project.getReports());
    reports.add(report.getReport());
    // outside its dataset the project states the period and programme it inherited there
    ImmutableProject updated = ImmutableProject.copyOf(project).withReports(reports);
    if (updated.getPeriod() == null && context.getProgramme() != null) {
      updated = updated.withPeriod(context.getProgramme().getPeriod());
    }
    if (updated.getProgramme() == null && context.getProgramme() != null) {
      updated = updated.withProgramme(context.getProgramme().getCode());
    }
    var call = context.getCalls().stream()
        .filter(c -> c.getCode() != null && c.getCode().equals(project.getCall())).findFirst();
    return new Outcome(check, updated, fami.validateProject(updated, call.orElse(null)));
  }
}
