package eu.fami.testkit;

import eu.fami.model.Call;
import eu.fami.model.Dataset;
import eu.fami.model.Period;
import eu.fami.model.Programme;
import eu.fami.model.Project;
import eu.fami.model.ReportDocument;
import eu.fami.testkit.internal.Budgets;
import eu.fami.testkit.internal.Reference;
import eu.fami.testkit.internal.Reports;
import java.util.ArrayList;
import java.util.List;

/**
 * Valid {@code fami/1} documents with sensible defaults, built in code: change only what a test
 * cares about and the rest stays consistent. Every fixture is deterministic (the same calls give
 * equal documents).
 *
 * <pre>{@code
 * Call call = Fixtures.call().build();
 * Project project = Fixtures.project().withCall(call).withReports(2).build();
 * assertThat(fami.validateProject(project, call)).hasNoViolations();
 * }</pre>
 */
public final class Fixtures {
  /** Reports per project in {@link #dataset(int)}. */
  private static final int DATASET_REPORTS = 2;

  private Fixtures() {}

  /** A valid project: see {@link ProjectFixture} for the defaults. */
  public static ProjectFixture project() {
    return new ProjectFixture();
  }

  /** A valid call: see {@link CallFixture} for the defaults. */
  public static CallFixture call() {
    return new CallFixture();
  }

  /**
   * The valid 2021-2027 national programme: EUR 400 000 000 to OS2 and the other objectives in
   * proportion (OS1 44.9%, OS2 40.8%, both above the 15% minimum), each allocation declaring its
   * computed share, so that no share rule fires.
   */
  public static Programme programme() {
    return Reference.programme(Period.P2021_2027, 400_000_000_00L);
  }

  /**
   * A valid dataset: {@link #programme()}, {@link #call()} and {@code projects} projects under the
   * call (serials 1 to {@code projects}: distinct codes, CUPs, partners and documents), each with
   * two quarterly reports. The call's allocation (and the programme's OS2 allocation) grow when the
   * projects' grants need it.
   */
  public static Dataset dataset(int projects) {
    if (projects < 0) {
      throw new IllegalArgumentException("negative number of projects: " + projects);
    }
    CallFixture callFixture = call();
    Call call = callFixture.build();
    List<Project> list = new ArrayList<>(projects);
    long grants = 0;
    for (int i = 1; i <= projects; i++) {
      Project p = project().withSerial(i).withCall(call).withReports(DATASET_REPORTS).build();
      grants += Budgets.cents(p.getBudget().getTotal());
      list.add(p);
    }
    long allocation = Math.max(grants, Budgets.cents(CallFixture.ALLOCATION));
    if (allocation > Budgets.cents(CallFixture.ALLOCATION)) {
      call = callFixture.withAllocation(Budgets.amount(allocation)).build();
    }
    return Dataset.builder()
        .programme(Reference.programme(Period.P2021_2027, Math.max(allocation, 400_000_000_00L)))
        .addCalls(call)
        .projects(list)
        .build();
  }

  /**
   * The report of the quarter after {@code project}'s last one (its first quarter when it has
   * none), as a {@code report} document: consistent with the project's budget, dates and
   * indicators.
   *
   * @throws IllegalStateException when the project has no quarter left
   */
  public static ReportDocument report(Project project) {
    return ReportDocument.builder()
        .project(project.getCode())
        .report(Reports.next(project, project.getCode().hashCode()))
        .build();
  }
}
