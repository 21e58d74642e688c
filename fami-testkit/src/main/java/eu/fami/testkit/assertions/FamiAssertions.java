package eu.fami.testkit.assertions;

import eu.fami.model.report.Violation;
import eu.fami.rules.ValidationReport;
import java.util.List;
import org.assertj.core.api.Assertions;

/**
 * Entry point of the fami assertions; it extends AssertJ's {@link Assertions}, so one static import
 * serves both.
 *
 * <pre>{@code
 * import static eu.fami.testkit.assertions.FamiAssertions.assertThat;
 *
 * assertThat(fami.validateProject(project)).hasOnlyViolations("FAMI-BUD-004");
 * assertThat(report).hasViolation("FAMI-BUD-004").at("/financing/0/amount").withSeverity(ERROR);
 * }</pre>
 */
public class FamiAssertions extends Assertions {
  /** Not for instances; subclasses may add their own entry points. */
  protected FamiAssertions() {}

  /** Assertions on a validation report. */
  public static ValidationReportAssert assertThat(ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }

  /** Assertions on one violation. */
  public static ViolationAssert assertThat(Violation actual) {
    return new ViolationAssert(actual, List.of(actual), "", null);
  }
}
