package eu.fami.model;

import org.immutables.value.Value;

/**
 * A {@code report} document: one quarterly report of one project, sent alone; validated as if
 * appended to that project's reports.
 *
 * <pre>{@code ReportDocument.builder().project("PROG-FL-LIG").report(report).build()}</pre>
 */
@Value.Immutable
public interface ReportDocument {
  /** Code of the project the report belongs to. */
  @Nullable
  String getProject();

  /** The report. */
  ProgressReport getReport();

  /** A builder of {@code ReportDocument}. */
  static ImmutableReportDocument.Builder builder() {
    return ImmutableReportDocument.builder();
  }
}
